// A value made the first time it is asked for, then kept: for costly objects a page may never
// need, such as Intl's formatters (each takes milliseconds to make on a phone).
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
