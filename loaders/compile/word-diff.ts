// The word-level diff the statements page compares quotes with. The code lives in
// src/components/word-diff.ts because the browser runs it too, and Framework only serves
// modules from inside src/; loaders and tests import it from here.
export {
  type DiffOp,
  type DiffPart,
  diffCounts,
  diffSides,
  diffWords,
  isSpace,
  similarity,
  tokenizeWords,
} from "../../src/components/word-diff.ts";
