/** Framework logs some failures (a dependency it could not bundle, a loader error) and still exits 0. */
export function buildLogProblems(log: string): string[] {
  return log.split("\n").filter((line) => /\berror\b|Error:|✗|\bfailed\b/i.test(line));
}
