/**
 * Public types of the Camadas lint engine.
 *
 * Positions are 1-based. `endColumn` is exclusive: it points just past the last character of the range
 * (like unist/vfile points), so a one-character token at column 5 has `column: 5, endColumn: 6`.
 * All positions refer to the linted text as given (a leading BOM is not counted; CRLF counts as one
 * line break).
 */
import type { Command } from './commands/layer';
import type { Config, ResolvedConfig } from './config';
import type { DockerfileModel, InstructionModel, Span, StageModel } from './parse';
import type { HadolintPragma, ShellPragma } from './pragmas';
import type { ShellScript } from './shell';

export type Locale = 'pt-BR' | 'en';
export const LOCALES: readonly Locale[] = ['pt-BR', 'en'];

export type Severity = 'error' | 'warning' | 'info' | 'style';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];

export type Localized = Record<Locale, string>;

export type RuleOrigin = 'hadolint' | 'buildkit' | 'camadas';

export interface Diagnostic {
  /** Primary id: the BuildKit name for an overlapped pair, else the rule id. */
  rule: string;
  /** Other ids naming the same check (hadolint ids of an overlapped pair); `[]` when none. */
  aliases: string[];
  severity: Severity;
  /** Message in the requested locale. */
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `/docs/rules/<ID>` (pt-BR) or `/en/docs/rules/<ID>` (en). */
  url: string;
  /** A safe fix, when the rule knows one that is unambiguous (see `Fix`). */
  fix?: Fix;
}

/**
 * Replace the text between two points of the linted text (same coordinates as a `Diagnostic`:
 * 1-based, `endColumn` exclusive) with `text`. An empty range inserts.
 */
export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/**
 * A safe fix: edits that, applied together, make this finding go away and change nothing else about
 * the file's meaning. Edits of one fix never overlap; consumers (CLI `--fix`, the playground) skip a
 * fix whose edits overlap an already applied one and lint again.
 */
export interface Fix {
  edits: TextEdit[];
}

export type MessageParams = Record<string, string | number>;

/**
 * Anything a rule can point a finding at: a `Span`, or any model object with a `range` (instruction,
 * stage, token, flag, key-value, image, comment, shell word, shell command…).
 */
export type ReportTarget = Span | { readonly range: Span };

export interface RuleExamples {
  /** Each must make this rule fire (default config). */
  bad: string[];
  /** Each must produce no finding at all, from any rule (default config). */
  good: string[];
}

export interface Rule<M extends string = string> {
  /** `DL3006`, `WorkdirRelativePath`, `CAM001`… For an overlapped pair: the BuildKit name. */
  id: string;
  /** Other ids naming the same check (e.g. `['DL3000']`). Work in pragmas, config and `check=skip`. */
  aliases?: string[];
  /** Default severity; `'off'` = opt-in (runs only when enabled by config override or `includeOff`). */
  severity: Severity | 'off';
  origin: RuleOrigin;
  title: Localized;
  /** Message templates with `{placeholder}`s, keyed by message key. */
  messages: Record<M, Localized>;
  rationale: Localized;
  /**
   * What the rule's safe fix does, when it has one (`camadas lint --fix`, the playground). Shown on the
   * rule page; the fix property test checks that every rule declaring it fixes a bad example.
   */
  fix?: Localized;
  /** Where Camadas deliberately disagrees with the reference linter. */
  differsFrom?: Localized;
  /** `'whole-file'` rules are skipped for fragments (snippets without FROM). */
  scope: 'instruction' | 'whole-file';
  /** Acts only when the config provides what it needs (trustedRegistries, label-schema…). */
  needsConfig?: boolean;
  /** BuildKit experimental check: off unless enabled by `# check=experimental=…` or config. */
  experimental?: boolean;
  examples: RuleExamples;
  /**
   * Config under which `examples` are linted (tests, docs, playground), for `needsConfig` rules whose
   * examples mean nothing under the default config (e.g. `{ 'label-schema': { … } }`). Default: none.
   */
  examplesConfig?: Config;
  /**
   * Content of the .dockerignore under which `examples` are linted (tests, docs, playground), for
   * rules that read `ctx.dockerignore` (CopyIgnoredFile). Default: none.
   */
  examplesDockerignore?: string;
  /**
   * The Dockerfile guide pages this rule concerns: upper-case instruction keywords (`'HEALTHCHECK'`)
   * or guide topics (`'file'`, `'variables'`, `'shell-and-exec-form'`, `'dockerignore'`). Optional:
   * by default `ruleInstructions` (rule-instructions.ts) derives them from the instructions the bad
   * examples are reported on; set it only where that would be incomplete or misleading. Documentation
   * only: it never changes what the rule checks.
   */
  instructions?: readonly string[];
  check(ctx: RuleContext<M>): void;
}

/**
 * What a rule sees. Everything is computed once per lint and shared by all rules; shell ASTs are
 * parsed lazily (first `ctx.shell(instr)` call) and cached.
 */
export interface RuleContext<M extends string = string> {
  /** The full model (see parse.ts). */
  readonly model: DockerfileModel;
  /** Top-level instructions in file order (ONBUILD triggers are NOT in this list; see `onbuild`). */
  readonly instructions: readonly InstructionModel[];
  readonly stages: readonly StageModel[];
  /** True when linting a snippet without FROM (whole-file rules are not run then). */
  readonly fragment: boolean;
  readonly locale: Locale;
  /** Resolved configuration (trusted registries, label schema…). */
  readonly config: ResolvedConfig;
  /** Content of the .dockerignore handed to the engine, if any. */
  readonly dockerignore: string | undefined;
  /** Build args (`--build-arg`), if any were given. */
  readonly buildArgs: Readonly<Record<string, string>>;
  /** Parsed `# hadolint ignore=…` pragmas (for DL1001). */
  readonly ignorePragmas: readonly HadolintPragma[];
  /** Parsed `# hadolint shell=…` pragmas. */
  readonly shellPragmas: readonly ShellPragma[];

  /**
   * Instructions with one of the given keywords (upper-case), in file order. With `{onbuild: true}`
   * the triggers of `ONBUILD` are included too (e.g. `ONBUILD RUN …` as a RUN, with its own positions,
   * `instr.onbuild` pointing at the wrapping ONBUILD).
   */
  instructionsOf(
    keywords: string | readonly string[],
    opts?: { onbuild?: boolean },
  ): readonly InstructionModel[];
  /**
   * Shell model of a shell-form RUN (or of a RUN heredoc whose body is a shell script; or of a
   * shell-form CMD/ENTRYPOINT/HEALTHCHECK CMD). `null` for exec form and other instructions.
   * Parsed on first call and cached.
   */
  shell(instr: InstructionModel): ShellScript | null;
  /**
   * The command layer: the simple commands of a RUN (shell or exec form, heredoc scripts, an ONBUILD
   * trigger), in source order, seen through `sudo`/`env`/`xargs`/`nice`/`timeout`… and into
   * `sh -c '…'`, each with its tool name and flags read by the tool's flag table
   * (src/lint/commands/). With `tools`, only the commands of those tools (`'apt-get'`, `'pip'`…).
   * `[]` for other instructions. Built on first call and cached for the lint.
   */
  commands(instr: InstructionModel, ...tools: string[]): readonly Command[];
  /**
   * Report a finding of this rule at `target`, with the message `key` and its placeholders.
   * `options.aliases`: the aliases this finding carries, when only some of the rule's aliases name
   * what was found (MultipleInstructionsDisallowed: a duplicate CMD → `['DL4003']`). Ids that are not
   * aliases of the rule are dropped. Suppression (pragmas, config, `check=skip`) still honours every id
   * of the rule.
   */
  // A property (not a method) so that its parameter is checked contravariantly: a `RuleContext<'a'>`
  // cannot pass for a `RuleContext<string>`, so no helper can report a key the rule does not define.
  readonly report: (target: ReportTarget, key: M, params?: MessageParams, options?: ReportOptions) => void;
}

/**
 * What a helper of several rules may read: the context without `report` (a helper that reports takes
 * `RuleContext<M>` and the key as `M`, so it can only report a key of the calling rule).
 */
export type RuleView = Omit<RuleContext, 'report'>;

export interface ReportOptions {
  /** Subset of the rule's aliases this finding carries (default: all of them). */
  aliases?: string[];
  /** The safe fix of this finding, if one is unambiguous. */
  fix?: Fix;
}

export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
