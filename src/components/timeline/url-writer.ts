// The reader's choices go to the address once the browser is idle: changing the address of a
// long page costs Chromium tens of milliseconds (10,000 entries), which should not delay the view.
import { requestIdle } from "../idle.js";
import { type TimelineState, writeState } from "./state.js";

/** A function that writes `current()` to the URL soon; calls before it runs share one write. */
export function urlWriter(current: () => TimelineState): () => void {
  let pending = false;
  const write = () => {
    pending = false;
    const next = writeState(new URL(location.href), current());
    if (next.href !== location.href) history.replaceState(history.state, "", next);
  };
  return () => {
    if (pending) return;
    pending = true;
    requestIdle(write, { timeout: 300, fallbackMs: 50 });
  };
}
