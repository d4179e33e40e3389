// Framework logs some failures and still exits 0: a dependency it could not bundle, a loader
// error, links to pages or anchors that do not exist ("Warning: 2 broken links" and one "↳" line each).
const problemLine = /\berror\b|Error:|✗|\bfailed\b|broken links?\b|^\s*↳/i;

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes from Framework's log
const ansiColour = /\x1b\[[0-9;]*m/g;

export function buildLogProblems(log: string): string[] {
  return log
    .replace(ansiColour, "")
    .split("\n")
    .filter((line) => problemLine.test(line));
}
