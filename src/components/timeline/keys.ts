// The chart's keyboard: arrows move between marks in time order, Page keys by ten, Home and End
// to the ends. Right to left, time runs leftwards, so the left arrow moves on and the right back.
import type { Direction } from "../../shared/locale/locale.js";

/** Where `key` moves the cursor from mark `current` (of marks 0..last), or undefined for other keys. */
export function keyTarget(
  key: string,
  current: number,
  last: number,
  dir: Direction = "ltr",
): number | undefined {
  const later = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
  const earlier = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
  const moves: Record<string, number> = {
    [later]: current + 1,
    ArrowDown: current + 1,
    [earlier]: current - 1,
    ArrowUp: current - 1,
    PageDown: current + 10,
    PageUp: current - 10,
    Home: 0,
    End: last,
  };
  const target = moves[key];
  return target === undefined ? undefined : Math.max(0, Math.min(last, target));
}
