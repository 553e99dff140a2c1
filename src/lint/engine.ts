/**
 * `lint(text, options) → Diagnostic[]`: parse once, run the rules, apply pragmas and config, sort.
 * Never throws.
 *
 * Engine-level ids (they have no rule file; see ENGINE_DIAGNOSTICS for their bilingual docs):
 * - `DL1000` (error): the Dockerfile cannot be parsed (unknown instruction, missing arguments…) —
 *   hadolint's id for parse errors. Rules still run on what could be parsed.
 * - `CAM000` (error): a rule threw; the message names the rule. Always a bug in the rule.
 * - `CAM900` (warning): malformed or unknown-id `# hadolint …` pragma / `# check=` directive.
 * - `CAM901` (error): invalid configuration (reported by `parseConfig`, positions in the YAML).
 * Rule authors: ids CAM000 and CAM900–CAM999 are reserved for the engine.
 */

import { buildCommands, type Command } from './commands/layer';
import { type Config, effectiveSeverity, type ResolvedConfig, resolveConfig } from './config';
import { buildModel, type DockerfileModel, type InstructionModel, KNOWN_KEYWORDS, type Span } from './parse';
import { collectPragmas } from './pragmas';
import { rules as registeredRules } from './rules/index';
import { buildShellScript, nonPosixShellInstructions, type ShellScript } from './shell';
import type {
  Diagnostic,
  Fix,
  Locale,
  Localized,
  MessageParams,
  ReportOptions,
  ReportTarget,
  Rule,
  RuleContext,
  Severity,
} from './types';

export interface LintOptions {
  locale?: Locale;
  config?: Config;
  /** `'auto'` (default): a text without FROM is a fragment. */
  fragment?: boolean | 'auto';
  /** Content of the .dockerignore (for CopyIgnoredFile). */
  dockerignore?: string;
  /** Build args (`--build-arg`); `BUILDKIT_DOCKERFILE_CHECK` overrides the `# check=` directive. */
  buildArgs?: Record<string, string>;
  /** Run rules whose default severity is 'off' (they then report with severity 'info'). */
  includeOff?: boolean;
  /** Rules to run (default: all registered rules). */
  rules?: readonly Rule[];
}

export const SYNTAX_ERROR_ID = 'DL1000';
export const INTERNAL_ERROR_ID = 'CAM000';
export const PRAGMA_ERROR_ID = 'CAM900';

export interface EngineDiagnosticInfo {
  id: string;
  severity: Severity;
  title: Localized;
  rationale: Localized;
}

export const ENGINE_DIAGNOSTICS: readonly EngineDiagnosticInfo[] = [
  {
    id: SYNTAX_ERROR_ID,
    severity: 'error',
    title: { 'pt-BR': 'Erro de sintaxe no Dockerfile', en: 'Dockerfile syntax error' },
    rationale: {
      'pt-BR':
        'O Docker recusa o arquivo antes de construir qualquer camada: instrução desconhecida, instrução sem argumentos, ONBUILD vazio, heredoc sem fim, arquivo vazio ou só de comentários.',
      en: 'Docker rejects the file before building any layer: unknown instruction, instruction without arguments, empty ONBUILD, unterminated heredoc, a file that is empty or only comments.',
    },
  },
  {
    id: INTERNAL_ERROR_ID,
    severity: 'error',
    title: { 'pt-BR': 'Erro interno de uma regra', en: 'Internal rule error' },
    rationale: {
      'pt-BR':
        'Uma regra do Camadas falhou ao analisar este texto. É um defeito da regra, não do seu Dockerfile.',
      en: 'A Camadas rule failed while analysing this text. It is a bug in the rule, not in your Dockerfile.',
    },
  },
  {
    id: PRAGMA_ERROR_ID,
    severity: 'warning',
    title: { 'pt-BR': 'Pragma ou diretiva check inválidos', en: 'Invalid pragma or check directive' },
    rationale: {
      'pt-BR':
        'Um comentário `# hadolint …` ou `# check=…` malformado, ou com id de regra desconhecido, não suprime nada — e isso passaria despercebido.',
      en: 'A malformed `# hadolint …` or `# check=…` comment, or one naming an unknown rule id, suppresses nothing — silently.',
    },
  },
  {
    id: 'CAM901',
    severity: 'error',
    title: { 'pt-BR': 'Configuração inválida', en: 'Invalid configuration' },
    rationale: {
      'pt-BR':
        'Uma chave da configuração (.hadolint.yaml) é desconhecida ou tem um valor do tipo errado; ela foi ignorada.',
      en: 'A configuration key (.hadolint.yaml) is unknown or has a value of the wrong type; it was ignored.',
    },
  },
];

export function ruleUrl(id: string, locale: Locale): string {
  return locale === 'en' ? `/en/docs/rules/${id}` : `/docs/rules/${id}`;
}

/** Replace `{name}` placeholders. Unknown placeholders are left as written. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  let at = template.indexOf('{');
  if (at < 0) return template;
  // `{name}` with `name` of word characters (`\w+`), read by hand: a regular expression with a
  // callback cost more than the rest of the formatting, for every finding in every locale.
  let out = '';
  let from = 0;
  while (at >= 0) {
    let j = at + 1;
    while (j < template.length && isWordChar(template.charCodeAt(j))) j++;
    if (j > at + 1 && template.charCodeAt(j) === 125 /* } */) {
      const k = template.slice(at + 1, j);
      if (k in params) {
        out += template.slice(from, at) + String(params[k]);
        from = j + 1;
      }
      at = template.indexOf('{', j + 1);
    } else at = template.indexOf('{', at + 1);
  }
  return from === 0 ? template : out + template.slice(from);
}

/** `[A-Za-z0-9_]`: the characters of a placeholder name. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function spanOfTarget(t: ReportTarget): Span {
  return 'range' in t ? t.range : t;
}

interface RawFinding {
  rule: Rule;
  span: Span;
  /** Message template in every locale and its parameters (formatted only for the locales asked for). */
  message: Localized;
  params: MessageParams | undefined;
  /** Aliases carried by this finding (`report`'s `options.aliases`); `undefined` = all of the rule's. */
  aliases?: string[];
  fix?: Fix;
}

/** The ids a rule answers to: its id and aliases. */
export function ruleIds(rule: Rule): readonly string[] {
  let ids = ruleIdsCache.get(rule);
  if (!ids) {
    ids = rule.aliases?.length ? [rule.id, ...rule.aliases] : [rule.id];
    ruleIdsCache.set(rule, ids);
  }
  return ids;
}
/** Per rule object (rules are static: their id and aliases never change once registered). */
const ruleIdsCache = new WeakMap<Rule, readonly string[]>();

/** A diagnostic before localisation: the message in every locale. */
interface PendingDiagnostic {
  rule: string;
  aliases: string[];
  severity: Severity;
  /** Template per locale; `params` fill its placeholders. */
  message: Localized;
  params?: MessageParams;
  span: Span;
  fix?: Fix;
}

function internalError(e: unknown): PendingDiagnostic {
  const msg = e instanceof Error ? e.message : String(e);
  return {
    rule: INTERNAL_ERROR_ID,
    aliases: [],
    severity: 'error',
    message: { 'pt-BR': `Erro interno do motor: ${msg}`, en: `Internal engine error: ${msg}` },
    span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
  };
}

/** Localise, drop exact duplicates (same rule, span and message in that locale), sort. */
function localise(pending: readonly PendingDiagnostic[], locale: Locale): Diagnostic[] {
  const all: Diagnostic[] = [];
  for (const p of pending) {
    const message = p.params ? formatMessage(p.message[locale], p.params) : p.message[locale];
    const s = p.span;
    all.push({
      rule: p.rule,
      aliases: [...p.aliases],
      severity: p.severity,
      message,
      line: s.line,
      column: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn,
      url: ruleUrl(p.rule, locale),
      ...(p.fix ? { fix: p.fix } : {}),
    });
  }
  // a stable sort: findings of one rule at one position keep the order they were reported in
  all.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  // Exact duplicates share line, column and rule, so they sort into the same run: compare within it
  // (no key string per finding). The first of each set is kept, where it was.
  const out: Diagnostic[] = [];
  let run = 0;
  for (const d of all) {
    const first = out[run];
    if (first === undefined || first.line !== d.line || first.column !== d.column || first.rule !== d.rule) {
      run = out.length;
      out.push(d);
      continue;
    }
    let duplicate = false;
    for (let k = run; k < out.length; k++) {
      const o = out[k];
      if (o.endLine === d.endLine && o.endColumn === d.endColumn && o.message === d.message) {
        duplicate = true;
        break;
      }
    }
    if (!duplicate) out.push(d);
  }
  return out;
}

export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  const locale: Locale = options.locale === 'en' ? 'en' : 'pt-BR';
  let pending: PendingDiagnostic[];
  try {
    pending = lintUnsafe(String(text ?? ''), options, locale).pending;
  } catch (e) {
    pending = [internalError(e)]; // last resort: the engine itself failed (never expected)
  }
  return localise(pending, locale);
}

/**
 * `lint()` in every locale from ONE parse and rule run (the build gate lints each snippet for pt-BR and
 * en). `lintAllLocales(t, o)[l]` equals `lint(t, { ...o, locale: l })` for every locale `l`: messages are
 * kept as bilingual templates and localised at the end. Rules do not read `ctx.locale` (the engine
 * localises); should one ever do so, this falls back to one run per locale. `options.locale` is ignored.
 */
export function lintAllLocales(text: string, options: LintOptions = {}): Record<Locale, Diagnostic[]> {
  let pending: PendingDiagnostic[];
  try {
    const r = lintUnsafe(String(text ?? ''), options, 'pt-BR');
    if (r.localeRead) {
      return { 'pt-BR': localise(r.pending, 'pt-BR'), en: lint(text, { ...options, locale: 'en' }) };
    }
    pending = r.pending;
  } catch (e) {
    pending = [internalError(e)];
  }
  return { 'pt-BR': localise(pending, 'pt-BR'), en: localise(pending, 'en') };
}

/**
 * The largest text `lint()` checks: 4 MiB and 200 000 lines (a real Dockerfile is a few kB; the
 * benchmark runs 100 000 instructions in linear time). Above it the engine refuses with one DL1000 at
 * the first line past the limit instead of running out of memory.
 */
export const MAX_TEXT_LENGTH = 4 * 1024 * 1024;
export const MAX_LINES = 200_000;

/** The refusal for an oversized text, or null. Counts lines without splitting the whole text. */
function sizeRefusal(text: string): PendingDiagnostic | null {
  // fewer characters than MAX_LINES: too few newlines to pass the line limit, and under the size limit
  if (text.length < MAX_LINES) return null;
  let line = 1;
  let index = -1;
  for (;;) {
    const next = text.indexOf('\n', index + 1);
    if (next < 0 || next >= MAX_TEXT_LENGTH) break;
    index = next;
    line++;
    if (line > MAX_LINES) break;
  }
  if (text.length <= MAX_TEXT_LENGTH && line <= MAX_LINES) return null;
  const params = { lines: MAX_LINES.toLocaleString('en').replace(/,/g, ' '), mib: MAX_TEXT_LENGTH / 1048576 };
  return {
    rule: SYNTAX_ERROR_ID,
    aliases: [],
    severity: 'error',
    message: {
      'pt-BR':
        'arquivo grande demais para verificar: o limite é {mib} MiB e {lines} linhas; nada foi verificado',
      en: 'file too large to check: the limit is {mib} MiB and {lines} lines; nothing was checked',
    },
    params,
    span: {
      line: Math.min(line, MAX_LINES + 1),
      column: 1,
      endLine: Math.min(line, MAX_LINES + 1),
      endColumn: 1,
    },
  };
}

function lintUnsafe(
  text: string,
  options: LintOptions,
  locale: Locale,
): { pending: PendingDiagnostic[]; localeRead: boolean } {
  const refusal = sizeRefusal(text);
  if (refusal) return { pending: [refusal], localeRead: false };
  const rules = options.rules ?? registeredRules;
  const config: ResolvedConfig = resolveConfig(options.config);
  const model: DockerfileModel = buildModel(text);
  const fragment =
    options.fragment === undefined || options.fragment === 'auto' ? !model.hasFrom : options.fragment;
  const buildArgs = options.buildArgs ?? {};

  const knownIds = options.rules ? new Set(registeredIds()) : registeredIds();
  if (options.rules) for (const r of rules) for (const id of ruleIds(r)) knownIds.add(id);

  const pragmas = collectPragmas(model, {
    knownIds,
    disableIgnorePragma: config.disableIgnorePragma,
    buildArgs,
  });

  const out: PendingDiagnostic[] = [];
  for (const e of model.syntaxErrors) {
    out.push({ rule: SYNTAX_ERROR_ID, aliases: [], severity: 'error', message: e.message, span: e.range });
  }
  if (!fragment && model.instructions.length === 0) {
    // BuildKit: "file with no instructions" (an empty file, or only comments and blank lines).
    const first = Math.max(1, model.lines.findIndex((l) => l.trim() !== '') + 1);
    out.push({
      rule: SYNTAX_ERROR_ID,
      aliases: [],
      severity: 'error',
      message: {
        'pt-BR':
          'o Dockerfile não tem nenhuma instrução (o Docker recusa um arquivo vazio ou só de comentários)',
        en: 'the Dockerfile has no instructions (Docker rejects a file that is empty or only comments)',
      },
      span: { line: first, column: 1, endLine: first, endColumn: (model.lines[first - 1]?.length ?? 0) + 1 },
    });
  }
  for (const p of pragmas.problems) {
    out.push({ rule: PRAGMA_ERROR_ID, aliases: [], severity: 'warning', message: p.message, span: p.range });
  }

  const ctx = new Context(model, fragment, locale, config, options.dockerignore, buildArgs, pragmas);
  const raw = ctx.raw;
  const noIgnored = config.ignored.size === 0;
  const noOverrides = config.severityOverrides.size === 0;
  const idsList = rules === registeredRules ? registeredRuleIds() : rules.map(ruleIds);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    const ids = idsList[r];
    if (!noIgnored && anyIn(ids, config.ignored)) continue;
    const severity = noOverrides ? rule.severity : effectiveSeverity(ids, rule.severity, config);
    if (severity === 'off' && !options.includeOff) continue;
    if (
      rule.experimental &&
      !pragmas.experimentalEnabled(ids) &&
      (noOverrides || !anyIn(ids, config.severityOverrides))
    ) {
      continue;
    }
    if (rule.scope === 'whole-file' && fragment) continue;
    if (!rule.experimental && pragmas.skipAll) continue; // `# check=skip=all`
    ctx.rule = rule;
    try {
      rule.check(ctx);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      out.push({
        rule: INTERNAL_ERROR_ID,
        aliases: [],
        severity: 'error',
        message: { 'pt-BR': `A regra ${rule.id} falhou: ${msg}`, en: `Rule ${rule.id} failed: ${msg}` },
        span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      });
    }
  }

  for (const f of raw) {
    const ids = ruleIds(f.rule);
    if (pragmas.isSuppressed(ids, f.span.line, f.rule.experimental === true)) continue;
    let severity = effectiveSeverity(ids, f.rule.severity, config);
    if (severity === 'off') severity = 'info';
    if (pragmas.check.error) severity = 'error'; // `# check=error=true`
    out.push({
      rule: f.rule.id,
      aliases: f.aliases ?? f.rule.aliases ?? [],
      severity,
      message: f.message,
      params: f.params,
      span: f.span,
      ...(f.fix ? { fix: f.fix } : {}),
    });
  }
  return { pending: out, localeRead: ctx.localeRead };
}

function anyIn(ids: readonly string[], set: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  for (const id of ids) if (set.has(id)) return true;
  return false;
}

const NO_INSTRUCTIONS: readonly InstructionModel[] = [];

function isKnownKeyword(k: string): boolean {
  return KNOWN_KEYWORDS.has(k);
}

/**
 * The instructions of one keyword. Index keys are upper-case: a known (hence upper-case) keyword is
 * looked up as given, without building an upper-cased copy (most lookups, and most of them miss).
 */
function keywordList(index: Map<string, InstructionModel[]>, keyword: string): readonly InstructionModel[] {
  const l = index.get(keyword);
  if (l !== undefined) return l;
  if (KNOWN_KEYWORDS.has(keyword)) return NO_INSTRUCTIONS;
  return index.get(keyword.toUpperCase()) ?? NO_INSTRUCTIONS;
}

/** Instructions grouped by keyword, in file order. */
function indexByKeyword(list: readonly InstructionModel[]): Map<string, InstructionModel[]> {
  const index = new Map<string, InstructionModel[]>();
  for (const i of list) {
    const l = index.get(i.keyword);
    if (l) l.push(i);
    else index.set(i.keyword, [i]);
  }
  return index;
}

/**
 * The context handed to the rules: ONE object per lint, shared by every rule (the engine sets `rule`
 * before each `check`; rules must not keep `ctx` after `check` returns). A class, not an object
 * literal with closures: built for every lint, it must be cheap (V8 builds literals with getters on a
 * slow path; esbuild/tsx `keepNames` turns each named closure into a `defineProperty` call).
 */
class Context implements RuleContext<string> {
  readonly instructions: readonly InstructionModel[];
  readonly stages: RuleContext['stages'];
  readonly ignorePragmas: RuleContext['ignorePragmas'];
  readonly shellPragmas: RuleContext['shellPragmas'];
  /** The rule being run. */
  rule!: Rule;
  readonly raw: RawFinding[] = [];
  /** Set when a rule reads `ctx.locale` (then `lintAllLocales` cannot reuse the run). */
  localeRead = false;
  /** Lazily built, shared shell scripts. */
  private readonly shellCache = new Map<InstructionModel, ShellScript | null>();
  /** Lazily built, shared command lists (the command layer). */
  private readonly commandCache = new Map<InstructionModel, Command[]>();
  /** Instructions under a non-POSIX SHELL (computed on the first `shell()` call), `null` = none. */
  private nonPosix: Set<InstructionModel> | null | undefined = undefined;
  private byKeyword: Map<string, InstructionModel[]> | null = null;
  private byKeywordOnbuild: Map<string, InstructionModel[]> | null = null;
  constructor(
    readonly model: DockerfileModel,
    readonly fragment: boolean,
    private readonly currentLocale: Locale,
    readonly config: ResolvedConfig,
    readonly dockerignore: string | undefined,
    readonly buildArgs: Readonly<Record<string, string>>,
    pragmas: { ignorePragmas: RuleContext['ignorePragmas']; shellPragmas: RuleContext['shellPragmas'] },
  ) {
    this.instructions = model.instructions;
    this.stages = model.stages;
    this.ignorePragmas = pragmas.ignorePragmas;
    this.shellPragmas = pragmas.shellPragmas;
  }
  get locale(): Locale {
    this.localeRead = true;
    return this.currentLocale;
  }
  shell(instr: InstructionModel): ShellScript | null {
    const cached = this.shellCache.get(instr);
    if (cached !== undefined) return cached;
    let s: ShellScript | null = null;
    if (this.nonPosix === undefined) this.nonPosix = nonPosixShellInstructions(this.model);
    // PowerShell or cmd text is not sh: no shell model (see shell/dialect.ts).
    if (this.nonPosix?.has(instr)) {
      this.shellCache.set(instr, null);
      return null;
    }
    try {
      s = buildShellScript(this.model, instr);
    } catch {
      s = null;
    }
    this.shellCache.set(instr, s);
    return s;
  }
  commands(instr: InstructionModel, ...tools: string[]): readonly Command[] {
    let all = this.commandCache.get(instr);
    if (!all) {
      all = instr.keyword === 'RUN' ? buildCommands(this.model, instr, this.shell(instr)) : [];
      this.commandCache.set(instr, all);
    }
    if (tools.length === 0 || all.length === 0) return all;
    if (tools.length === 1) return commandsOfTool(this.toolIndex, instr, all, tools[0]);
    return all.filter((c) => tools.includes(c.tool) || tools.includes(c.name));
  }
  /** Per RUN: its commands by tool and by name (`ctx.commands(run, tool)`), built on the first such call. */
  private readonly toolIndex = new Map<InstructionModel, Map<string, Command[]>>();
  instructionsOf(
    keywords: string | readonly string[],
    opts?: { onbuild?: boolean },
  ): readonly InstructionModel[] {
    let index: Map<string, InstructionModel[]>;
    if (opts?.onbuild) index = this.byKeywordOnbuild ??= indexByKeyword(this.model.allInstructions);
    else index = this.byKeyword ??= indexByKeyword(this.model.instructions);
    // the index's own list, not a copy: the type is read-only, so no rule can change it for the next
    if (typeof keywords === 'string') return keywordList(index, keywords);
    if (keywords.length === 1) return keywordList(index, keywords[0]);
    const src = opts?.onbuild ? this.model.allInstructions : this.model.instructions;
    // Keywords as rules write them (upper-case, known): no Set, no new strings.
    if (keywords.every(isKnownKeyword)) return src.filter((i) => keywords.includes(i.keyword));
    const set = new Set<string>();
    for (const k of keywords) set.add(k.toUpperCase());
    return src.filter((i) => set.has(i.keyword));
  }
  report(target: ReportTarget, key: string, params?: MessageParams, opts?: ReportOptions): void {
    const rule = this.rule;
    const tpl = rule.messages[key] ?? rule.messages[Object.keys(rule.messages)[0]];
    const aliases = opts?.aliases?.filter((a) => rule.aliases?.includes(a));
    this.raw.push({
      rule,
      span: spanOfTarget(target),
      message: tpl ?? rule.title,
      params: tpl ? params : undefined,
      aliases,
      ...(opts?.fix ? { fix: opts.fix } : {}),
    });
  }
}

const NO_COMMANDS: readonly Command[] = [];

/** The commands of `instr` whose tool or name is `tool`, in source order, from the per-RUN index. */
function commandsOfTool(
  index: Map<InstructionModel, Map<string, Command[]>>,
  instr: InstructionModel,
  all: readonly Command[],
  tool: string,
): readonly Command[] {
  let byTool = index.get(instr);
  if (!byTool) {
    byTool = new Map();
    for (const c of all) {
      const l = byTool.get(c.tool);
      if (l) l.push(c);
      else byTool.set(c.tool, [c]);
      if (c.name !== c.tool) {
        const n = byTool.get(c.name);
        if (n) n.push(c);
        else byTool.set(c.name, [c]);
      }
    }
    index.set(instr, byTool);
  }
  return byTool.get(tool) ?? NO_COMMANDS;
}

let registeredRuleIdsCache: (readonly string[])[] | null = null;
/** `ruleIds` of each registered rule, in registry order (computed once). */
function registeredRuleIds(): readonly (readonly string[])[] {
  if (registeredRuleIdsCache?.length !== registeredRules.length)
    registeredRuleIdsCache = registeredRules.map(ruleIds);
  return registeredRuleIdsCache;
}

let registeredIdsCache: Set<string> | null = null;
/** Every id and alias of the registered rules (computed once; never mutated). */
function registeredIds(): Set<string> {
  if (!registeredIdsCache) {
    registeredIdsCache = new Set();
    for (const r of registeredRules) for (const id of ruleIds(r)) registeredIdsCache.add(id);
  }
  return registeredIdsCache;
}

export type { DockerfileModel };
