// Shared helpers of the per-rule edge-case tests (English messages, for readable assertions).
import { type LintOptions, lint } from '../../../src/lint/engine';

/** The findings of `rule` in `text`. */
export function findings(text: string, rule: string, opts: LintOptions = {}) {
  return lint(text, { locale: 'en', ...opts }).filter((d) => d.rule === rule);
}

/** Lines of the findings of `rule`. */
export function lines(text: string, rule: string, opts: LintOptions = {}): number[] {
  return findings(text, rule, opts).map((d) => d.line);
}

/** `[line, column, endColumn]` of each finding of `rule`. */
export function positions(text: string, rule: string): [number, number, number][] {
  return findings(text, rule).map((d) => [d.line, d.column, d.endColumn]);
}

/** Message of the first finding of `rule`. */
export function firstMessage(text: string, rule: string): string | undefined {
  return findings(text, rule)[0]?.message;
}
