// Offsets → 1-based line/column, and source lines for snippets: one line-start
// index per text, then a binary search per question (a walk from the start of
// the file per question is quadratic in its size).

// The last text's index, shared: for one file the JavaScript detector, the
// snippets and the other detectors each ask, and each index is a scan of the
// whole file (callers only read the array).
let last: { text: string; starts: number[] } | undefined;

/** The offset where each line starts (the same array for the same text: do not change it). */
export function lineStarts(text: string): number[] {
  if (last !== undefined && last.text === text) return last.starts;
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  last = { text, starts };
  return starts;
}

/** 1-based line and column of an offset, given the text's line starts. */
export function locate(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** offset → line/column for one text, its index built once. */
export function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return (offset) => locate(starts, offset);
}

/** The trimmed source line `line` (1-based), capped; linear in the line, not the file. */
export function lineSnippet(text: string, starts: number[], line: number, max = 160): string {
  const start = starts[line - 1];
  if (start === undefined) return "";
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  const s = text.slice(start, end).trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
