/**
 * The shell model rules see: the simple commands of a RUN (or CMD, ENTRYPOINT, HEALTHCHECK) script,
 * with their words, operators, pipelines, enclosing constructs and redirections, mapped back to
 * Dockerfile positions. Built by `buildShellScript` (script.ts).
 */
import type { Span } from '../parse';

export interface ShellWord {
  /** Value with quotes removed and escapes resolved; expansions (`$X`, `$(…)`) kept as written. */
  value: string;
  /** Text as written in the Dockerfile. */
  raw: string;
  /** True when the value is fully static (no `$…`, no backquotes, no globbing by expansion). */
  literal: boolean;
  range: Span;
}

export type ShellOperator = '&&' | '||' | '|' | '|&' | ';' | '&' | '\n';

export type ShellContext = 'subshell' | 'cmdsubst' | 'block' | 'if' | 'loop' | 'case' | 'function';

export interface ShellAssign {
  name: string;
  value: string | null;
  range: Span;
}

export interface ShellCommand {
  /** Command name (`apt-get`); for a dynamic name (`$CMD`) the raw text. */
  name: string;
  nameWord: ShellWord;
  /** Words after the name. */
  args: ShellWord[];
  /** `args.map(a => a.value)`. */
  argv: string[];
  /** `FOO=bar cmd` prefix assignments. */
  assigns: readonly ShellAssign[];
  range: Span;
  /** Position in `script.commands` (source order). */
  index: number;
  /** Operator that joins this command to the one before it (`&&`, `;`, `|`…), `null` if first. */
  prevOp: ShellOperator | null;
  /** Operator that joins it to the next command, `null` if last. */
  nextOp: ShellOperator | null;
  /** Commands joined by `|` share a pipeline id; `null` when not in a pipeline. */
  pipeline: number | null;
  /** Enclosing constructs, innermost last (`['subshell']` for `(cd x && make)`). */
  context: ShellContext[];
  /** Name of the RUN heredoc whose body this command comes from, else `null`. */
  heredoc: string | null;
  /** Redirections of the statement (`>`, `2>&1`…): operator and target as written. */
  redirects: readonly { op: string; target: string }[];
}

export interface ShellScript {
  /** The shell source that was parsed (logical line; heredoc bodies follow on their own lines). */
  source: string;
  /** True when mvdan-sh parsed it; false when the fallback tokenizer was used. */
  parsed: boolean;
  /** mvdan-sh's error message when `parsed` is false. */
  error: string | null;
  /** Every simple command, in source order, including those in subshells, `$(…)`, if/for bodies. */
  commands: ShellCommand[];
  /** True when at least one `|` pipe exists. */
  hasPipes: boolean;
  /** Commands whose name (or basename, `/usr/bin/apt-get` → `apt-get`) is one of `names`. */
  commandsNamed(...names: string[]): ShellCommand[];
  /** Whether any command has one of these names. */
  has(...names: string[]): boolean;
}

/** A piece of shell source and, for each character, its offset in `model.text`. */
export interface ShellSource {
  text: string;
  offsets: number[];
  heredoc: string | null;
}
