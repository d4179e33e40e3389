// A word-level difference between two texts: Myers' O(ND) diff over words and punctuation
// marks, each carrying the whitespace after it (spaces are kept, never matched on their own).
// Pure and dependency-free: the build renders it as HTML, the browser as DOM.
//
// Invariants: the equal and deleted parts joined give `a` exactly; equal and inserted give `b`.

export type DiffOp = "equal" | "insert" | "delete";

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Beyond this many edits the remaining middle is shown as one deletion and one insertion. */
const maxEdits = 2000;

let segmenter: Intl.Segmenter | undefined;

/**
 * Words, single punctuation marks and whitespace runs, in order; joined they give `text` back.
 * Unicode word boundaries: "don't" is one word, an emoji sequence or a letter with combining
 * marks stays whole, right-to-left scripts split at their spaces.
 */
export function tokenizeWords(text: string): string[] {
  if (text === "") return [];
  segmenter ??= new Intl.Segmenter("und", { granularity: "word" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** True for tokens that are only whitespace (they never count as a changed word). */
export function isSpace(token: string): boolean {
  return /^\s+$/u.test(token);
}

/** A word or punctuation mark and the whitespace after it; `core` is what gets compared. */
interface Token {
  core: string;
  space: string;
}

/** Leading whitespace becomes a token with an empty core, so it is compared like any other. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const token of tokenizeWords(text)) {
    const last = out[out.length - 1];
    if (isSpace(token)) {
      if (last) last.space += token;
      else out.push({ core: "", space: token });
    } else out.push({ core: token, space: "" });
  }
  return out;
}

/** Myers' greedy shortest edit script between two lists of words, or undefined past maxEdits. */
function myers(a: readonly string[], b: readonly string[]): DiffOp[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = down ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(n, m, trace, offset);
    }
  }
  return undefined;
}

function backtrack(n: number, m: number, trace: Int32Array[], offset: number): DiffOp[] {
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (v[offset + prevK] as number);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push("equal");
      x--;
      y--;
    }
    if (d > 0) {
      ops.push(x === prevX ? "insert" : "delete");
      if (x === prevX) y--;
      else x--;
    }
  }
  return ops.reverse();
}

/** Adjacent parts of one kind joined; within a run of changes, deletions before insertions. */
function merge(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = ins = "";
  };
  for (const part of parts) {
    if (part.op === "delete") del += part.text;
    else if (part.op === "insert") ins += part.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === "equal") last.text += part.text;
      else out.push({ ...part });
    }
  }
  flush();
  return out;
}

/**
 * A space kept between two changes reads as noise ("[-quick-]{+slow+} [-brown-]{+red+}");
 * fold it into both sides so whole phrases read as replaced ("[-quick brown-]{+slow red+}").
 */
function foldSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as DiffPart;
    const before = out[out.length - 1];
    const after = parts[i + 1];
    if (
      part.op === "equal" &&
      isSpace(part.text) &&
      before &&
      before.op !== "equal" &&
      after &&
      after.op !== "equal"
    ) {
      out.push({ op: "delete", text: part.text }, { op: "insert", text: part.text });
    } else out.push(part);
  }
  return merge(out);
}

/** The word-level difference from `a` to `b`. */
export function diffWords(a: string, b: string): DiffPart[] {
  if (a === b) return a === "" ? [] : [{ op: "equal", text: a }];
  const ta = tokens(a);
  const tb = tokens(b);
  let start = 0;
  while (start < ta.length && start < tb.length && ta[start]?.core === tb[start]?.core) start++;
  let endA = ta.length;
  let endB = tb.length;
  while (endA > start && endB > start && ta[endA - 1]?.core === tb[endB - 1]?.core) {
    endA--;
    endB--;
  }
  const middle = myers(
    ta.slice(start, endA).map((t) => t.core),
    tb.slice(start, endB).map((t) => t.core),
  );
  const ops: DiffOp[] = [
    ...new Array<DiffOp>(start).fill("equal"),
    ...(middle ?? [
      ...new Array<DiffOp>(endA - start).fill("delete"),
      ...new Array<DiffOp>(endB - start).fill("insert"),
    ]),
    ...new Array<DiffOp>(ta.length - endA).fill("equal"),
  ];
  const parts: DiffPart[] = [];
  let x = 0;
  let y = 0;
  for (const op of ops) {
    if (op === "delete") {
      const t = ta[x++] as Token;
      parts.push({ op, text: t.core + t.space });
    } else if (op === "insert") {
      const t = tb[y++] as Token;
      parts.push({ op, text: t.core + t.space });
    } else {
      const ti = ta[x++] as Token;
      const tj = tb[y++] as Token;
      parts.push({ op, text: ti.core });
      if (ti.space === tj.space) parts.push({ op, text: ti.space });
      else parts.push({ op: "delete", text: ti.space }, { op: "insert", text: tj.space });
    }
  }
  return trailingSpaces(foldSpaces(merge(parts.filter((p) => p.text !== ""))));
}

/** A replacement whose two sides end in the same space keeps that space unchanged after it. */
function trailingSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const del = parts[i] as DiffPart;
    const ins = parts[i + 1];
    const space = /\s+$/u.exec(del.text)?.[0];
    if (del.op === "delete" && ins?.op === "insert" && space && ins.text.endsWith(space)) {
      const keep = [
        { op: "delete" as const, text: del.text.slice(0, -space.length) },
        { op: "insert" as const, text: ins.text.slice(0, -space.length) },
        { op: "equal" as const, text: space },
      ];
      out.push(...keep.filter((p) => p.text !== ""));
      i++;
    } else out.push(del);
  }
  return merge(out);
}

/** The parts each side shows: the first text with its deletions, the second with its insertions. */
export function diffSides(parts: readonly DiffPart[]): { before: DiffPart[]; after: DiffPart[] } {
  return {
    before: parts.filter((p) => p.op !== "insert"),
    after: parts.filter((p) => p.op !== "delete"),
  };
}

/** Words (not spaces or punctuation) deleted, inserted and kept. */
export function diffCounts(parts: readonly DiffPart[]): { deleted: number; inserted: number; kept: number } {
  const counts = { deleted: 0, inserted: 0, kept: 0 };
  for (const part of parts) {
    const words = tokenizeWords(part.text).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
    if (part.op === "delete") counts.deleted += words;
    else if (part.op === "insert") counts.inserted += words;
    else counts.kept += words;
  }
  return counts;
}

/** 0 (nothing in common) to 1 (same words): kept words over the words of both texts. */
export function similarity(parts: readonly DiffPart[]): number {
  const { deleted, inserted, kept } = diffCounts(parts);
  const total = deleted + inserted + 2 * kept;
  return total === 0 ? 1 : (2 * kept) / total;
}
