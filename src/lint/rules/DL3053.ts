import { defineRule } from '../types';
import { isRfc3339, reportBadLabelValues, schemaLabelsOfType } from './_lib/labels';

/** DL3053 — Schema label is not an RFC 3339 time (label-schema). */
export default defineRule({
  id: 'DL3053',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  needsConfig: true,
  title: {
    'pt-BR': 'Rótulo do esquema não é uma data RFC 3339',
    en: 'Schema label is not an RFC 3339 time',
  },
  messages: {
    notRfc3339: {
      'pt-BR':
        'O rótulo `{label}` deveria ser uma data e hora RFC 3339 (`2024-05-01T12:00:00Z`), mas vale `{value}`{more}',
      en: 'The label `{label}` should be an RFC 3339 date-time (`2024-05-01T12:00:00Z`) but is `{value}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'O `label-schema` declara este rótulo como `rfc3339`: ferramentas comparam e ordenam esse valor como data (por exemplo, `org.opencontainers.image.created`). Formatos locais (`01/05/2024`), só a data ou hora sem fuso ficam ambíguos ou ilegíveis para elas. Gere o valor com `date -u +%Y-%m-%dT%H:%M:%SZ` e passe-o por argumento de build.',
    en: 'The `label-schema` declares this label as `rfc3339`: tools compare and sort the value as a date (for example `org.opencontainers.image.created`). Local formats (`05/01/2024`), a bare date or a time without offset are ambiguous or unreadable to them. Produce the value with `date -u +%Y-%m-%dT%H:%M:%SZ` and pass it as a build argument.',
  },
  examplesConfig: { 'label-schema': { 'org.opencontainers.image.created': 'rfc3339' } },
  examples: {
    bad: ['LABEL org.opencontainers.image.created="01/05/2024"\n'],
    good: ['FROM debian:12-slim\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"\n'],
  },
  check(ctx) {
    reportBadLabelValues(ctx, schemaLabelsOfType(ctx, 'rfc3339'), isRfc3339, 'notRfc3339');
  },
});
