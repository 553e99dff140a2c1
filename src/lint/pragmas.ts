/**
 * Suppression comments, all in one place (rules never look at them):
 *
 * - `# hadolint ignore=DL3006,DL3008` — the instruction on the NEXT line (hadolint: line + 1).
 * - `# hadolint global ignore=…` — the whole file, wherever the comment is.
 * - `# hadolint stage ignore=…` — from the comment to the end of the stage it is in; placed right
 *   above a FROM it covers that stage (the next FROM ends it).
 * - `# hadolint shell=powershell` — shell used by shell-aware rules (exposed as `ctx.shellPragmas`).
 * - BuildKit's `# check=skip=A,B;error=true;experimental=C|all` parser directive (top of the file;
 *   overridden by the build arg `BUILDKIT_DOCKERFILE_CHECK`), and the per-instruction form: a
 *   `# check=skip=…` comment in the comment block directly above an instruction skips those checks
 *   for that instruction only. A trailing `// comment` is allowed in both.
 *
 * Ids: any id of a rule works (an overlapped pair's BuildKit name and its hadolint aliases alike).
 * A hadolint pragma naming something that is not a rule id makes the whole pragma invalid (as in
 * hadolint), and the engine reports it (CAM900).
 */
import type { Comment, DockerfileModel, InstructionModel, Span } from './parse';
import type { Localized } from './types';

export type PragmaKind = 'ignore' | 'global' | 'stage';

export interface HadolintPragma {
  kind: PragmaKind;
  rules: string[];
  range: Span;
  /** False when the pragma names an unknown id (it is then not applied, like hadolint). */
  valid: boolean;
}

export interface ShellPragma {
  shell: string;
  range: Span;
}

export interface CheckOptions {
  skipAll: boolean;
  skip: Set<string>;
  error: boolean;
  experimentalAll: boolean;
  experimental: Set<string>;
}

export interface PragmaProblem {
  message: Localized;
  range: Span;
}

/** BuildKit's check names (so `check=skip=` accepts them even if a rule is not implemented). */
export const BUILDKIT_CHECK_NAMES: readonly string[] = [
  'ConsistentInstructionCasing',
  'CopyIgnoredFile',
  'DuplicateStageName',
  'ExposeInvalidFormat',
  'ExposeProtoCasing',
  'FileConsistentCommandCasing',
  'FromAsCasing',
  'FromPlatformFlagConstDisallowed',
  'InvalidBaseImagePlatform',
  'InvalidDefaultArgInFrom',
  'InvalidDefinitionDescription',
  'JSONArgsRecommended',
  'LegacyKeyValueFormat',
  'MaintainerDeprecated',
  'MultipleInstructionsDisallowed',
  'NoEmptyContinuation',
  'RedundantTargetPlatform',
  'ReservedStageName',
  'SecretsUsedInArgOrEnv',
  'StageNameCasing',
  'UndefinedArgInFrom',
  'UndefinedVar',
  'WorkdirRelativePath',
];

/** Whether `id` may appear in a pragma: a known rule id/alias or a DLxxxx/SCxxxx/CAMxxx-shaped id. */
export function isPlausibleRuleId(id: string, knownIds: ReadonlySet<string>): boolean {
  return (
    knownIds.has(id) ||
    BUILDKIT_CHECK_NAMES.includes(id) ||
    /^(DL|SC)\d{4}$/.test(id) ||
    /^CAM\d{3}$/.test(id)
  );
}

const HADOLINT_RE = /^#[ \t]*hadolint[ \t]+(.*)$/;
const IGNORE_RE = /^(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*(.*)$/;
const SHELL_RE = /^shell[ \t]*=[ \t]*(\S+)/;

/** Parse one comment as a hadolint pragma. `undefined` when it is not one at all. */
export function parseHadolintComment(
  raw: string,
):
  | { kind: 'ignore' | 'global' | 'stage'; rules: string[] }
  | { kind: 'shell'; shell: string }
  | { kind: 'bad' }
  | undefined {
  const m = HADOLINT_RE.exec(raw.trim());
  if (!m) return undefined;
  let body = m[1].trim();
  const shell = SHELL_RE.exec(body);
  if (shell) return { kind: 'shell', shell: shell[1] };
  const ig = IGNORE_RE.exec(body);
  if (!ig) return { kind: 'bad' };
  body = ig[2];
  // trailing `# comment`
  const hash = body.indexOf('#');
  if (hash >= 0) body = body.slice(0, hash);
  const rules = body
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (rules.length === 0 || rules.some((r) => /\s/.test(r))) return { kind: 'bad' };
  const kind = ig[1] === 'global' ? 'global' : ig[1] === 'stage' ? 'stage' : 'ignore';
  return { kind, rules };
}

/** Parse BuildKit check options (`skip=A,B;error=true;experimental=all`). */
export function parseCheckOptions(input: string): { options: CheckOptions; error: string | null } {
  const options: CheckOptions = {
    skipAll: false,
    skip: new Set(),
    error: false,
    experimentalAll: false,
    experimental: new Set(),
  };
  const text = input.replace(/\s*\/\/.*$/, '').trim();
  if (text === '') return { options, error: null };
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) return { options, error: part.trim() };
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 'skip') {
      if (value === 'all') options.skipAll = true;
      else
        for (const r of value.split(',')) {
          const t = r.trim();
          if (t) options.skip.add(t);
        }
    } else if (key === 'experimental') {
      if (value === 'all') options.experimentalAll = true;
      else
        for (const r of value.split(',')) {
          const t = r.trim();
          if (t) options.experimental.add(t);
        }
    } else if (key === 'error') {
      const v = value.toLowerCase();
      if (['true', '1', 't'].includes(v)) options.error = true;
      else if (['false', '0', 'f'].includes(v)) options.error = false;
      else return { options, error: part.trim() };
    } else {
      return { options, error: part.trim() };
    }
  }
  return { options, error: null };
}

export interface PragmaState {
  ignorePragmas: HadolintPragma[];
  shellPragmas: ShellPragma[];
  /** File-level check options (directive, or the BUILDKIT_DOCKERFILE_CHECK build arg). */
  check: CheckOptions;
  /** Per-instruction check options (from `# check=` comments above it), by instruction index. */
  instructionChecks: Map<number, CheckOptions>;
  problems: PragmaProblem[];
  /** Is a finding of a rule with these ids (id + aliases) at `line` suppressed by a pragma? */
  isSuppressed(ids: readonly string[], line: number, experimental: boolean): boolean;
  /** Is the (experimental) rule enabled by the check options? */
  experimentalEnabled(ids: readonly string[]): boolean;
  /** Are all non-experimental rules skipped by `check=skip=all`? */
  readonly skipAll: boolean;
}

export interface PragmaOptions {
  knownIds: ReadonlySet<string>;
  disableIgnorePragma: boolean;
  buildArgs: Readonly<Record<string, string>>;
}

export function collectPragmas(model: DockerfileModel, opts: PragmaOptions): PragmaState {
  const ignorePragmas: HadolintPragma[] = [];
  const shellPragmas: ShellPragma[] = [];
  const problems: PragmaProblem[] = [];

  for (const c of model.comments) {
    const p = parseHadolintComment(c.raw);
    if (!p) continue;
    if (p.kind === 'shell') {
      shellPragmas.push({ shell: p.shell, range: c.range });
      continue;
    }
    if (p.kind === 'bad') {
      problems.push({
        message: {
          'pt-BR': `Pragma do hadolint malformado: "${c.raw.trim()}" (esperado: # hadolint ignore=DL3006,DL3008)`,
          en: `Malformed hadolint pragma: "${c.raw.trim()}" (expected: # hadolint ignore=DL3006,DL3008)`,
        },
        range: c.range,
      });
      continue;
    }
    const unknown = p.rules.filter((r) => !isPlausibleRuleId(r, opts.knownIds));
    if (unknown.length > 0) {
      problems.push({
        message: {
          'pt-BR': `Pragma do hadolint ignorado: id de regra desconhecido ${unknown.join(', ')}`,
          en: `hadolint pragma ignored: unknown rule id ${unknown.join(', ')}`,
        },
        range: c.range,
      });
    }
    ignorePragmas.push({ kind: p.kind, rules: p.rules, range: c.range, valid: unknown.length === 0 });
  }

  // BuildKit check options: build arg overrides the directive.
  const directive = model.directive('check');
  let check: CheckOptions;
  const fromArg = opts.buildArgs.BUILDKIT_DOCKERFILE_CHECK;
  if (fromArg !== undefined) {
    const r = parseCheckOptions(fromArg);
    check = r.options;
    if (r.error !== null && directive) problems.push(checkProblem(r.error, directive.range));
  } else if (directive) {
    const r = parseCheckOptions(directive.value);
    check = r.options;
    if (r.error !== null) problems.push(checkProblem(r.error, directive.range));
  } else {
    check = parseCheckOptions('').options;
  }
  warnUnknownChecks(check, directive?.range, opts.knownIds, problems);

  const instructionChecks = new Map<number, CheckOptions>();
  for (const inst of model.instructions) {
    for (const c of inst.commentsBefore) {
      const v = checkComment(c);
      if (v === null) continue;
      const r = parseCheckOptions(v);
      if (r.error !== null) {
        problems.push(checkProblem(r.error, c.range));
        continue;
      }
      warnUnknownChecks(r.options, c.range, opts.knownIds, problems);
      const prev = instructionChecks.get(inst.index);
      if (prev) {
        prev.skipAll ||= r.options.skipAll;
        for (const s of r.options.skip) prev.skip.add(s);
      } else instructionChecks.set(inst.index, r.options);
    }
  }

  const instructions = model.instructions;

  const globalIgnored = new Set<string>();
  const lineIgnored = new Map<number, Set<string>>();
  const stageIgnored: { from: number; to: number; rules: Set<string> }[] = [];
  if (!opts.disableIgnorePragma) {
    const froms = instructions.filter((i) => i.keyword === 'FROM');
    for (const p of ignorePragmas) {
      if (!p.valid) continue;
      const set = new Set(p.rules);
      if (p.kind === 'global') for (const r of set) globalIgnored.add(r);
      else if (p.kind === 'ignore') lineIgnored.set(p.range.line + 1, set);
      else {
        const next = instructions.find((i) => i.range.line > p.range.line);
        let end = Number.POSITIVE_INFINITY;
        const after = froms.find(
          (f) => f.range.line > p.range.line && !(next && next.keyword === 'FROM' && f === next),
        );
        if (after) end = after.range.line - 1;
        stageIgnored.push({ from: p.range.line, to: end, rules: set });
      }
    }
  }

  return {
    ignorePragmas,
    shellPragmas,
    check,
    instructionChecks,
    problems,
    skipAll: check.skipAll,
    isSuppressed(ids, line, experimental) {
      if (anyIn(ids, globalIgnored)) return true;
      const inst = instructionAt(instructions, line);
      const anchor = inst ? inst.range.line : line;
      const li = lineIgnored.get(anchor);
      if (li && anyIn(ids, li)) return true;
      for (const s of stageIgnored) if (line > s.from && line <= s.to && anyIn(ids, s.rules)) return true;
      if (!experimental && check.skipAll) return true;
      if (anyIn(ids, check.skip)) return true;
      if (inst) {
        const ic = instructionChecks.get(inst.index);
        if (ic && ((ic.skipAll && !experimental) || anyIn(ids, ic.skip))) return true;
      }
      return false;
    },
    experimentalEnabled(ids) {
      return check.experimentalAll || anyIn(ids, check.experimental);
    },
  };
}

/** Value of a per-instruction `# check=…` comment, else `null`. */
function checkComment(c: Comment): string | null {
  if (c.directive || !c.text.startsWith('check')) return null;
  const m = /^check[ \t]*=[ \t]*(.*)$/.exec(c.text);
  return m ? m[1] : null;
}

/** The top-level instruction covering `line` (instructions are in line order). */
function instructionAt(
  instructions: readonly InstructionModel[],
  line: number,
): InstructionModel | undefined {
  let lo = 0;
  let hi = instructions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = instructions[mid].range;
    if (line < r.line) hi = mid - 1;
    else if (line > r.endLine) lo = mid + 1;
    else return instructions[mid];
  }
  return undefined;
}

function anyIn(ids: readonly string[], set: ReadonlySet<string>): boolean {
  for (const id of ids) if (set.has(id)) return true;
  return false;
}

function checkProblem(bad: string, range: Span): PragmaProblem {
  return {
    message: {
      'pt-BR': `Opção de check inválida: "${bad}" (esperado: # check=skip=Regra1,Regra2;error=true;experimental=all)`,
      en: `Invalid check option: "${bad}" (expected: # check=skip=Rule1,Rule2;error=true;experimental=all)`,
    },
    range,
  };
}

function warnUnknownChecks(
  o: CheckOptions,
  range: Span | undefined,
  knownIds: ReadonlySet<string>,
  problems: PragmaProblem[],
): void {
  if (!range) return;
  const unknown = [...o.skip, ...o.experimental].filter((r) => !isPlausibleRuleId(r, knownIds));
  if (unknown.length === 0) return;
  problems.push({
    message: {
      'pt-BR': `check: regra desconhecida ${unknown.join(', ')}`,
      en: `check: unknown rule ${unknown.join(', ')}`,
    },
    range,
  });
}
