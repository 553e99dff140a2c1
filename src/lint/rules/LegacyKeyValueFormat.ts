import type { InstructionModel } from '../parse';
import { defineRule, type Fix, type RuleView } from '../types';
import { replaceFix, textOf } from './_lib/fix';

/**
 * `ENV key value` → `ENV key=value`; a value with spaces is quoted (`ENV key="a b"`) when it holds no
 * quote or backslash (the legacy form takes the rest of the line literally). One-line instructions
 * only; else no fix.
 */
function legacyFix(ctx: RuleView, instr: InstructionModel): Fix | undefined {
  const r = instr.range;
  if (r.line !== r.endLine) return undefined;
  const text = textOf(ctx, r);
  const m = /^(\S+\s+)([^\s=]+)([ \t]+)(.*?)\s*$/.exec(text);
  if (!m) return undefined;
  const [, head, key, sep, rest] = m;
  if (rest === '') return undefined;
  let value: string;
  if (!/\s/.test(rest)) value = rest;
  else if (!/["'\\]/.test(rest)) value = `"${rest}"`;
  else return undefined;
  const col = r.column + head.length + key.length;
  return replaceFix(
    { line: r.line, column: col, endLine: r.line, endColumn: col + sep.length + rest.length },
    `=${value}`,
  );
}

/** LegacyKeyValueFormat (BuildKit): `ENV key=value`, not the legacy `ENV key value`. */
export default defineRule({
  id: 'LegacyKeyValueFormat',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use `chave=valor` em ENV e LABEL',
    en: 'Use `key=value` in ENV and LABEL',
  },
  messages: {
    legacy: {
      'pt-BR': 'Use `{keyword} {key}=…` em vez do formato antigo `{keyword} {key} …`, separado por espaço',
      en: 'Use `{keyword} {key}=…` instead of the legacy space-separated `{keyword} {key} …` form',
    },
  },
  fix: {
    'pt-BR':
      'troca `ENV chave valor` por `ENV chave=valor`, com aspas se o valor tiver espaços (sem aspas nem barras no valor; instrução numa linha só)',
    en: 'rewrites `ENV key value` as `ENV key=value`, quoted when the value has spaces (no quotes or backslashes in the value; one-line instruction)',
  },
  rationale: {
    'pt-BR':
      'No formato antigo `ENV chave valor`, tudo o que vem depois do primeiro espaço vira o valor de uma ' +
      'única variável: `ENV A 1 B 2` define `A` como `1 B 2`, e não duas variáveis. Esse formato não ' +
      'permite várias definições numa instrução, confunde quem lê e pode deixar de ser aceito no futuro. ' +
      'Escreva `ENV A=1 B=2` (com aspas quando o valor tiver espaços); o mesmo vale para `LABEL`.',
    en:
      'In the legacy `ENV key value` form, everything after the first space becomes the value of a single ' +
      'variable: `ENV A 1 B 2` sets `A` to `1 B 2`, not two variables. The form cannot hold several ' +
      'definitions in one instruction, misleads readers and may stop being accepted. Write `ENV A=1 B=2` ' +
      '(quote values that contain spaces); the same goes for `LABEL`.',
  },
  examples: {
    bad: [
      'FROM alpine:3.23\nENV APP_HOME /srv/app\n',
      'FROM alpine:3.23\nLABEL maintainer "Ana <ana@example.com>"\n',
    ],
    good: [
      'FROM alpine:3.23\nENV APP_HOME=/srv/app\n',
      'FROM alpine:3.23\nLABEL maintainer="Ana <ana@example.com>"\n',
    ],
  },
  check(ctx) {
    for (const instr of ctx.instructionsOf(['ENV', 'LABEL'])) {
      if (!instr.legacyKeyValue || instr.properties.length === 0) continue;
      const p = instr.properties[0];
      ctx.report(
        p.range.line === instr.range.line ? p.range : instr.keywordRange,
        'legacy',
        { keyword: instr.keyword, key: p.key },
        { fix: legacyFix(ctx, instr) },
      );
    }
  },
});
