/**
 * The Dockerfile scanner (the project's own; it replaced dockerfile-ast): one pass over the normalised
 * text (LF only, no BOM) that finds the instructions and, for each one, its keyword, its words and its
 * heredocs, as 0-based offsets into the text. `instructions.ts` turns that into the model. Semantics
 * are BuildKit's (frontend/dockerfile/parser):
 * - parser directives are read by the caller from the top lines; here they are comment lines;
 * - the escape character (`\` or `` ` ``) followed by optional blanks and a newline continues the line;
 *   comment lines and empty lines inside a continuation are skipped (they do not end the instruction);
 * - `<<NAME`, `<<-NAME`, `<<"NAME"`, `<<'NAME'` words on the first line of RUN/COPY/ADD (also as an
 *   ONBUILD trigger) open heredocs; their bodies follow in order, read raw (the escape character means
 *   nothing there), each closed by a line that is exactly NAME (after leading tabs for `<<-`);
 * - flags are the leading `--name[=value]` words of FROM/RUN/COPY/ADD/HEALTHCHECK;
 * - a word is a run of non-blank characters; the escape character before another character drops the
 *   escape (`\$` is kept as written, so variables stay escaped), an escaped newline joins the word with
 *   the next line. Word values and positions are the ones the rules were written against (the model
 *   built by dockerfile-ast before), checked equal on every conformance case, docs snippet and the
 *   857-file corpus when the scanner replaced it.
 * Nothing here throws or allocates per character: words are sliced from the text when they hold no
 * escape, which is almost always.
 */

/**
 * A whitespace-separated word: its value (escapes applied) and its [start, end) offsets. It is also
 * the model's argument token (`instr.args`): its span is built on first read, then kept, so a word is
 * one object from the scan to the rules (tokens copied from the scanned words were a tenth of the
 * model kept alive during a lint).
 */
export class ScanWord implements Token {
  private span: Span | null = null;
  constructor(
    readonly value: string,
    readonly start: number,
    readonly end: number,
    private readonly ti: TextIndex,
  ) {}
  get range(): Span {
    if (this.span === null) this.span = this.ti.spanOfOffsets(this.start, this.end);
    return this.span;
  }
}

export interface ScanHeredoc {
  /** The `<<NAME` word. */
  marker: ScanWord;
  /** Delimiter name: quotes and `-` removed. */
  name: string;
  /** `<<-`: leading tabs are stripped (also on the delimiter line). */
  chomp: boolean;
  /** Some part of the word is quoted: the body is not expanded. */
  quoted: boolean;
  /** Offset of the first body line. */
  bodyStart: number;
  /** Offset of the newline that ends the last body line (exclusive end of the body); -1 when there is no body. */
  bodyEnd: number;
  /** The delimiter line [start, end); -1 when the file ends first (BuildKit rejects the file). */
  delimiterStart: number;
  delimiterEnd: number;
  terminated: boolean;
}

export interface ScanInstruction {
  /** Keyword as written (an escaped newline inside it joins the parts; any other escape character is kept). */
  written: string;
  start: number;
  keywordEnd: number;
  /** End of the instruction (exclusive): its last newline or the end of the text; heredoc bodies included. */
  end: number;
  /** End of the instruction's first logical line (== `end` without heredocs). */
  lineEnd: number;
  /** Words after the keyword on the first logical line. */
  words: ScanWord[];
  heredocs: ScanHeredoc[];
}

import type { Span, Token } from './model';
import { TextIndex } from './text-index';

const SP = 32;
const TAB = 9;
const NL = 10;
const HASH = 35;

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
/** Instructions whose leading `--name[=value]` words are flags (BuildKit's dispatcher accepts no others). */
const FLAG_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'FROM']);

/** Scan every instruction of `text` (normalised) with the escape character `esc`. */
export function scanInstructions(
  text: string,
  esc: string,
  ti: TextIndex = new TextIndex(text),
): ScanInstruction[] {
  const out: ScanInstruction[] = [];
  const n = text.length;
  const escCode = esc.charCodeAt(0);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SP || c === TAB || c === NL) {
      i++;
      continue;
    }
    if (c === HASH) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      continue;
    }
    i = scanInstruction(text, escCode, i, out, ti);
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === SP || c === TAB;
}

/** Offset of the first non-blank at or after `i` (or `n`). */
function skipBlanks(text: string, i: number, n: number): number {
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** The keyword, then the rest of the instruction. Returns the offset where scanning resumes. */
function scanInstruction(
  text: string,
  esc: number,
  start: number,
  out: ScanInstruction[],
  ti: TextIndex,
): number {
  const n = text.length;
  let kwEnd = -1;
  let escaped = false;
  // the keyword is usually a plain run of letters [runStart, runEnd): sliced, built only around escapes
  let written = '';
  let runStart = start;
  let runEnd = start + 1;
  const escChar = String.fromCharCode(esc);
  for (let i = start + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === esc) {
      escaped = true;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (next === NL) {
        if (kwEnd < 0) kwEnd = i;
        i++;
      } else if (next === SP || next === TAB) {
        const j = skipBlanks(text, i + 2, n);
        if (j >= n) {
          kwEnd = i + 1;
          return finish(
            text,
            esc,
            written + text.slice(runStart, runEnd) + escChar,
            start,
            kwEnd,
            n,
            n,
            out,
            ti,
          );
        }
        if (text.charCodeAt(j) === NL) {
          i = j;
          continue;
        }
        // an escaped blank ends the keyword: the words start at j
        kwEnd = i + 1;
        return scanRest(
          text,
          esc,
          written + text.slice(runStart, runEnd) + escChar,
          start,
          kwEnd,
          j - 1,
          out,
          ti,
        );
      } else {
        kwEnd = i + 1;
        written += text.slice(runStart, runEnd) + escChar;
        runStart = runEnd = i + 1;
        escaped = false;
      }
      continue;
    }
    if (c === SP || c === TAB) {
      if (escaped) {
        const j = skipBlanks(text, i + 1, n);
        if (j < n && text.charCodeAt(j) === NL) {
          i = j;
          continue;
        }
        escaped = false;
      }
      if (kwEnd < 0) kwEnd = i;
      return scanRest(text, esc, written + text.slice(runStart, runEnd), start, kwEnd, i, out, ti);
    }
    if (c === NL) {
      if (escaped) continue;
      if (kwEnd < 0) kwEnd = i;
      return finish(text, esc, written + text.slice(runStart, runEnd), start, kwEnd, i, i, out, ti);
    }
    if (c === HASH && escaped) continue;
    kwEnd = i + 1;
    if (runEnd !== i) {
      written += text.slice(runStart, runEnd);
      runStart = i;
    }
    runEnd = i + 1;
    escaped = false;
  }
  if (kwEnd < 0) kwEnd = n;
  return finish(text, esc, written + text.slice(runStart, runEnd), start, kwEnd, n, n, out, ti);
}

/** After the keyword (`from` is the blank that ended it): find the end of the first logical line. */
function scanRest(
  text: string,
  esc: number,
  written: string,
  start: number,
  kwEnd: number,
  from: number,
  out: ScanInstruction[],
  ti: TextIndex,
): number {
  const n = text.length;
  let escaped = false;
  for (let i = from + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      if (escaped) continue;
      return finish(text, esc, written, start, kwEnd, i, -1, out, ti);
    }
    if (c === esc) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (next === NL) {
        escaped = true;
        i++;
      } else if (next === SP || next === TAB) {
        const j = skipBlanks(text, i + 2, n);
        if (j >= n) return finish(text, esc, written, start, kwEnd, n, n, out, ti);
        if (text.charCodeAt(j) === NL) escaped = true;
        i = j;
      }
      continue;
    }
    if (c === HASH) {
      if (escaped) {
        // a comment line inside a continuation
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? n : nl;
      }
      continue;
    }
    if (c !== SP && c !== TAB) escaped = false;
  }
  return finish(text, esc, written, start, kwEnd, n, n, out, ti);
}

/**
 * Record the instruction whose first logical line is [start, lineEnd); read its heredoc bodies when
 * the line ends with a newline (`end < 0`: not known yet). Returns the offset where scanning resumes.
 */
function finish(
  text: string,
  esc: number,
  written: string,
  start: number,
  kwEnd: number,
  lineEnd: number,
  end: number,
  out: ScanInstruction[],
  ti: TextIndex,
): number {
  const words = scanWords(text, esc, kwEnd, lineEnd, ti);
  const inst: ScanInstruction = {
    written,
    start,
    keywordEnd: kwEnd,
    end: end >= 0 ? end : lineEnd,
    lineEnd,
    words,
    heredocs: [],
  };
  out.push(inst);
  // heredocs: the bodies follow the first line, in the order of their markers
  let keyword = written.toUpperCase();
  let first = 0;
  if (keyword === 'ONBUILD' && words.length > 0) {
    keyword = words[0].value.toUpperCase();
    first = 1;
  }
  if (!HEREDOC_KEYWORDS.has(keyword)) return inst.end;
  const markers = heredocMarkers(words, first + flagCount(keyword, words, first));
  if (markers.length === 0) return inst.end;
  if (end >= 0) {
    // the file ends on the marker line: no body, no delimiter
    for (const m of markers) inst.heredocs.push(unterminated(m, -1));
    return end;
  }
  let pos = lineEnd;
  for (const m of markers) {
    const h = readHeredocBody(text, pos, m);
    inst.heredocs.push(h);
    pos = h.terminated ? h.delimiterEnd : text.length;
  }
  inst.end = pos;
  return pos;
}

interface Marker {
  word: ScanWord;
  name: string;
  chomp: boolean;
  quoted: boolean;
}

/** `<<NAME` words (BuildKit: `<<[-]word` where the word holds no `<`). */
function heredocMarkers(words: ScanWord[], from: number): Marker[] {
  const found: Marker[] = [];
  for (let k = from; k < words.length; k++) {
    const w = words[k];
    const v = w.value;
    if (v.length <= 2 || v.charCodeAt(0) !== 60 || v.charCodeAt(1) !== 60) continue;
    const chomp = v.charCodeAt(2) === 45; /* - */
    const name = heredocName(v.slice(chomp ? 3 : 2));
    if (name !== null) found.push({ word: w, name: name.name, chomp, quoted: name.quoted });
  }
  return found;
}

/**
 * Delimiter of a heredoc word after `<<`/`<<-`, as BuildKit's shell lexer reads it: quotes removed
 * (`"EOF"`, `'EOF'`, `E"O"F` → EOF, and then the body is not expanded). Null when it opens no heredoc
 * (empty, holds `<`, an unterminated quote).
 */
export function heredocName(rest: string): { name: string; quoted: boolean } | null {
  if (rest === '' || rest.includes('<')) return null;
  if (!rest.includes('"') && !rest.includes("'")) return { name: rest, quoted: false };
  let name = '';
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '"' || c === "'") {
      const close = rest.indexOf(c, i + 1);
      if (close < 0) return null;
      name += rest.slice(i + 1, close);
      i = close;
    } else name += c;
  }
  return name === '' ? null : { name, quoted: true };
}

/** An unterminated heredoc: its body runs from `bodyStart` to the end of the text (none when -1). */
function unterminated(m: Marker, bodyStart: number): ScanHeredoc {
  return {
    marker: m.word,
    name: m.name,
    chomp: m.chomp,
    quoted: m.quoted,
    bodyStart,
    bodyEnd: -1,
    delimiterStart: -1,
    delimiterEnd: -1,
    terminated: false,
  };
}

/** Number of leading flag words (`--name…`) for a keyword whose words start at `from`. */
export function flagCount(keyword: string, words: ScanWord[], from: number): number {
  if (keyword === 'HEALTHCHECK') {
    let k = from;
    while (k < words.length) {
      const v = words[k].value;
      const u = v.toUpperCase();
      if (u === 'CMD' || u === 'NONE' || !v.startsWith('--')) break;
      k++;
    }
    return k - from;
  }
  if (!FLAG_KEYWORDS.has(keyword)) return 0;
  let k = from;
  while (k < words.length && words[k].value.startsWith('--')) k++;
  return k - from;
}

/** Read one heredoc body from the newline at `pos` (the end of the marker line or of the previous delimiter). */
function readHeredocBody(text: string, pos: number, m: Marker): ScanHeredoc {
  const n = text.length;
  const bodyStart = pos + 1;
  let lineStart = bodyStart;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let s = lineStart;
    if (m.chomp) while (s < lineEnd && text.charCodeAt(s) === TAB) s++;
    if (lineEnd - s === m.name.length && text.startsWith(m.name, s)) {
      return {
        marker: m.word,
        name: m.name,
        chomp: m.chomp,
        quoted: m.quoted,
        bodyStart,
        bodyEnd: lineStart > bodyStart ? lineStart - 1 : -1,
        delimiterStart: lineStart,
        delimiterEnd: lineEnd,
        terminated: true,
      };
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  const h = unterminated(m, bodyStart);
  if (bodyStart <= n) h.bodyEnd = n;
  return h;
}

/**
 * The words of [from, to): split on blanks and newlines; an escaped newline joins (comment lines after
 * it are skipped); the escape character before any other character is dropped (kept before `$`).
 */
export function scanWords(text: string, esc: number, from: number, to: number, ti: TextIndex): ScanWord[] {
  const words: ScanWord[] = [];
  let found = -1; // start of the current word
  let marker = -1; // where the current word ends if a continuation follows it
  let escaping = false; // inside an escaped newline sequence
  let blankAfterEscape = false;
  let comment = false;
  let lineStart = false;
  // the word's value: [runStart, runEnd) of the text, plus `value` before it when an escape interrupted it
  let value = '';
  let runStart = -1;
  let runEnd = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === SP || c === TAB || c === NL) {
      if (escaping) {
        blankAfterEscape = c !== NL;
        if (c === NL && comment) {
          comment = false;
          lineStart = true;
        }
        continue;
      }
      if (found >= 0) {
        words.push(word(ti, value, runStart, runEnd, found, marker < 0 ? i : marker));
        value = '';
        runStart = found = marker = -1;
      }
      continue;
    }
    if (c === esc) {
      const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
      if (next === SP || next === TAB) {
        let j = i + 2;
        while (j < to && isBlank(text.charCodeAt(j))) j++;
        if (j < to) {
          if (text.charCodeAt(j) === NL) {
            comment = false;
            escaping = true;
            lineStart = true;
            if (found >= 0) marker = i;
            i = j;
          } else {
            // an escaped blank in the middle of a line: the word ends before the escape
            marker = i;
            if (found < 0) i = j - 1;
          }
        }
      } else if (next === NL) {
        comment = false;
        escaping = true;
        lineStart = true;
        if (found >= 0 && marker < 0) marker = i;
        i++;
      } else {
        if (blankAfterEscape && marker >= 0 && found >= 0) {
          words.push(word(ti, value, runStart, runEnd, found, marker));
          value = '';
          runStart = found = -1;
        }
        marker = -1;
        blankAfterEscape = false;
        escaping = false;
        if (next < 0) break;
        if (found < 0) found = i;
        // the escape is dropped (kept before `$`): close the run, start a new one
        if (runStart >= 0) value += text.slice(runStart, runEnd);
        runStart = next === 36 /* $ */ ? i : i + 1;
        runEnd = i + 2;
        i++;
      }
      continue;
    }
    if (comment) continue;
    if (lineStart && c === HASH) comment = true;
    else {
      if (blankAfterEscape && marker >= 0 && found >= 0) {
        words.push(word(ti, value, runStart, runEnd, found, marker));
        value = '';
        runStart = found = -1;
      }
      blankAfterEscape = false;
      escaping = false;
      marker = -1;
      if (found < 0) found = i;
      if (runStart < 0 || runEnd !== i) {
        if (runStart >= 0) value += text.slice(runStart, runEnd);
        runStart = i;
      }
      // the rest of an ordinary run in one step
      let j = i + 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (d === SP || d === TAB || d === NL || d === esc) break;
        j++;
      }
      runEnd = j;
      i = j - 1;
    }
    lineStart = false;
  }
  if (found >= 0) words.push(word(ti, value, runStart, runEnd, found, marker < 0 ? to : marker));
  return words;
}

/** A finished word: `value` (text before an escape) + the current run. */
function word(
  ti: TextIndex,
  value: string,
  runStart: number,
  runEnd: number,
  start: number,
  end: number,
): ScanWord {
  return new ScanWord(runStart < 0 ? value : value + ti.text.slice(runStart, runEnd), start, end, ti);
}
