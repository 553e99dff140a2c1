import { defineRule } from '../types';

/** DL3050 — with strict-labels, a label that the label schema does not list. */
export default defineRule({
  id: 'DL3050',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  needsConfig: true,
  title: {
    'pt-BR': 'Rótulo fora do esquema',
    en: 'Superfluous label',
  },
  messages: {
    superfluous: {
      'pt-BR': 'O rótulo `{label}` não está no `label-schema` e `strict-labels` está ativo{more}',
      en: 'The label `{label}` is not in `label-schema` and `strict-labels` is on{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Com `strict-labels: true`, o `label-schema` passa a ser a lista completa de rótulos permitidos. Um ' +
      'rótulo fora dela costuma ser erro de digitação (`org.opencontainers.image.verison`) ou metadado que ' +
      'ninguém combinou e que as ferramentas vão ignorar. Corrija o nome ou acrescente o rótulo ao esquema.',
    en:
      'With `strict-labels: true`, `label-schema` becomes the complete list of allowed labels. A label outside ' +
      'it is usually a typo (`org.opencontainers.image.verison`) or metadata nobody agreed on and tools will ' +
      'ignore. Fix the name or add the label to the schema.',
  },
  examplesConfig: {
    'label-schema': { 'org.opencontainers.image.version': 'semver' },
    'strict-labels': true,
  },
  examples: {
    bad: ['LABEL org.opencontainers.image.verison="1.4.0"\n'],
    good: ['FROM debian:12-slim\nLABEL org.opencontainers.image.version="1.4.0"\n'],
  },
  check(ctx) {
    if (!ctx.config.strictLabels) return;
    const schema = ctx.config.labelSchema;
    for (const label of ctx.instructionsOf('LABEL')) {
      const extra = label.properties.filter((p) => !Object.hasOwn(schema, p.key));
      if (extra.length === 0) continue;
      const others = extra.slice(1).map((p) => `\`${p.key}\``);
      ctx.report(extra[0].keyRange, 'superfluous', {
        label: extra[0].key,
        more: others.length ? ` (+ ${others.join(', ')})` : '',
      });
    }
  },
});
