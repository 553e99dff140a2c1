/**
 * Checks one Dockerfile snippet against its annotations. The single place where "does this snippet
 * pass?" is decided: the remark plugin (build), the build gate and the CLI all call it.
 */
import { lintAllLocales, ruleUrl, SYNTAX_ERROR_ID } from '../lint/engine';
import { nearestIds } from '../lint/nearest';
import { allRuleIds, ruleById } from '../lint/rules/index';
import { type SnippetSummary, summarize } from '../lint/summary';
import type { Diagnostic, Locale, Severity } from '../lint/types';
import { type Annotations, parseAnnotations } from './annotations';
import { message } from './messages';

export interface SnippetViolation {
  /** 1-based line inside the snippet; 0 means the fence line (an annotation problem). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The rule that fired or was expected, or `annotation` for a problem with the annotations. */
  rule: string;
  /** The other ids of the check that fired (an overlapped hadolint/BuildKit pair), as in a Dockerfile's findings. */
  aliases: string[];
  severity: Severity;
  message: string;
  /** How to fix or annotate, with the rule page. */
  hint?: string;
}

export type SnippetStatus = 'clean' | 'bad-example' | 'nolint';

export interface SnippetResult {
  status: SnippetStatus;
  annotations: Annotations;
  diagnostics: Diagnostic[];
  violations: SnippetViolation[];
  /** Layer facts of the snippet (null for nolint snippets). */
  summary: SnippetSummary | null;
}

export const DOCKERFILE_LANGUAGES: ReadonlySet<string> = new Set(['dockerfile', 'docker', 'containerfile']);

export function isDockerfileLanguage(lang: string | null | undefined): boolean {
  return lang != null && DOCKERFILE_LANGUAGES.has(lang.toLowerCase());
}

/** A violation about the fence itself (annotations), not about a line of the snippet. */
function fenceViolation(rule: string, text: string, hint?: string): SnippetViolation {
  const aliases = ruleById(rule)?.aliases?.filter((a) => a !== rule) ?? [];
  return {
    line: 0,
    column: 1,
    endLine: 0,
    endColumn: 1,
    rule,
    aliases,
    severity: 'error',
    message: text,
    hint,
  };
}

/** A violation for a finding of the engine, at the finding's range. */
function findingViolation(d: Diagnostic, text: string, hint: string): SnippetViolation {
  const { line, column, endLine, endColumn, rule, aliases, severity } = d;
  return { line, column, endLine, endColumn, rule, aliases: [...aliases], severity, message: text, hint };
}

/**
 * The id a snippet annotation names: a rule's id (either id of an overlapped pair), or DL1000, the
 * syntax error, so a page can show a deliberately broken Dockerfile with expect="DL1000".
 */
function primaryId(id: string): string | undefined {
  return ruleById(id)?.id ?? (id === SYNTAX_ERROR_ID ? id : undefined);
}

/** All the ids a finding answers to: its primary id and the aliases of an overlapped pair. */
const idsOf = (d: Diagnostic) => [d.rule, ...d.aliases];

// The build gate checks every snippet of both locales before bundling; the remark plugin then asks again
// for the same snippets while compiling MDX. The engine runs once per (meta, code) for both locales
// (lintAllLocales), and the results are shared across the per-locale loads of the plugin via globalThis.
const holder = globalThis as { __camadasSnippetCache?: Map<string, Record<Locale, Diagnostic[]>> };
holder.__camadasSnippetCache ??= new Map();
const cache = holder.__camadasSnippetCache;

function diagnosticsOf(code: string, annotations: Annotations, locale: Locale): Diagnostic[] {
  const fragment = annotations.fragment ?? 'auto';
  const key = `${fragment}\u0000${code}`;
  let both = cache.get(key);
  if (!both) {
    both = lintAllLocales(code, { fragment });
    cache.set(key, both);
  }
  return both[locale];
}

export function checkSnippet(code: string, meta: string | null | undefined, locale: Locale): SnippetResult {
  const annotations = parseAnnotations(meta);
  const violations: SnippetViolation[] = annotations.problems.map((problem) =>
    fenceViolation('annotation', message(problem.key, locale, { detail: problem.detail ?? '' })),
  );

  if (annotations.nolint !== undefined) {
    return { status: 'nolint', annotations, diagnostics: [], violations, summary: null };
  }

  const diagnostics = diagnosticsOf(code, annotations, locale);
  const summary = summarize(code);
  const expected = annotations.expect;

  if (expected === undefined) {
    for (const d of diagnostics) {
      violations.push(
        findingViolation(
          d,
          message('unexpected', locale, { message: d.message }),
          message('hintUnannotated', locale, { rule: d.rule, url: ruleUrl(d.rule, locale) }),
        ),
      );
    }
    return { status: 'clean', annotations, diagnostics, violations, summary };
  }

  const known = expected.filter((id) => primaryId(id) !== undefined);
  for (const id of expected.filter((id) => primaryId(id) === undefined)) {
    const nearest = nearestIds(id, [...allRuleIds(), SYNTAX_ERROR_ID], 3);
    violations.push(
      fenceViolation(
        'annotation',
        message('unknownRule', locale, {
          rule: id,
          suggestion: nearest.length ? message('suggestion', locale, { ids: nearest.join(', ') }) : '',
        }),
      ),
    );
  }
  // Either id of an overlapped pair names the same check.
  const expectedRules = new Set(known.map(primaryId));
  for (const d of diagnostics) {
    if (!expectedRules.has(d.rule) && !idsOf(d).some((id) => known.includes(id))) {
      violations.push(
        findingViolation(
          d,
          message('unexpected', locale, { message: d.message }),
          message('hintNotExpected', locale, {
            rule: d.rule,
            expected: expected.join(' '),
            url: ruleUrl(d.rule, locale),
          }),
        ),
      );
    }
  }
  for (const id of known) {
    const primary = primaryId(id);
    if (!diagnostics.some((d) => d.rule === primary || idsOf(d).includes(id))) {
      violations.push(
        fenceViolation(
          id,
          message('missing', locale, { rule: id }),
          message('hintMissing', locale, { rule: id, url: ruleUrl(primary ?? id, locale) }),
        ),
      );
    }
  }
  return { status: 'bad-example', annotations, diagnostics, violations, summary };
}

/** The known ids closest to `id`, for "did you mean" hints (kept here for existing importers). */
export { nearestIds };
