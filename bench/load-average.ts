// How busy the machine was when a figure was taken (1, 5 and 15-minute load averages, as
// `uptime` prints them): every bench figure varies with it, so each run records it.
import { loadavg } from "node:os";

export function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");
}
