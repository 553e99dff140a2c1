/**
 * Invariants every `lint()` result must satisfy, whatever the input (shared by properties.test.ts and
 * pathological.test.ts). Throws an Error naming the first violation.
 */
import { ENGINE_DIAGNOSTICS, ruleUrl } from '../../src/lint/engine';
import { normalizeText } from '../../src/lint/parse';
import { rules } from '../../src/lint/rules/index';
import { type Diagnostic, type Locale, SEVERITIES } from '../../src/lint/types';

export const KNOWN_IDS: ReadonlySet<string> = new Set([
  ...rules.map((r) => r.id),
  ...ENGINE_DIAGNOSTICS.map((e) => e.id),
]);
const KNOWN_ALIASES: ReadonlySet<string> = new Set(rules.flatMap((r) => r.aliases ?? []));

/** Lines of the text as the engine counts them (BOM dropped; CRLF and lone CR are line breaks). */
export function lineCount(text: string): number {
  return normalizeText(text).split('\n').length;
}

export function assertWellFormed(text: string, diagnostics: unknown, locale: Locale = 'pt-BR'): void {
  if (!Array.isArray(diagnostics)) throw new Error('lint() did not return an array');
  const lines = lineCount(text);
  const normalized = normalizeText(text).split('\n');
  for (const d of diagnostics as Diagnostic[]) {
    const where = `${JSON.stringify(d)} for ${JSON.stringify(text.slice(0, 200))}`;
    const fail = (what: string) => {
      throw new Error(`${what}: ${where}`);
    };
    if (!KNOWN_IDS.has(d.rule)) fail('unknown rule id');
    if (!Array.isArray(d.aliases) || !d.aliases.every((a) => KNOWN_ALIASES.has(a))) fail('bad aliases');
    if (!SEVERITIES.includes(d.severity)) fail('bad severity');
    if (typeof d.message !== 'string' || d.message.trim() === '') fail('empty message');
    if (d.url !== ruleUrl(d.rule, locale)) fail('bad url');
    for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) {
      if (!Number.isInteger(d[k])) fail(`${k} is not an integer`);
    }
    if (d.line < 1 || d.column < 1 || d.endColumn < 1) fail('position < 1');
    if (d.endLine < d.line) fail('endLine < line');
    if (d.endLine === d.line && d.endColumn < d.column) fail('endColumn < column');
    if (d.endLine > lines) fail(`endLine beyond the text (${lines} lines)`);
    // columns stay within their line (+1: the exclusive end may point just past the last character)
    if (d.column > normalized[d.line - 1].length + 1) fail('column beyond its line');
    if (d.endColumn > normalized[d.endLine - 1].length + 1) fail('endColumn beyond its line');
  }
}
