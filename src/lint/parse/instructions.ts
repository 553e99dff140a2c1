/** One instruction of the model, built from its scan (scanner.ts): flags, arguments, heredocs, properties, form. */
import { parseExecForm } from './exec-form';
import { EXEC_FORM_KEYWORDS, KNOWN_KEYWORDS } from './keywords';
import type {
  Comment,
  ExecForm,
  FlagModel,
  HeredocModel,
  InstructionModel,
  KeyValue,
  SyntaxError as ModelSyntaxError,
  Scope,
  Span,
  StageModel,
  Token,
} from './model';
import { scanProperties } from './properties';
import { flagCount, type ScanHeredoc, type ScanInstruction, type ScanWord } from './scanner';
import { logicalLine, sourceOffset, sourceOffsets, type TextIndex } from './text-index';
import { EMPTY_SCOPE } from './variables';

function unquote(s: string): string {
  if (s.length >= 2 && ((s[0] === '"' && s.endsWith('"')) || (s[0] === "'" && s.endsWith("'")))) {
    return s.slice(1, -1);
  }
  return s;
}

/** `\s` of a regular expression, for the characters a Dockerfile line can hold (no line breaks). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 11 ||
    c === 12 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x1680 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 10
  );
}

/*
 * Words (the scanner's `ScanWord`), flags and key-value pairs keep their 0-based offsets and turn them into 1-based spans on first
 * read: a file has thousands of them and rules read the spans of the few they report (building every
 * span up front was a fifth of the model's allocations). Each span is built once, then kept.
 */

/** A `key=value` pair (`KeyValue`): ENV/ARG/LABEL properties, the options of a flag. */
export class Pair implements KeyValue {
  private span: Span | null = null;
  private keySpan: Span | null = null;
  private valueSpan: Span | null = null;
  constructor(
    readonly key: string,
    readonly value: string | null,
    private readonly ti: TextIndex,
    private readonly start: number,
    private readonly end: number,
    private readonly keyEnd: number,
    /** -1 when there is no value range. */
    private readonly valueStart: number,
    private readonly valueEnd: number,
    private readonly keyStart = start,
  ) {}
  get range(): Span {
    if (this.span === null) this.span = this.ti.spanOfOffsets(this.start, this.end);
    return this.span;
  }
  get keyRange(): Span {
    if (this.keySpan === null) this.keySpan = this.ti.spanOfOffsets(this.keyStart, this.keyEnd);
    return this.keySpan;
  }
  get valueRange(): Span | null {
    if (this.valueStart < 0) return null;
    if (this.valueSpan === null) this.valueSpan = this.ti.spanOfOffsets(this.valueStart, this.valueEnd);
    return this.valueSpan;
  }
}

export class Flag implements FlagModel {
  private span: Span | null = null;
  private nameSpan: Span | null = null;
  private valueSpan: Span | null = null;
  constructor(
    readonly name: string,
    readonly value: string | null,
    private readonly ti: TextIndex,
    private readonly start: number,
    private readonly end: number,
    private readonly nameStart: number,
    private readonly nameEnd: number,
    /** -1 when the flag has no value. */
    private readonly valueStart: number,
    readonly options: KeyValue[],
  ) {}
  get range(): Span {
    if (this.span === null) this.span = this.ti.spanOfOffsets(this.start, this.end);
    return this.span;
  }
  get nameRange(): Span {
    if (this.nameSpan === null) this.nameSpan = this.ti.spanOfOffsets(this.nameStart, this.nameEnd);
    return this.nameSpan;
  }
  get valueRange(): Span | null {
    if (this.valueStart < 0) return null;
    if (this.valueSpan === null) this.valueSpan = this.ti.spanOfOffsets(this.valueStart, this.end);
    return this.valueSpan;
  }
  option(key: string): string | null | undefined {
    for (const o of this.options) if (o.key === key) return o.value;
    return undefined;
  }
}

/** A flag word (`--name[=value]`) → the model's flag, with its comma-separated options. */
export function makeFlag(ti: TextIndex, w: ScanWord): FlagModel {
  const text = ti.text;
  const v = w.value;
  const raw = text.slice(w.start, w.end);
  const eqValue = v.indexOf('=');
  const eqRaw = raw.indexOf('=');
  // the name starts after the two dashes (blanks and backslashes of a continuation skipped)
  let nameStart = -1;
  let dashes = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' || c === ' ' || c === '\t' || c === '\n') continue;
    if (c === '-' && dashes < 2) {
      dashes++;
      continue;
    }
    nameStart = i;
    break;
  }
  const ns = w.start + nameStart;
  let name: string;
  let nameEnd: number;
  let value: string | null = null;
  let valueStart = -1;
  if (eqRaw < 0) {
    name = v.slice(2);
    nameEnd = w.end;
  } else if (eqRaw === v.length - 1) {
    name = v.slice(2, eqRaw);
    nameEnd = w.start + eqRaw;
    value = '';
    valueStart = w.end;
  } else {
    name = v.slice(2, eqValue);
    nameEnd = w.start + eqRaw;
    value = v.slice(eqValue + 1);
    valueStart = w.start + eqRaw + 1;
  }
  let options = NO_PROPERTIES;
  if (value !== null && valueStart >= 0 && !text.slice(valueStart, w.end).includes('\n')) {
    options = [];
    const base = valueStart;
    let pos = 0;
    for (const part of value.split(',')) {
      const eq = part.indexOf('=');
      const key = (eq >= 0 ? part.slice(0, eq) : part).trim().toLowerCase();
      const ov = eq >= 0 ? unquote(part.slice(eq + 1)) : null;
      const s = base + pos;
      options.push(
        new Pair(
          key,
          ov,
          ti,
          s,
          s + part.length,
          s + (eq >= 0 ? eq : part.length),
          eq >= 0 ? s + eq + 1 : -1,
          s + part.length,
        ),
      );
      pos += part.length + 1;
    }
  }
  return new Flag(
    name.toLowerCase(),
    value,
    ti,
    w.start,
    w.end,
    ns,
    nameEnd,
    value === null ? -1 : valueStart,
    options.length > 0 ? options.slice() : options, // exact size: kept for the whole lint
  );
}

/** Flag name as asked by a rule (`mount`, `--mount`, `Mount`) → model name. */
export function flagKey(name: string): string {
  return name.charCodeAt(0) === 45 /* - */ ? name.toLowerCase().replace(/^-+/, '') : name.toLowerCase();
}

/**
 * Each known keyword as one string, the constant's: not a new upper-cased string kept per instruction,
 * and compared with the rules' constants (`keyword === 'RUN'`) without reading characters.
 */
const CANONICAL_KEYWORDS: ReadonlyMap<string, string> = new Map([...KNOWN_KEYWORDS].map((k) => [k, k]));

/**
 * Shared empty lists for what most instructions have none of (no comment above, no flag, no heredoc,
 * no property, no empty continuation line): one array per instruction and field was a tenth of the
 * model kept alive during a lint. Frozen, so a mutation fails loudly instead of leaking into another
 * instruction.
 */
export const NO_COMMENTS: Comment[] = Object.freeze([]) as unknown as Comment[];
const NO_FLAGS: FlagModel[] = Object.freeze([]) as unknown as FlagModel[];
const NO_HEREDOCS: HeredocModel[] = Object.freeze([]) as unknown as HeredocModel[];
const NO_PROPERTIES: KeyValue[] = Object.freeze([]) as unknown as KeyValue[];
const NO_LINES: number[] = Object.freeze([]) as unknown as number[];
const NO_WORDS: ScanWord[] = Object.freeze([]) as unknown as ScanWord[];

export class Instr implements InstructionModel {
  stage: StageModel | null = null;
  onbuild: InstructionModel | null = null;
  trigger: InstructionModel | null = null;
  commentsBefore: Comment[] = NO_COMMENTS;
  scope: Scope = EMPTY_SCOPE;
  constructor(
    readonly index: number,
    readonly keyword: string,
    readonly written: string,
    /** [start, end) of the instruction and the end of its keyword, 0-based (spans built on first read). */
    readonly startOffset: number,
    readonly endOffset: number,
    private readonly kwEnd: number,
    readonly raw: string,
    readonly flags: FlagModel[],
    /** The scanned words: those from `firstArg` on are the arguments (`args`, built on first read). */
    private readonly words: ScanWord[],
    private readonly firstArg: number,
    private readonly ti: TextIndex,
    readonly argsText: string,
    private readonly argsRuns: number[],
    private readonly argsFrom: number,
    private readonly argsTo: number,
    readonly form: ExecForm,
    readonly exec: string[] | null,
    readonly heredocs: HeredocModel[],
    readonly properties: KeyValue[],
    readonly legacyKeyValue: boolean,
    readonly emptyContinuationLines: number[],
  ) {}
  /*
   * The instruction's spans, built on first read like those of its words (most instructions are never
   * reported on); each is built once, then kept.
   */
  private span: Span | null = null;
  private kwSpan: Span | null = null;
  private argsSpan: Span | null | undefined = undefined;
  get range(): Span {
    if (this.span === null) this.span = this.ti.spanOfOffsets(this.startOffset, this.endOffset);
    return this.span;
  }
  get keywordRange(): Span {
    if (this.kwSpan === null) this.kwSpan = this.ti.spanOfOffsets(this.startOffset, this.kwEnd);
    return this.kwSpan;
  }
  /** The arguments' span: from the first to the last character of the trimmed `argsText`. */
  get argsRange(): Span | null {
    if (this.argsSpan === undefined) {
      const runs = this.argsRuns;
      const a = this.argsFrom;
      const b = this.argsTo;
      this.argsSpan =
        b > a ? this.ti.spanOfOffsets(sourceOffset(runs, a), sourceOffset(runs, b - 1) + 1) : null;
    }
    return this.argsSpan;
  }
  private argTokens: Token[] | null = null;
  /**
   * Built on first read: most RUN words are read through the shell model, never as tokens, and RUN
   * holds most of the words of a file.
   */
  get args(): Token[] {
    // the scanned words are the tokens (scanner.ts): a list of them, not copies
    // (no flag: the instruction's own exact-size list of its words, which nothing else reads)
    if (this.argTokens === null)
      this.argTokens = this.firstArg === 0 ? this.words : this.words.slice(this.firstArg);
    return this.argTokens;
  }
  private offsets: number[] | null = null;
  /** Computed on first use (a few rules need it; most instructions never do). */
  get argsOffsets(): number[] {
    if (this.offsets === null) this.offsets = sourceOffsets(this.argsRuns, this.argsFrom, this.argsTo);
    return this.offsets;
  }
  /** The run `argsOffset` used last: characters are mostly asked in order. */
  private runHint = 0;
  argsOffset(k: number): number {
    const runs = this.argsRuns;
    const c = this.argsFrom + k;
    let r = this.runHint;
    if (r >= runs.length || runs[r] > c) r = 0;
    while (r + 2 < runs.length && runs[r + 2] <= c) r += 2;
    this.runHint = r;
    return runs[r + 1] + (c - runs[r]);
  }
  flag(name: string): FlagModel | undefined {
    if (this.flags.length === 0) return undefined;
    const n = flagKey(name);
    return this.flags.find((f) => f.name === n);
  }
  flagsNamed(name: string): FlagModel[] {
    if (this.flags.length === 0) return [];
    const n = flagKey(name);
    return this.flags.filter((f) => f.name === n);
  }
}

/** What `buildInstruction` needs besides the node: the text, and where it records what it finds. */
export interface BuildState {
  ti: TextIndex;
  escapeChar: string;
  /** Lines covered by heredoc bodies (never comments). */
  heredocLines: Set<number>;
  syntaxErrors: ModelSyntaxError[];
}

/**
 * One instruction of the model from its scan. `args` are its words after the keyword (for an ONBUILD
 * trigger: after the trigger word); `end` is where the instruction ends (heredoc bodies included).
 */
export function buildInstruction(
  st: BuildState,
  scanned: ScanInstruction,
  written: string,
  start: number,
  kwEnd: number,
  words: ScanWord[],
  heredocScan: ScanHeredoc[],
  index: number,
): Instr {
  const { ti, escapeChar, heredocLines, syntaxErrors } = st;
  const text = ti.text;
  const upper = written.toUpperCase();
  const keyword = CANONICAL_KEYWORDS.get(upper) ?? upper;
  const endOff = scanned.end;
  const raw = text.slice(start, endOff);
  const nFlags = flagCount(keyword, words, 0);
  let flags = NO_FLAGS;
  if (nFlags > 0) {
    // exact size (kept for the whole lint)
    flags = words.slice(0, nFlags).map((w) => makeFlag(ti, w));
  }
  const heredocs: HeredocModel[] =
    heredocScan.length === 0
      ? NO_HEREDOCS
      : heredocScan.map((h) => {
          const markerText = text.slice(h.marker.start, h.marker.end);
          const markerRange = ti.spanOfOffsets(h.marker.start, h.marker.end);
          let body = '';
          let bodyRange: Span | null = null;
          if (h.bodyEnd >= 0) {
            body = text.slice(h.bodyStart, h.bodyEnd);
            bodyRange = ti.spanOfOffsets(h.bodyStart, h.bodyEnd);
            for (let l = bodyRange.line - 1; l <= bodyRange.endLine - 1; l++) heredocLines.add(l);
          }
          if (h.terminated) heredocLines.add(ti.lineOf(h.delimiterStart));
          else {
            // BuildKit rejects the file: the body runs to the end and the delimiter never comes.
            syntaxErrors.push({
              message: {
                'pt-BR': `heredoc <<${h.name} sem fim: falta uma linha só com "${h.name}" depois do corpo`,
                en: `unterminated heredoc <<${h.name}: a line with just "${h.name}" must follow the body`,
              },
              range: markerRange,
            });
          }
          return {
            name: h.name,
            body,
            bodyRange,
            markerRange,
            stripTabs: markerText.startsWith('<<-'),
            quoted: h.quoted,
          };
        });

  // Where the arguments (after keyword and flags) begin.
  const argsStart = nFlags > 0 ? words[nFlags - 1].end : kwEnd;
  const logical = logicalLine(ti, escapeChar, argsStart, endOff);
  // trim leading/trailing blanks of the logical args text, keeping the map in sync
  let a = 0;
  let b = logical.text.length;
  while (a < b && isSpace(logical.text.charCodeAt(a))) a++;
  while (b > a && isSpace(logical.text.charCodeAt(b - 1))) b--;
  const argsText = a === 0 && b === logical.text.length ? logical.text : logical.text.slice(a, b);

  // Arguments after flags (the first logical line only: heredoc bodies are not arguments): the words
  // from `nFlags` on, made tokens when first read (`Instr.args`).

  let form: ExecForm = 'none';
  let exec: string[] | null = null;
  if (EXEC_FORM_KEYWORDS.has(keyword)) {
    let execText = argsText;
    if (keyword === 'HEALTHCHECK') {
      const m = /^cmd\s+/i.exec(argsText);
      execText = m ? argsText.slice(m[0].length) : '';
    }
    exec = parseExecForm(execText);
    form = exec ? 'exec' : 'shell';
    if (keyword === 'HEALTHCHECK' && !/^cmd\s/i.test(argsText)) form = 'none';
  }

  // Properties (ENV / ARG / LABEL).
  let properties = NO_PROPERTIES;
  let legacyKeyValue = false;
  if (keyword === 'ENV' || keyword === 'LABEL' || keyword === 'ARG') {
    properties = [];
    const kwLine = ti.lineOf(start);
    const props = scanProperties(text, escapeChar, kwEnd, endOff, (o) => ti.lineOf(o) === kwLine);
    for (const p of props) {
      // `ARG A B C` declares three ARGs (ARG has no legacy `name value` form): split the text again
      if (keyword === 'ARG' && !p.assignment && p.value !== null) {
        const pt = text.slice(p.start, p.end);
        for (const m of pt.matchAll(/[^\s=]+(?:=\S*)?/g)) {
          if (m[0] === '\\' || m[0] === '`') continue; // a line continuation
          const s = p.start + (m.index ?? 0);
          const eq = m[0].indexOf('=');
          const key = eq < 0 ? m[0] : m[0].slice(0, eq);
          const value = eq < 0 ? null : m[0].slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2');
          properties.push(
            new Pair(
              key,
              value,
              ti,
              s,
              s + m[0].length,
              s + key.length,
              eq < 0 ? -1 : s + eq + 1,
              s + m[0].length,
            ),
          );
        }
        continue;
      }
      properties.push(
        new Pair(
          p.name,
          p.value,
          ti,
          p.start,
          p.end,
          p.nameEnd,
          p.value === null ? -1 : p.valueStart,
          p.valueEnd,
          p.nameStart,
        ),
      );
      if (keyword !== 'ARG' && !p.assignment) legacyKeyValue = true;
    }
  }

  const inst = new Instr(
    index,
    keyword,
    written === keyword ? keyword : written, // written upper-case (most): the keyword's one string
    start,
    endOff,
    kwEnd,
    raw,
    flags,
    // exact-size copies of what the instruction keeps (a pushed-to array holds spare room)
    words.length === 0 ? NO_WORDS : words.slice(),
    nFlags,
    ti,
    argsText,
    logical.runs.slice(),
    a,
    b,
    form,
    exec,
    heredocs,
    properties.length > 0 ? properties.slice() : properties, // exact size: kept for the whole lint
    legacyKeyValue,
    logical.emptyLines.length === 0 ? NO_LINES : logical.emptyLines,
  );

  if (!KNOWN_KEYWORDS.has(keyword)) {
    syntaxErrors.push({
      message: {
        'pt-BR': `Instrução desconhecida: ${written}`,
        en: `Unknown instruction: ${written}`,
      },
      range: inst.keywordRange,
    });
  } else if (argsText === '' && heredocs.length === 0 && keyword !== 'ONBUILD') {
    syntaxErrors.push({
      message: {
        'pt-BR': `${keyword} precisa de pelo menos um argumento`,
        en: `${keyword} requires at least one argument`,
      },
      range: inst.keywordRange,
    });
  } else if (keyword === 'EXPOSE') {
    // BuildKit refuses a port that is not a number (`EXPOSE abc`: "invalid containerPort"), as hadolint's
    // parser does. Words with variables are judged after expansion by the EXPOSE rules, not here.
    for (const t of inst.args) {
      const word = t.value.replace(/^(["'])(.*)\1$/, '$2');
      if (word.includes('$') || word === '') continue;
      const container = word.split('/')[0].split(':').pop() ?? '';
      if (/^\d+(-\d+)?$/.test(container)) continue;
      syntaxErrors.push({
        message: {
          'pt-BR': `EXPOSE: "${word}" não é uma porta (use um número, um intervalo como 8000-8010, e /tcp ou /udp)`,
          en: `EXPOSE: "${word}" is not a port (use a number, a range like 8000-8010, and /tcp or /udp)`,
        },
        range: t.range,
      });
    }
  }
  return inst;
}
