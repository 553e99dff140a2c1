/**
 * Variable expansion in Dockerfile words, the way BuildKit's word lexer does it (not a POSIX shell):
 * `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`,
 * `${NAME:?msg}`, `${NAME?msg}`, `${NAME#pat}`, `${NAME##pat}`, `${NAME%pat}`, `${NAME%%pat}`,
 * `${NAME/pat/repl}`; single quotes are literal, double quotes allow expansion, the escape character
 * (`\` or the `# escape=` one) makes the next character literal.
 *
 * Like BuildKit, every lookup of a name that is not set is recorded as "unmatched", even when a
 * `:-default` makes the word valid. Used by UndefinedVar, UndefinedArgInFrom, InvalidDefaultArgInFrom,
 * CopyIgnoredFile and the EXPOSE rules (shared helpers of the r4b rule set).
 */
import type { DockerfileModel, InstructionModel, Span } from '../../parse';

/** A `$NAME` / `${NAME…}` occurrence: offsets are 0-based, inside the word, end exclusive. */
export interface VarRef {
  name: string;
  start: number;
  end: number;
  /** `${NAME-w}`, `${NAME:-w}`, `${NAME+w}`, `${NAME:+w}`: the word itself handles NAME being unset. */
  guarded?: boolean;
}

export interface Expansion {
  /** The expanded word (unset variables expand to `''`). */
  value: string;
  /** Every variable looked up, in source order (nested ones inside `${X:-$Y}` included). */
  refs: VarRef[];
  /** Names looked up but not set. */
  unmatched: Set<string>;
  /** False when the word has a syntax BuildKit rejects (unterminated quote/brace, bad modifier). */
  ok: boolean;
}

/** Looks a variable up: its value, or `undefined` when it is not set. */
export type Lookup = (name: string) => string | undefined;

const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

function isNameChar(ch: string): boolean {
  return /[\p{L}\p{Nd}_]/u.test(ch);
}

class Lexer {
  private i = 0;
  readonly refs: VarRef[] = [];
  readonly unmatched = new Set<string>();
  ok = true;

  constructor(
    private readonly s: string,
    private readonly lookup: Lookup,
    private readonly escapeChar: string,
  ) {}

  private peek(): string {
    return this.i < this.s.length ? this.s[this.i] : '';
  }

  private get(name: string, start: number, end: number, guarded = false): string | undefined {
    this.refs.push(guarded ? { name, start, end, guarded } : { name, start, end });
    const v = this.lookup(name);
    if (v === undefined) this.unmatched.add(name);
    return v;
  }

  /** Process until `stop` (not consumed) or the end. */
  word(stop: string): string {
    let out = '';
    while (this.i < this.s.length) {
      const ch = this.s[this.i];
      if (stop && ch === stop) return out;
      if (ch === "'") out += this.singleQuoted();
      else if (ch === '"') out += this.doubleQuoted();
      else if (ch === '$') out += this.dollar();
      else if (ch === this.escapeChar) {
        this.i++;
        if (this.i < this.s.length) out += this.s[this.i++];
      } else {
        out += ch;
        this.i++;
      }
    }
    if (stop) this.ok = false; // unterminated `${…`
    return out;
  }

  private singleQuoted(): string {
    this.i++;
    const close = this.s.indexOf("'", this.i);
    if (close < 0) {
      this.ok = false;
      const rest = this.s.slice(this.i);
      this.i = this.s.length;
      return rest;
    }
    const lit = this.s.slice(this.i, close);
    this.i = close + 1;
    return lit;
  }

  private doubleQuoted(): string {
    this.i++;
    let out = '';
    while (this.i < this.s.length) {
      const ch = this.s[this.i];
      if (ch === '"') {
        this.i++;
        return out;
      }
      if (ch === '$') out += this.dollar();
      else if (ch === this.escapeChar) {
        const next = this.s[this.i + 1];
        if (next === '"' || next === '$' || next === this.escapeChar) {
          out += next;
          this.i += 2;
        } else {
          out += ch;
          this.i++;
        }
      } else {
        out += ch;
        this.i++;
      }
    }
    this.ok = false; // unterminated quote
    return out;
  }

  private name(): string {
    const start = this.i;
    const first = this.peek();
    if (first && /\p{Nd}/u.test(first)) {
      while (this.i < this.s.length && /\p{Nd}/u.test(this.s[this.i])) this.i++;
      return this.s.slice(start, this.i);
    }
    if (first && SPECIAL_PARAMS.has(first)) {
      this.i++;
      return first;
    }
    while (this.i < this.s.length && isNameChar(this.s[this.i])) this.i++;
    return this.s.slice(start, this.i);
  }

  private dollar(): string {
    const start = this.i;
    this.i++; // `$`
    if (this.peek() !== '{') {
      const name = this.name();
      if (name === '') return '$';
      return this.get(name, start, this.i) ?? '';
    }
    this.i++; // `{`
    const name = this.name();
    if (name === '') {
      this.ok = false;
      this.word('}');
      this.i++;
      return '';
    }
    const ch = this.peek();
    if (ch === '}') {
      this.i++;
      return this.get(name, start, this.i) ?? '';
    }
    if (ch === ':' || ch === '-' || ch === '+' || ch === '?') {
      let colon = false;
      if (ch === ':') {
        colon = true;
        this.i++;
      }
      const mod = this.peek();
      if (mod !== '-' && mod !== '+' && mod !== '?') {
        this.ok = false;
        this.word('}');
        this.i++;
        return '';
      }
      this.i++;
      const word = this.word('}');
      this.i++; // `}`
      const value = this.get(name, start, this.i, mod !== '?');
      const set = colon ? value !== undefined && value !== '' : value !== undefined;
      if (mod === '-') return set ? (value ?? '') : word;
      if (mod === '+') return set ? word : '';
      if (!set) this.ok = false; // `${X:?msg}`: an error when unset
      return value ?? '';
    }
    if (ch === '#' || ch === '%') {
      this.i++;
      const longest = this.peek() === ch;
      if (longest) this.i++;
      const pattern = this.word('}');
      this.i++;
      const value = this.get(name, start, this.i) ?? '';
      return trimPattern(value, pattern, ch === '#', longest);
    }
    if (ch === '/') {
      this.i++;
      const all = this.peek() === '/';
      if (all) this.i++;
      const pattern = this.word('/');
      let repl = '';
      if (this.peek() === '/') {
        this.i++;
        repl = this.word('}');
      }
      this.i++;
      const value = this.get(name, start, this.i) ?? '';
      return substitute(value, pattern, repl, all);
    }
    this.ok = false; // unsupported modifier
    this.word('}');
    this.i++;
    return '';
  }
}

function globToRegExp(glob: string): RegExp | null {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '\\' && i + 1 < glob.length) re += escapeRegExp(glob[++i]);
    else re += escapeRegExp(c);
  }
  try {
    return new RegExp(re);
  } catch {
    return null;
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function trimPattern(value: string, pattern: string, prefix: boolean, longest: boolean): string {
  const re = globToRegExp(pattern);
  if (!re) return value;
  const whole = new RegExp(`^(?:${re.source})$`);
  if (prefix) {
    const lens = [...Array(value.length + 1).keys()];
    if (longest) lens.reverse();
    for (const n of lens) if (whole.test(value.slice(0, n))) return value.slice(n);
  } else {
    const lens = [...Array(value.length + 1).keys()];
    if (!longest) lens.reverse();
    for (const n of lens) if (whole.test(value.slice(n))) return value.slice(0, n);
  }
  return value;
}

function substitute(value: string, pattern: string, repl: string, all: boolean): string {
  const re = globToRegExp(pattern);
  if (!re || pattern === '') return value;
  return value.replace(new RegExp(re.source, all ? 'g' : ''), () => repl);
}

/** Expand one word with BuildKit's rules. Never throws. */
export function expandWord(word: string, lookup: Lookup, escapeChar = '\\'): Expansion {
  const lx = new Lexer(word, lookup, escapeChar);
  let value = '';
  try {
    value = lx.word('');
  } catch {
    lx.ok = false;
  }
  return { value, refs: lx.refs, unmatched: lx.unmatched, ok: lx.ok };
}

/** A word of an instruction, with its offset in `model.text` (for precise ranges). */
export interface TextWord {
  text: string;
  /** 0-based offset of `text[0]` in `model.text`; `offsets[k]` for character k. */
  offsets: number[];
}

/** `\s` of a regular expression, by char code (a regular expression per character cost more than the split). */
function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Split the logical arguments of an instruction on blanks (BuildKit's whitespace split, quotes ignored). */
export function whitespaceWords(instr: InstructionModel): TextWord[] {
  const out: TextWord[] = [];
  const t = instr.argsText;
  let i = 0;
  while (i < t.length) {
    while (i < t.length && isWhitespace(t.charCodeAt(i))) i++;
    const start = i;
    while (i < t.length && !isWhitespace(t.charCodeAt(i))) i++;
    if (i > start) out.push({ text: t.slice(start, i), offsets: instr.argsOffsets.slice(start, i) });
  }
  return out;
}

/** All the logical arguments of an instruction as one word. */
export function wholeArgsWord(instr: InstructionModel): TextWord | null {
  if (instr.argsText === '') return null;
  return { text: instr.argsText, offsets: instr.argsOffsets };
}

/** A raw slice of the file (for a property key/value or a flag value, quotes kept). */
export function spanWord(model: DockerfileModel, span: Span): TextWord {
  const start = model.offsetOf(span.line, span.column);
  const end = model.offsetOf(span.endLine, span.endColumn);
  const text = model.text.slice(start, end);
  const offsets: number[] = [];
  for (let k = 0; k < text.length; k++) offsets.push(start + k);
  return { text, offsets };
}

/** Span of `[start, end)` of a word in the file. */
export function wordSpan(model: DockerfileModel, w: TextWord, start: number, end: number): Span {
  const a = w.offsets[Math.min(start, w.offsets.length - 1)] ?? 0;
  const b = (w.offsets[Math.min(end, w.offsets.length) - 1] ?? a) + 1;
  return model.spanOfOffsets(a, b);
}

/**
 * BuildKit reports on the instruction's line (and the conformance corpus compares start lines): keep
 * `span` when it starts there, else stretch it back to the instruction's start.
 */
export function onFirstLine(instr: InstructionModel, span: Span): Span {
  if (span.line === instr.range.line) return span;
  return {
    line: instr.range.line,
    column: instr.range.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
  };
}

/** Levenshtein distance (insert/delete/substitute = 1). */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Closest option at distance < 3 (BuildKit's "did you mean" heuristic), or `null`. */
export function suggestName(name: string, options: Iterable<string>): string | null {
  let best: string | null = null;
  let min = 3;
  for (const o of options) {
    if (o === name) return null;
    const d = distance(name, o);
    if (d < min) {
      min = d;
      best = o;
    }
  }
  return best;
}
