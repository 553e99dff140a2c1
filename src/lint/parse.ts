/**
 * The Dockerfile model: built ONCE per lint from dockerfile-ast and shared by every rule.
 *
 * Conventions: every `Span` is 1-based with an exclusive end column (see types.ts). Keywords are
 * upper-cased in `keyword` and kept as written in `written`. The model never throws: odd input
 * produces `syntaxErrors` (reported by the engine as DL1000) and a best-effort model.
 */
import {
  type Dockerfile as AstDockerfile,
  type Flag as AstFlag,
  type Heredoc as AstHeredoc,
  type Instruction as AstInstruction,
  type Property as AstProperty,
  DockerfileParser,
  Instruction,
  Onbuild,
} from 'dockerfile-ast';
import { installDockerfileAstShims } from './browser-shims';
import type { Localized } from './types';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A whitespace-separated argument as written (quotes kept). */
export interface Token {
  value: string;
  range: Span;
}

/** `key=value` pair: ENV/ARG/LABEL properties, `--mount` options… */
export interface KeyValue {
  key: string;
  /** Unquoted value (`null` when there is no `=` / no value). */
  value: string | null;
  range: Span;
  keyRange: Span;
  valueRange: Span | null;
}

export interface FlagModel {
  /** Name without dashes, lower-case: `mount`, `from`, `chown`, `platform`, `link`… */
  name: string;
  /** Value after `=` (`null` for a bare `--link`). */
  value: string | null;
  range: Span;
  nameRange: Span;
  valueRange: Span | null;
  /** Comma-separated `key=value` options of the value (`--mount=type=cache,target=/x`). */
  options: KeyValue[];
  /** Value of an option (`flag.option('type')` → `'cache'`); `undefined` when absent. */
  option(key: string): string | null | undefined;
}

export interface HeredocModel {
  /** Delimiter name without quotes or `-`. */
  name: string;
  /** Body text (lines between the marker line and the delimiter), `''` when empty. */
  body: string;
  bodyRange: Span | null;
  /** The `<<EOF` marker. */
  markerRange: Span;
  /** `<<-EOF`: leading tabs are stripped. */
  stripTabs: boolean;
  /** `<<'EOF'` / `<<"EOF"`: no expansion in the body. */
  quoted: boolean;
}

export interface ImageRef {
  /** As written: `docker.io/library/ubuntu:22.04@sha256:…`. */
  raw: string;
  /** `docker.io`, `localhost:5000`, `ghcr.io`… or `null` (implicit Docker Hub). */
  registry: string | null;
  /** Repository path without registry, tag or digest: `library/ubuntu`, `ubuntu`, `${BASE}`. */
  name: string;
  tag: string | null;
  digest: string | null;
  /** True when the reference contains `$` (ARG substitution); parts may then be unreliable. */
  hasVariables: boolean;
  range: Span;
}

export type VarKind = 'arg' | 'env';

export interface VarDef {
  name: string;
  /** Value as written (unquoted); `null` for `ARG NAME` without default. */
  value: string | null;
  kind: VarKind;
  /** The defining instruction (`null` for the engine's built-in platform ARGs). */
  instruction: InstructionModel | null;
}

/** Variables visible when an instruction runs (before its own definitions take effect). */
export interface Scope {
  readonly args: ReadonlyMap<string, VarDef>;
  readonly env: ReadonlyMap<string, VarDef>;
  /** Defined as ARG or ENV (ENV wins, like Docker). */
  has(name: string): boolean;
  get(name: string): VarDef | undefined;
}

export interface Comment {
  /** Text after `#`, trimmed. */
  text: string;
  /** The whole line as written. */
  raw: string;
  range: Span;
  /** True for a parser directive at the top of the file (`# syntax=…`, `# escape=…`, `# check=…`). */
  directive: boolean;
}

export interface Directive {
  /** Lower-case name: `syntax`, `escape`, `check`. */
  name: string;
  value: string;
  range: Span;
}

export type ExecForm = 'exec' | 'shell' | 'none';

export interface InstructionModel {
  /** Index in `model.instructions` (for an ONBUILD trigger: the index of its ONBUILD). */
  index: number;
  /** Upper-case keyword: `RUN`, `FROM`… */
  keyword: string;
  /** Keyword as written: `run`, `From`… */
  written: string;
  range: Span;
  keywordRange: Span;
  /** The instruction's text exactly as in the file (continuations, heredoc bodies included). */
  raw: string;
  /** Flags (`--mount=…`, `--from=…`) in order. Only FROM/RUN/COPY/ADD/HEALTHCHECK have flags. */
  flags: FlagModel[];
  /** First flag with that name (no dashes), case-insensitive. */
  flag(name: string): FlagModel | undefined;
  /** All flags with that name (e.g. several `--mount`). */
  flagsNamed(name: string): FlagModel[];
  /** Arguments after the flags, split on whitespace as written (quotes kept; heredoc bodies excluded). */
  args: Token[];
  /** Arguments after the flags as ONE logical line: continuations and comment lines removed. */
  argsText: string;
  /** Range of the arguments after the flags (first line only when there are heredocs). */
  argsRange: Span | null;
  /** For each character of `argsText`, its 0-based offset in `model.text` (used to map positions). */
  argsOffsets: number[];
  /** RUN/CMD/ENTRYPOINT/SHELL/COPY/ADD/VOLUME/HEALTHCHECK: JSON array → 'exec', else 'shell'. Others 'none'. */
  form: ExecForm;
  /** Parsed JSON array of the exec form (for HEALTHCHECK: after `CMD`), else `null`. */
  exec: string[] | null;
  heredocs: HeredocModel[];
  /** ENV/ARG/LABEL key-value pairs. */
  properties: KeyValue[];
  /** ENV/LABEL written in the legacy `key value` form (no `=`). */
  legacyKeyValue: boolean;
  /** Lines (1-based) that are empty inside a line continuation (deprecated by BuildKit). */
  emptyContinuationLines: number[];
  /** Stage the instruction belongs to; `null` before the first FROM. */
  stage: StageModel | null;
  /** For an ONBUILD trigger: the wrapping ONBUILD instruction. */
  onbuild: InstructionModel | null;
  /** For an ONBUILD: its trigger instruction. */
  trigger: InstructionModel | null;
  /** The contiguous block of comment lines directly above this instruction. */
  commentsBefore: Comment[];
  /** Variables visible when this instruction runs. */
  scope: Scope;
  /** Escape hatch: the dockerfile-ast node. Prefer the model fields. */
  node: AstInstruction;
}

export interface StageModel {
  index: number;
  /** `AS` name as written, or `null`. */
  name: string | null;
  /** Lower-cased name (stage names are case-insensitive), or `null`. */
  nameLower: string | null;
  nameRange: Span | null;
  /** The `AS` keyword as written (for casing rules). */
  asKeyword: Token | null;
  from: InstructionModel;
  image: ImageRef | null;
  platform: FlagModel | undefined;
  /** Instructions of the stage, FROM first, in order (ONBUILD triggers not included). */
  instructions: InstructionModel[];
  /** Earlier stage this one is built FROM (`FROM builder`), else `null`. */
  parent: StageModel | null;
  /** Scope at the end of the stage (what a child stage inherits). */
  finalScope: Scope;
  range: Span;
}

export interface SyntaxError {
  message: Localized;
  range: Span;
}

export interface DockerfileModel {
  /** Text as parsed: BOM removed, CRLF/CR normalised to LF, NUL replaced by a space. */
  text: string;
  lines: string[];
  escapeChar: string;
  directives: Directive[];
  directive(name: string): Directive | undefined;
  /** All comment lines (directives included, flagged), in order. */
  comments: Comment[];
  /** Top-level instructions in order. */
  instructions: InstructionModel[];
  /** Top-level instructions and ONBUILD triggers, in order (trigger right after its ONBUILD). */
  allInstructions: InstructionModel[];
  stages: StageModel[];
  /** ARGs declared before the first FROM. */
  globalArgs: VarDef[];
  /** Scope seen by FROM lines (global ARGs + automatic platform ARGs). */
  globalScope: Scope;
  hasFrom: boolean;
  syntaxErrors: SyntaxError[];
  /** Stage by `AS` name (case-insensitive) among stages declared before `beforeIndex` (default: all). */
  stageByName(name: string, beforeIndex?: number): StageModel | undefined;
  /** Span from 0-based offsets in `text`. */
  spanOfOffsets(start: number, end: number): Span;
  /** 0-based offset in `text` of a 1-based line/column. */
  offsetOf(line: number, column: number): number;
}

/** ARGs BuildKit defines automatically in the global scope. */
export const AUTOMATIC_PLATFORM_ARGS: readonly string[] = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE',
];

/** Pre-defined ARGs usable without declaration (proxy variables and BuildKit's own). */
export const PREDEFINED_ARGS: readonly string[] = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
  'SOURCE_DATE_EPOCH',
  'BUILDKIT_SYNTAX',
  'BUILDKIT_CONTEXT_KEEP_GIT_DIR',
  'BUILDKIT_INLINE_CACHE',
  'BUILDKIT_MULTI_PLATFORM',
  'BUILDKIT_SANDBOX_HOSTNAME',
  'BUILDKIT_DOCKERFILE_CHECK',
];

export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

const EXEC_FORM_KEYWORDS = new Set([
  'RUN',
  'CMD',
  'ENTRYPOINT',
  'SHELL',
  'COPY',
  'ADD',
  'VOLUME',
  'HEALTHCHECK',
]);

/*
 * dockerfile-ast re-tokenises the instruction text on every getter call, and calls its own getters
 * many times per instruction (`getRawArguments` ~5×: from the JSON-form constructor, `getFlags`,
 * `getHeredocs`, `getArgumentsRange`…; `getTriggerInstruction` re-parses the trigger each time). A
 * parsed document never changes, so while `buildModel` runs those results are memoised per node.
 * Outside `buildModel` (e.g. a benchmark's parse-only baseline, or a rule using the `node` escape
 * hatch) the library behaves exactly as published. Arrays are copied on every call because
 * dockerfile-ast mutates them (`ModifiableInstruction.getArguments` shifts the flags off).
 */
let memoActive = false;
const MEMO = Symbol('camadas.memo');
type MemoNode = { [MEMO]?: Record<string, unknown> };
function memoise(proto: object, name: string, copyArray: boolean): void {
  const p = proto as Record<string, unknown>;
  const orig = p[name];
  if (typeof orig !== 'function' || (orig as { [MEMO]?: true })[MEMO]) return;
  const wrapped = function (this: MemoNode) {
    if (!memoActive) return orig.call(this);
    let m = this[MEMO];
    if (!m) {
      m = {};
      this[MEMO] = m;
    }
    let v = m[name];
    if (v === undefined) {
      v = orig.call(this);
      m[name] = v;
    }
    return copyArray && Array.isArray(v) ? v.slice() : v;
  };
  (wrapped as unknown as { [MEMO]: true })[MEMO] = true;
  p[name] = wrapped;
}
memoise(Instruction.prototype, 'getRawArguments', true);
memoise(Instruction.prototype, 'getHeredocs', true);
memoise(Onbuild.prototype, 'getTriggerInstruction', false);
installDockerfileAstShims(() => memoActive);

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/**
 * The variables of one stage (or the global ARGs), kept as a history per name: an ARG or ENV appends
 * to it and a scope is just (table, version), so a file of N definitions costs O(N) time and memory
 * instead of a copy of the whole map per definition (N² for a long list of ENV lines).
 * A child stage (`FROM builder`) reads through to its parent's final scope; a long chain of such
 * stages is flattened every MAX_CHAIN links so lookups stay cheap.
 */
class VarTable {
  private readonly history = new Map<string, { version: number; def: VarDef }[]>();
  version = 0;
  readonly depth: number;
  private readonly base: VarView | null;
  constructor(base: VarView | null) {
    if (base && base.table.depth >= MAX_CHAIN) {
      for (const [name, def] of base.map()) this.history.set(name, [{ version: 0, def }]);
      this.base = null;
      this.depth = 0;
    } else {
      this.base = base;
      this.depth = base ? base.table.depth + 1 : 0;
    }
  }
  set(name: string, def: VarDef): void {
    this.version++;
    const h = this.history.get(name);
    if (h) h.push({ version: this.version, def });
    else this.history.set(name, [{ version: this.version, def }]);
  }
  get(name: string, version: number): VarDef | undefined {
    const h = this.history.get(name);
    if (h && h[0].version <= version) {
      let lo = 0;
      let hi = h.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (h[mid].version <= version) lo = mid;
        else hi = mid - 1;
      }
      return h[lo].def;
    }
    return this.base?.get(name);
  }
  /** Every visible definition at `version`, in first-definition order (base first). */
  materialise(version: number): Map<string, VarDef> {
    const out = this.base ? new Map(this.base.map()) : new Map<string, VarDef>();
    for (const name of this.history.keys()) {
      const def = this.get(name, version);
      if (def && (this.history.get(name)?.[0].version ?? Infinity) <= version) out.set(name, def);
    }
    return out;
  }
  view(): VarView {
    return new VarView(this, this.version);
  }
}

const MAX_CHAIN = 32;

/** A table as it was at one version: what one instruction sees. */
class VarView {
  private cached: Map<string, VarDef> | undefined;
  constructor(
    readonly table: VarTable,
    readonly version: number,
  ) {}
  get(name: string): VarDef | undefined {
    return this.table.get(name, this.version);
  }
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
  map(): ReadonlyMap<string, VarDef> {
    this.cached ??= this.table.materialise(this.version);
    return this.cached;
  }
}

class Scoper implements Scope {
  constructor(
    private readonly argsView: VarView,
    private readonly envView: VarView,
  ) {}
  /** Materialised on first use (a few rules list the names); lookups go through `get`/`has`. */
  get args(): ReadonlyMap<string, VarDef> {
    return this.argsView.map();
  }
  get env(): ReadonlyMap<string, VarDef> {
    return this.envView.map();
  }
  has(name: string): boolean {
    return this.envView.has(name) || this.argsView.has(name);
  }
  get(name: string): VarDef | undefined {
    return this.envView.get(name) ?? this.argsView.get(name);
  }
  /** The views a child stage inherits. */
  views(): { args: VarView; env: VarView } {
    return { args: this.argsView, env: this.envView };
  }
}

const EMPTY_SCOPE: Scoper = new Scoper(new VarTable(null).view(), new VarTable(null).view());

/** Normalise text for parsing; positions stay the same except that a BOM is dropped. */
export function normalizeText(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\0')) text = text.replace(/\0/g, ' ');
  return text;
}

/** Parse a JSON array of strings the way Docker does for exec form; `null` when it is not one. */
export function parseExecForm(text: string): string[] | null {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return null;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // not JSON: shell form
  }
  return null;
}

/** Parse an image reference (`registry/name:tag@digest`). */
export function parseImageRef(raw: string, range: Span): ImageRef {
  let rest = raw;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1) || null;
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && !rest.slice(colon).includes('/')) {
    // a ':' inside `${VAR:-x}` is not a tag separator
    const before = rest.slice(0, colon);
    const opens = (before.match(/\$\{/g) ?? []).length;
    const closes = (before.match(/\}/g) ?? []).length;
    if (opens === closes) {
      tag = rest.slice(colon + 1);
      rest = before;
    }
  }
  return { raw, registry, name: rest, tag, digest, hasVariables: raw.includes('$'), range };
}

function unquote(s: string): string {
  if (s.length >= 2 && ((s[0] === '"' && s.endsWith('"')) || (s[0] === "'" && s.endsWith("'")))) {
    return s.slice(1, -1);
  }
  return s;
}

const DIRECTIVE_RE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;

export function buildModel(input: string): DockerfileModel {
  if (memoActive) return buildModelUnmemoised(input); // re-entrant call: the outer one restores the flag
  memoActive = true;
  try {
    return buildModelUnmemoised(input);
  } finally {
    memoActive = false;
  }
}

/** Line/offset arithmetic over the normalised text, shared by the model and its builder. */
class TextIndex {
  readonly lineStarts: number[];
  constructor(
    readonly text: string,
    readonly lines: string[],
  ) {
    const lineStarts: number[] = new Array(lines.length);
    let off = 0;
    for (let i = 0; i < lines.length; i++) {
      lineStarts[i] = off;
      off += lines[i].length + 1;
    }
    this.lineStarts = lineStarts;
  }
  offsetOf(line: number, column: number): number {
    const lines = this.lines;
    const l = Math.min(Math.max(line, 1), lines.length);
    return this.lineStarts[l - 1] + Math.min(Math.max(column - 1, 0), lines[l - 1].length);
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
  /** 0-based line of a 0-based offset. */
  lineOf(offset: number): number {
    const lineStarts = this.lineStarts;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  span(r: LspRange): Span {
    return {
      line: r.start.line + 1,
      column: r.start.character + 1,
      endLine: r.end.line + 1,
      endColumn: r.end.character + 1,
    };
  }
  offOf(p: { line: number; character: number }): number {
    return (this.lineStarts[p.line] ?? this.text.length) + p.character;
  }
  lineSpan(i: number): Span {
    return { line: i + 1, column: 1, endLine: i + 1, endColumn: this.lines[i].length + 1 };
  }
}

class Model implements DockerfileModel {
  readonly text: string;
  readonly lines: string[];
  readonly hasFrom: boolean;
  constructor(
    private readonly index: TextIndex,
    readonly escapeChar: string,
    readonly directives: Directive[],
    readonly comments: Comment[],
    readonly instructions: InstructionModel[],
    readonly allInstructions: InstructionModel[],
    readonly stages: StageModel[],
    readonly globalArgs: VarDef[],
    readonly globalScope: Scope,
    readonly syntaxErrors: SyntaxError[],
  ) {
    this.text = index.text;
    this.lines = index.lines;
    this.hasFrom = stages.length > 0;
  }
  directive(name: string): Directive | undefined {
    const n = name.toLowerCase();
    return this.directives.find((d) => d.name === n);
  }
  stageByName(name: string, beforeIndex?: number): StageModel | undefined {
    const key = name.toLowerCase();
    const stages = this.stages;
    const limit = beforeIndex ?? stages.length;
    for (let s = Math.min(limit, stages.length) - 1; s >= 0; s--) {
      if (stages[s].nameLower === key) return stages[s];
    }
    return undefined;
  }
  spanOfOffsets(start: number, end: number): Span {
    return this.index.spanOfOffsets(start, end);
  }
  offsetOf(line: number, column: number): number {
    return this.index.offsetOf(line, column);
  }
}

class Flag implements FlagModel {
  constructor(
    readonly name: string,
    readonly value: string | null,
    readonly range: Span,
    readonly nameRange: Span,
    readonly valueRange: Span | null,
    readonly options: KeyValue[],
  ) {}
  option(key: string): string | null | undefined {
    for (const o of this.options) if (o.key === key) return o.value;
    return undefined;
  }
}

function makeFlag(ti: TextIndex, f: AstFlag): FlagModel {
  const value = f.getValue();
  const valueRange = f.getValueRange();
  const options: KeyValue[] = [];
  if (value !== null && valueRange && valueRange.start.line === valueRange.end.line) {
    const base = ti.offOf(valueRange.start);
    let pos = 0;
    for (const part of value.split(',')) {
      const eq = part.indexOf('=');
      const key = (eq >= 0 ? part.slice(0, eq) : part).trim().toLowerCase();
      const v = eq >= 0 ? unquote(part.slice(eq + 1)) : null;
      const s = base + pos;
      options.push({
        key,
        value: v,
        range: ti.spanOfOffsets(s, s + part.length),
        keyRange: ti.spanOfOffsets(s, s + (eq >= 0 ? eq : part.length)),
        valueRange: eq >= 0 ? ti.spanOfOffsets(s + eq + 1, s + part.length) : null,
      });
      pos += part.length + 1;
    }
  }
  return new Flag(
    f.getName().toLowerCase(),
    value,
    ti.span(f.getRange()),
    ti.span(f.getNameRange()),
    valueRange ? ti.span(valueRange) : null,
    options,
  );
}

/** Flag name as asked by a rule (`mount`, `--mount`, `Mount`) → model name. */
function flagKey(name: string): string {
  return name.charCodeAt(0) === 45 /* - */ ? name.toLowerCase().replace(/^-+/, '') : name.toLowerCase();
}

interface Logical {
  text: string;
  map: number[];
  stop: number;
  emptyLines: number[];
}

/**
 * Logical text of [start, end) offsets: escaped newlines removed, comment and empty lines inside
 * continuations dropped; stops at the first unescaped newline. Also returns the offset map.
 */
function logicalLine(ti: TextIndex, escapeChar: string, start: number, end: number): Logical {
  const text = ti.text;
  let out = '';
  const map: number[] = [];
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
    if (ch === '\n') return { text: out, map, stop: i, emptyLines };
    // copy the run of ordinary characters up to the next escape or newline in one slice
    let k = i + 1;
    while (k < end) {
      const c = text[k];
      if (c === '\n' || c === escapeChar) break;
      k++;
    }
    out += k === i + 1 ? ch : text.slice(i, k);
    for (let m = i; m < k; m++) map.push(m);
    i = k;
  }
  return { text: out, map, stop: i, emptyLines };
}

class Instr implements InstructionModel {
  stage: StageModel | null = null;
  onbuild: InstructionModel | null = null;
  trigger: InstructionModel | null = null;
  commentsBefore: Comment[] = [];
  scope: Scope = EMPTY_SCOPE;
  constructor(
    readonly index: number,
    readonly keyword: string,
    readonly written: string,
    readonly range: Span,
    readonly keywordRange: Span,
    readonly raw: string,
    readonly flags: FlagModel[],
    readonly args: Token[],
    readonly argsText: string,
    readonly argsRange: Span | null,
    readonly argsOffsets: number[],
    readonly form: ExecForm,
    readonly exec: string[] | null,
    readonly heredocs: HeredocModel[],
    readonly properties: KeyValue[],
    readonly legacyKeyValue: boolean,
    readonly emptyContinuationLines: number[],
    readonly node: AstInstruction,
  ) {}
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
interface BuildState {
  ti: TextIndex;
  escapeChar: string;
  /** Lines covered by heredoc bodies (never comments). */
  heredocLines: Set<number>;
  syntaxErrors: SyntaxError[];
}

function buildInstruction(st: BuildState, node: AstInstruction, index: number): InstructionModel {
  const { ti, escapeChar, heredocLines, syntaxErrors } = st;
  const text = ti.text;
  const written = node.getInstruction();
  const keyword = written.toUpperCase();
  const r = node.getRange();
  const startOff = ti.offOf(r.start);
  const endOff = ti.offOf(r.end);
  const raw = text.slice(startOff, endOff);
  const anyNode = node as unknown as {
    getFlags?: () => AstFlag[];
    getHeredocs?: () => AstHeredoc[];
    getProperties?: () => AstProperty[];
    getProperty?: () => AstProperty | null;
  };
  const flags = typeof anyNode.getFlags === 'function' ? anyNode.getFlags().map((f) => makeFlag(ti, f)) : [];
  const astHeredocs = typeof anyNode.getHeredocs === 'function' ? anyNode.getHeredocs() : [];
  const heredocs: HeredocModel[] = astHeredocs.map((h) => {
    const marker = h.getStartRange();
    const markerText = text.slice(ti.offOf(marker.start), ti.offOf(marker.end));
    const content = h.getContentRange();
    let body = '';
    if (content) {
      body = text.slice(ti.offOf(content.start), ti.offOf(content.end));
      for (let l = content.start.line; l <= content.end.line; l++) heredocLines.add(l);
    }
    const delim = h.getDelimiterRange();
    if (delim) heredocLines.add(delim.start.line);
    else {
      // BuildKit rejects the file: the body runs to the end and the delimiter never comes.
      syntaxErrors.push({
        message: {
          'pt-BR': `heredoc <<${h.getName()} sem fim: falta uma linha só com "${h.getName()}" depois do corpo`,
          en: `unterminated heredoc <<${h.getName()}: a line with just "${h.getName()}" must follow the body`,
        },
        range: ti.span(marker),
      });
    }
    return {
      name: h.getName(),
      body,
      bodyRange: content ? ti.span(content) : null,
      markerRange: ti.span(marker),
      stripTabs: markerText.startsWith('<<-'),
      quoted: /^<<-?\s*["']/.test(markerText),
    };
  });

  // Where the arguments (after keyword and flags) begin.
  const kwRange = node.getInstructionRange();
  let argsStart = ti.offOf(kwRange.end);
  if (flags.length > 0) {
    const lastFlag = flags[flags.length - 1];
    argsStart = ti.offsetOf(lastFlag.range.endLine, lastFlag.range.endColumn);
  }
  const logical = logicalLine(ti, escapeChar, argsStart, endOff);
  // trim leading/trailing blanks of the logical args text, keeping the map in sync
  let a = 0;
  let b = logical.text.length;
  while (a < b && /\s/.test(logical.text[a])) a++;
  while (b > a && /\s/.test(logical.text[b - 1])) b--;
  const argsText = logical.text.slice(a, b);
  const argsRange = b > a ? ti.spanOfOffsets(logical.map[a], logical.map[b - 1] + 1) : null;

  // Arguments after flags, excluding heredoc body tokens.
  let args: Token[] = node.getArguments().map((x) => ({ value: x.getValue(), range: ti.span(x.getRange()) }));
  if (heredocs.length > 0) {
    const firstLine = r.start.line + 1;
    const stopLine = ti.lineOf(logical.stop) + 1;
    args = args.filter((t) => t.range.line >= firstLine && t.range.line <= stopLine);
  }

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
  const properties: KeyValue[] = [];
  let legacyKeyValue = false;
  if (keyword === 'ENV' || keyword === 'LABEL' || keyword === 'ARG') {
    let props: AstProperty[] = [];
    if (typeof anyNode.getProperties === 'function') props = anyNode.getProperties();
    else if (typeof anyNode.getProperty === 'function') {
      const p = anyNode.getProperty();
      if (p) props = [p];
    }
    for (const p of props) {
      // `ARG A B C` declares three ARGs (ARG has no legacy `name value` form); dockerfile-ast reads it
      // as `A` with the value `B C`, so split the property's text into its names/assignments again.
      if (keyword === 'ARG' && p.getAssignmentOperator() === null && p.getValue() !== null) {
        const r = p.getRange();
        const start = ti.offOf(r.start);
        const text = ti.text.slice(start, ti.offOf(r.end));
        for (const m of text.matchAll(/[^\s=]+(?:=\S*)?/g)) {
          if (m[0] === '\\' || m[0] === '`') continue; // a line continuation
          const s = start + (m.index ?? 0);
          const eq = m[0].indexOf('=');
          const key = eq < 0 ? m[0] : m[0].slice(0, eq);
          const value = eq < 0 ? null : m[0].slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2');
          properties.push({
            key,
            value,
            range: ti.spanOfOffsets(s, s + m[0].length),
            keyRange: ti.spanOfOffsets(s, s + key.length),
            valueRange: eq < 0 ? null : ti.spanOfOffsets(s + eq + 1, s + m[0].length),
          });
        }
        continue;
      }
      const vr = p.getValueRange();
      properties.push({
        key: p.getName(),
        value: p.getValue(),
        range: ti.span(p.getRange()),
        keyRange: ti.span(p.getNameRange()),
        valueRange: vr ? ti.span(vr) : null,
      });
      if (keyword !== 'ARG' && p.getAssignmentOperator() === null) legacyKeyValue = true;
    }
  }

  const inst = new Instr(
    index,
    keyword,
    written,
    ti.span(r),
    ti.span(kwRange),
    raw,
    flags,
    args,
    argsText,
    argsRange,
    logical.map.slice(a, b),
    form,
    exec,
    heredocs,
    properties,
    legacyKeyValue,
    logical.emptyLines,
    node,
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

/** Close a stage: its final scope (what a child stage inherits) and its range. */
function finishStage(stage: StageModel, scope: Scoper): void {
  stage.finalScope = scope;
  const last = stage.instructions[stage.instructions.length - 1];
  stage.range = {
    line: stage.from.range.line,
    column: stage.from.range.column,
    endLine: last.range.endLine,
    endColumn: last.range.endColumn,
  };
}

function buildModelUnmemoised(input: string): DockerfileModel {
  const text = normalizeText(input);
  const lines = text.split('\n');
  const ti = new TextIndex(text, lines);

  let ast: AstDockerfile;
  try {
    ast = DockerfileParser.parse(text);
  } catch (e) {
    return emptyModel(ti, e);
  }
  const escapeChar = ast.getEscapeCharacter() || '\\';

  // Parser directives: consecutive `# key=value` lines at the very top.
  const directives: Directive[] = [];
  const directiveLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const m = DIRECTIVE_RE.exec(lines[i].trim());
    if (!m) break;
    const name = m[1].toLowerCase();
    if (directives.some((d) => d.name === name)) break;
    directives.push({ name, value: m[2], range: ti.lineSpan(i) });
    directiveLines.add(i);
  }

  const astInstructions = ast.getInstructions();
  // Lines covered by heredoc bodies are never comments.
  const heredocLines = new Set<number>();
  const syntaxErrors: SyntaxError[] = [];

  const instructions: InstructionModel[] = [];
  const allInstructions: InstructionModel[] = [];
  const st: BuildState = { ti, escapeChar, heredocLines, syntaxErrors };

  for (let idx = 0; idx < astInstructions.length; idx++) {
    const node = astInstructions[idx];
    const inst = buildInstruction(st, node, idx);
    instructions.push(inst);
    allInstructions.push(inst);
    if (inst.keyword === 'ONBUILD') {
      const t = (
        node as unknown as { getTriggerInstruction?: () => AstInstruction | null }
      ).getTriggerInstruction?.();
      if (t) {
        const trig = buildInstruction(st, t, idx);
        trig.onbuild = inst;
        inst.trigger = trig;
        allInstructions.push(trig);
      } else {
        syntaxErrors.push({
          message: {
            'pt-BR': 'ONBUILD precisa de uma instrução',
            en: 'ONBUILD requires an instruction',
          },
          range: inst.keywordRange,
        });
      }
    }
  }

  // Comments: every line starting with `#` outside instructions and heredoc bodies.
  const instrLines = new Set<number>();
  for (const inst of instructions) {
    // the first line of an instruction is never a comment; continuation lines starting with #
    // are comments Docker strips, but they are not standalone comments either
    for (let l = inst.range.line; l <= inst.range.endLine; l++) instrLines.add(l - 1);
  }
  const comments: Comment[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (instrLines.has(i) || heredocLines.has(i)) continue;
    const t = lines[i].trimStart();
    if (!t.startsWith('#')) continue;
    comments.push({
      text: t.slice(1).trim(),
      raw: lines[i],
      range: ti.lineSpan(i),
      directive: directiveLines.has(i),
    });
  }
  // commentsBefore: contiguous comment lines directly above each instruction
  {
    const byLine = new Map<number, Comment>();
    for (const c of comments) byLine.set(c.range.line, c);
    for (const inst of instructions) {
      const block: Comment[] = [];
      for (let l = inst.range.line - 1; l >= 1; l--) {
        const c = byLine.get(l);
        if (!c) break;
        block.unshift(c);
      }
      inst.commentsBefore = block;
      if (inst.trigger) inst.trigger.commentsBefore = block;
    }
  }

  // Stages and scopes.
  const stages: StageModel[] = [];
  const globalArgs: VarDef[] = [];
  const globalArgs_ = new VarTable(null);
  for (const n of AUTOMATIC_PLATFORM_ARGS) {
    globalArgs_.set(n, { name: n, value: null, kind: 'arg', instruction: null });
  }
  const noEnv = new VarTable(null).view();
  let current: StageModel | null = null;
  let args = new VarTable(null);
  let env = new VarTable(null);
  let scope: Scoper = new Scoper(globalArgs_.view(), noEnv);
  let globalScope: Scope = scope;
  for (const inst of instructions) {
    if (inst.keyword === 'FROM') {
      if (current) finishStage(current, scope);
      if (!current) globalScope = new Scoper(globalArgs_.view(), noEnv);
      inst.scope = globalScope;
      const fromNode = inst.node as unknown as {
        getImageRange(): LspRange | null;
        getBuildStage(): string | null;
        getBuildStageRange(): LspRange | null;
      };
      const imgRange = fromNode.getImageRange();
      const image = imgRange
        ? parseImageRef(text.slice(ti.offOf(imgRange.start), ti.offOf(imgRange.end)), ti.span(imgRange))
        : null;
      const name = fromNode.getBuildStage();
      const nameRange = fromNode.getBuildStageRange();
      let asKeyword: Token | null = null;
      if (name !== null) {
        const asTok = inst.args.find((t) => t.value.toLowerCase() === 'as');
        if (asTok) asKeyword = asTok;
      }
      const nameLower = name === null ? null : name.toLowerCase();
      let parent: StageModel | null = null;
      if (image && !image.hasVariables && image.registry === null && image.tag === null && !image.digest) {
        const key = image.name.toLowerCase();
        for (let s = stages.length - 1; s >= 0; s--) {
          if (stages[s].nameLower === key) {
            parent = stages[s];
            break;
          }
        }
      }
      const stage: StageModel = {
        index: stages.length,
        name,
        nameLower,
        nameRange: nameRange ? ti.span(nameRange) : null,
        asKeyword,
        from: inst,
        image,
        platform: inst.flag('platform'),
        instructions: [inst],
        parent,
        finalScope: EMPTY_SCOPE,
        range: inst.range,
      };
      stages.push(stage);
      current = stage;
      inst.stage = stage;
      const inherited = parent ? (parent.finalScope as Scoper).views() : null;
      args = new VarTable(inherited?.args ?? null);
      env = new VarTable(inherited?.env ?? null);
      scope = new Scoper(args.view(), env.view());
      continue;
    }
    if (current) {
      current.instructions.push(inst);
      inst.stage = current;
      if (inst.trigger) inst.trigger.stage = current;
    }
    inst.scope = scope;
    if (inst.trigger) inst.trigger.scope = scope;
    if (inst.keyword === 'ARG') {
      if (!current) {
        for (const p of inst.properties) {
          const def: VarDef = { name: p.key, value: p.value, kind: 'arg', instruction: inst };
          globalArgs_.set(p.key, def);
          globalArgs.push(def);
        }
        scope = new Scoper(globalArgs_.view(), noEnv);
      } else {
        for (const p of inst.properties) {
          const inherited = globalArgs_.get(p.key, globalArgs_.version);
          args.set(p.key, {
            name: p.key,
            value: p.value ?? (inherited ? inherited.value : null),
            kind: 'arg',
            instruction: inst,
          });
        }
        scope = new Scoper(args.view(), env.view());
      }
    } else if (inst.keyword === 'ENV') {
      for (const p of inst.properties) {
        env.set(p.key, { name: p.key, value: p.value, kind: 'env', instruction: inst });
      }
      scope = new Scoper(current ? args.view() : globalArgs_.view(), env.view());
    }
  }
  if (current) finishStage(current, scope);

  return new Model(
    ti,
    escapeChar,
    directives,
    comments,
    instructions,
    allInstructions,
    stages,
    globalArgs,
    globalScope,
    syntaxErrors,
  );
}

function emptyModel(ti: TextIndex, error: unknown): DockerfileModel {
  const msg = error instanceof Error ? error.message : String(error);
  const syntaxError: SyntaxError = {
    message: {
      'pt-BR': `Não foi possível analisar o Dockerfile: ${msg}`,
      en: `Cannot parse the Dockerfile: ${msg}`,
    },
    range: { line: 1, column: 1, endLine: 1, endColumn: (ti.lines[0]?.length ?? 0) + 1 },
  };
  return new Model(ti, '\\', [], [], [], [], [], [], EMPTY_SCOPE, [syntaxError]);
}
