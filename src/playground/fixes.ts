/**
 * The playground's safe fixes, as plain functions (unit-tested in Node, used by the page and the
 * worker): turn a finding's `TextEdit`s (diagnostic coordinates: 1-based, `endColumn` exclusive) into
 * offsets of the text (one finding's fix in the editor), and "fix all"'s result as one small edit.
 * Which fixes apply together and the lint → apply rounds are the engine's (src/lint/fixes.ts).
 */
import type { TextEdit } from '../lint/types';

/** A replacement between two offsets of the text (CodeMirror's `ChangeSpec` shape). */
export interface Change {
  from: number;
  to: number;
  insert: string;
}

/**
 * Where the lines of a text start and end. CodeMirror's `Text` has this shape (`lines`, `line(n)`);
 * `lineIndex` builds one for a plain string.
 */
export interface LineIndex {
  readonly lines: number;
  line(n: number): { from: number; to: number };
}

/** Line index of a string; `\r\n`, `\n` and a lone `\r` end a line, as in the engine. */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  return {
    lines: starts.length,
    line: (n) => ({ from: starts[n - 1], to: ends[n - 1] }),
  };
}

/**
 * Offset of a 1-based line and column, or `null` when the point is not in the text (a stale fix):
 * a line that does not exist, or a column past the end of the line (an edit that takes a line break
 * ends at column 1 of the next line).
 */
export function offsetAt(index: LineIndex, line: number, column: number): number | null {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) return null;
  if (line > index.lines) return null;
  const l = index.line(line);
  const at = l.from + column - 1;
  return at > l.to ? null : at;
}

/** The changes of one edit list, or `null` when an edit does not fit the text or runs backwards. */
export function editsToChanges(index: LineIndex, edits: readonly TextEdit[]): Change[] | null {
  const out: Change[] = [];
  for (const e of edits) {
    const from = offsetAt(index, e.line, e.column);
    const to = offsetAt(index, e.endLine, e.endColumn);
    if (from === null || to === null || to < from) return null;
    out.push({ from, to, insert: e.text });
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** `text` with sorted, non-overlapping changes applied. */
export function applyChanges(text: string, changes: readonly Change[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += text.slice(at, c.from) + c.insert;
    at = c.to;
  }
  return out + text.slice(at);
}

/**
 * The one change turning `before` into `after` (the differing middle, after the common prefix and
 * suffix), so "fix all" is a single small, undoable edit that keeps the rest of the document (and
 * the cursor) in place.
 */
export function diffChange(before: string, after: string): Change | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
