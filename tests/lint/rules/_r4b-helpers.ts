import { type LintOptions, lint } from '../../../src/lint/engine';

/** Lines of the findings of `rule` (English messages kept for assertions). */
export function findings(text: string, rule: string, opts: LintOptions = {}) {
  return lint(text, { locale: 'en', ...opts }).filter((d) => d.rule === rule);
}

export function lines(text: string, rule: string, opts: LintOptions = {}): number[] {
  return findings(text, rule, opts).map((d) => d.line);
}
