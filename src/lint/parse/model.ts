/**
 * The Dockerfile model rules read: instructions, stages, variables and scopes, comments, directives.
 * Conventions: every `Span` is 1-based with an exclusive end column (see types.ts). Keywords are
 * upper-cased in `keyword` and kept as written in `written`.
 */
import type { Localized } from '../types';

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
  flags: readonly FlagModel[];
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
  /** `argsOffsets[k]` without building the array (the shell model maps its words with it). */
  argsOffset(k: number): number;
  /** RUN/CMD/ENTRYPOINT/SHELL/COPY/ADD/VOLUME/HEALTHCHECK: JSON array → 'exec', else 'shell'. Others 'none'. */
  form: ExecForm;
  /** Parsed JSON array of the exec form (for HEALTHCHECK: after `CMD`), else `null`. */
  exec: string[] | null;
  heredocs: readonly HeredocModel[];
  /** ENV/ARG/LABEL key-value pairs. */
  properties: readonly KeyValue[];
  /** ENV/LABEL written in the legacy `key value` form (no `=`). */
  legacyKeyValue: boolean;
  /** Lines (1-based) that are empty inside a line continuation (deprecated by BuildKit). */
  emptyContinuationLines: readonly number[];
  /** Stage the instruction belongs to; `null` before the first FROM. */
  stage: StageModel | null;
  /** For an ONBUILD trigger: the wrapping ONBUILD instruction. */
  onbuild: InstructionModel | null;
  /** For an ONBUILD: its trigger instruction. */
  trigger: InstructionModel | null;
  /** The contiguous block of comment lines directly above this instruction. */
  commentsBefore: readonly Comment[];
  /** Variables visible when this instruction runs. */
  scope: Scope;
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
