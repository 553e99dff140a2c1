/** `camadas rules [--json]`: every implemented rule, in the contract's JSON shape or as a table. */
import { rules } from '../lint/rules/index';
import type { Locale } from '../lint/types';
import type { CommandOutput } from './lint-command';

export function runRules(options: { json: boolean; locale: Locale }): CommandOutput {
  const rows = rules.map((r) => ({
    id: r.id,
    aliases: r.aliases ?? [],
    severity: r.severity,
    origin: r.origin,
    title: { 'pt-BR': r.title['pt-BR'], en: r.title.en },
  }));
  if (options.json) return { exitCode: 0, stdout: `${JSON.stringify(rows, null, 2)}\n`, stderr: '' };
  const width = Math.max(...rows.map((r) => r.id.length)) + 2;
  const lines = rows.map(
    (r) =>
      `${r.id.padEnd(width)}${r.severity.padEnd(9)}${r.origin.padEnd(10)}${r.title[options.locale]}${
        r.aliases.length ? ` (${r.aliases.join(', ')})` : ''
      }`,
  );
  return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}
