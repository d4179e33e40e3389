// The timeline's state lives in the URL, so any view can be shared: which actors and kinds are
// shown (?actors=a,b&kinds=report), the time range (?from=2018-01-01&to=2018-12-31) and the
// pinned item (#event-x). Absent means "all"; an empty list means "none". Pure functions.

export interface TimelineState {
  /** Lane (actor) ids whose items are shown; undefined: all. */
  actors?: string[];
  /** Kinds shown; undefined: all. */
  kinds?: string[];
  /** First and last day shown (YYYY-MM-DD); undefined: the whole time span. */
  from?: string;
  to?: string;
  /** The item whose card is pinned open. */
  pinned?: string;
}

export interface KnownValues {
  actors: readonly string[];
  kinds: readonly string[];
  isItem(id: string): boolean;
}

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function list(params: URLSearchParams, name: string, known: readonly string[]): string[] | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const allowed = new Set(known);
  const values = raw.split(",").filter((value) => allowed.has(value));
  return values.length === known.length ? undefined : [...new Set(values)];
}

function day(params: URLSearchParams, name: string): string | undefined {
  const raw = params.get(name);
  return raw && isoDay.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined;
}

/** The state a URL asks for; unknown actors, kinds, items and malformed dates are ignored. */
export function readState(url: URL, known: KnownValues): TimelineState {
  const params = url.searchParams;
  const state: TimelineState = {};
  const actors = list(params, "actors", known.actors);
  const kinds = list(params, "kinds", known.kinds);
  let from = day(params, "from");
  let to = day(params, "to");
  if (from && to && from > to) [from, to] = [to, from];
  const pinned = decodeURIComponent(url.hash.slice(1));
  if (actors) state.actors = actors;
  if (kinds) state.kinds = kinds;
  if (from) state.from = from;
  if (to) state.to = to;
  if (pinned && known.isItem(pinned)) state.pinned = pinned;
  return state;
}

/** The URL with the state written in; other parameters are kept, defaults are left out. */
export function writeState(url: URL, state: TimelineState): URL {
  const next = new URL(url.href);
  const params = next.searchParams;
  const set = (name: string, value: string | undefined) => {
    if (value === undefined) params.delete(name);
    else params.set(name, value);
  };
  set("actors", state.actors?.join(","));
  set("kinds", state.kinds?.join(","));
  set("from", state.from);
  set("to", state.to);
  next.search = params.toString().replace(/%2C/gi, ",");
  next.hash = state.pinned ? `#${state.pinned}` : "";
  return next;
}
