// Work for when the browser is idle, with a timer where it has no idle callbacks (Safari).

/**
 * Runs `callback` once the browser is idle — at the latest after `timeout` ms when given — or,
 * without idle callbacks, after `fallbackMs`. The handle cancels it (`cancelIdle`).
 */
export function requestIdle(
  callback: () => void,
  { timeout, fallbackMs }: { timeout?: number; fallbackMs: number },
): number {
  return "requestIdleCallback" in window
    ? requestIdleCallback(callback, timeout === undefined ? undefined : { timeout })
    : Number(setTimeout(callback, fallbackMs));
}

export function cancelIdle(handle: number): void {
  if ("cancelIdleCallback" in window) cancelIdleCallback(handle);
  else clearTimeout(handle);
}
