/** The normalised text and its line/offset arithmetic (1-based spans from 0-based offsets); logical lines (continuations joined). */
import type { Span } from './model';

/** Normalise text for parsing; positions stay the same except that a BOM is dropped. */
export function normalizeText(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\0')) text = text.replace(/\0/g, ' ');
  return text;
}

/**
 * Line/offset arithmetic over the normalised text, shared by the model and its builder. The lines are
 * found as offsets; the list of line strings (`lines`, as `text.split('\n')`) is made only when read
 * (kept alive for the whole lint, it was a string per line that few rules ever read).
 */
export class TextIndex {
  readonly lineStarts: number[];
  private lineList: string[] | null = null;
  constructor(readonly text: string) {
    const lineStarts: number[] = [0];
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) lineStarts.push(nl + 1);
    this.lineStarts = lineStarts;
  }
  /** `text.split('\n')`, made on first read. */
  get lines(): string[] {
    if (this.lineList === null) this.lineList = this.text.split('\n');
    return this.lineList;
  }
  /** Number of lines (`lines.length`). */
  get lineCount(): number {
    return this.lineStarts.length;
  }
  /** Length of 0-based line `i` (`lines[i].length`). */
  lineLength(i: number): number {
    const starts = this.lineStarts;
    return (i + 1 < starts.length ? starts[i + 1] - 1 : this.text.length) - starts[i];
  }
  /** 0-based line `i` (`lines[i]`). */
  line(i: number): string {
    if (this.lineList !== null) return this.lineList[i];
    const start = this.lineStarts[i];
    return this.text.slice(start, start + this.lineLength(i));
  }
  offsetOf(line: number, column: number): number {
    const l = Math.min(Math.max(line, 1), this.lineStarts.length);
    return this.lineStarts[l - 1] + Math.min(Math.max(column - 1, 0), this.lineLength(l - 1));
  }
  spanOfOffsets(start: number, end: number): Span {
    // clamp to the text: synthetic offsets (e.g. the delimiter of an unterminated RUN heredoc, which the
    // shell model appends) must never point past the end of the file
    const len = this.text.length;
    const s = Math.min(Math.max(start, 0), len);
    const e = Math.min(Math.max(end, s), len);
    const la = this.lineOf(s);
    const lb = this.lineOf(e);
    return {
      line: la + 1,
      column: s - this.lineStarts[la] + 1,
      endLine: lb + 1,
      endColumn: e - this.lineStarts[lb] + 1,
    };
  }
  /** The line `lineOf` found last: offsets are mostly asked in text order, so the next is on it or just after. */
  private hint = 0;
  /** 0-based line of a 0-based offset. */
  lineOf(offset: number): number {
    const lineStarts = this.lineStarts;
    const n = lineStarts.length;
    let h = this.hint;
    if (lineStarts[h] <= offset) {
      // on the hinted line or one of the next two: no search
      for (let k = 0; k < 3; k++, h++) {
        if (h + 1 >= n || lineStarts[h + 1] > offset) {
          this.hint = h;
          return h;
        }
      }
    }
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return lo;
  }
  lineSpan(i: number): Span {
    return { line: i + 1, column: 1, endLine: i + 1, endColumn: this.lineLength(i) + 1 };
  }
}

export interface Logical {
  text: string;
  /**
   * Where each run of the logical text comes from, as pairs (start in `text`, offset in the source):
   * a run is copied unchanged, so logical character k maps to `source + (k - start)` of its run.
   */
  runs: number[];
  stop: number;
  emptyLines: number[];
}

/** Source offset of logical character `k` (see `Logical.runs`). */
export function sourceOffset(runs: readonly number[], k: number): number {
  let r = 0;
  while (r + 2 < runs.length && runs[r + 2] <= k) r += 2;
  return runs[r + 1] + (k - runs[r]);
}

/** Source offsets of logical characters [a, b) (one number per character). */
export function sourceOffsets(runs: readonly number[], a: number, b: number): number[] {
  const out: number[] = new Array(Math.max(b - a, 0));
  let r = 0;
  for (let k = a; k < b; k++) {
    while (r + 2 < runs.length && runs[r + 2] <= k) r += 2;
    out[k - a] = runs[r + 1] + (k - runs[r]);
  }
  return out;
}

/**
 * Logical text of [start, end) offsets: escaped newlines removed, comment and empty lines inside
 * continuations dropped; stops at the first unescaped newline. Also returns where its runs come from.
 */
export function logicalLine(ti: TextIndex, escapeChar: string, start: number, end: number): Logical {
  const text = ti.text;
  const escapeCode = escapeChar.charCodeAt(0);
  let out = '';
  const runs: number[] = [];
  const emptyLines: number[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === escapeChar) {
      // escape + optional blanks + newline = continuation
      let j = i + 1;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j < text.length && text[j] === '\n') {
        i = j + 1;
        // skip comment lines and empty lines that follow a continuation
        for (;;) {
          let k = i;
          while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
          if (k < end && text[k] === '#') {
            const nl = text.indexOf('\n', k);
            i = nl < 0 ? end : nl + 1;
            continue;
          }
          if (k < end && text[k] === '\n') {
            emptyLines.push(ti.lineOf(k) + 1);
            i = k + 1;
            continue;
          }
          break;
        }
        continue;
      }
      if (j >= end) {
        // trailing escape at end of file
        i = end;
        continue;
      }
    }
    if (ch === '\n') return { text: out, runs, stop: i, emptyLines };
    // copy the run of ordinary characters up to the next escape or newline in one slice
    let k = i + 1;
    while (k < end) {
      const c = text.charCodeAt(k);
      if (c === 10 /* \n */ || c === escapeCode) break;
      k++;
    }
    runs.push(out.length, i);
    out += k === i + 1 ? ch : text.slice(i, k);
    i = k;
  }
  return { text: out, runs, stop: i, emptyLines };
}
