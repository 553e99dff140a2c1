import { defineRule } from '../types';
import { isUri, reportBadLabelValues, schemaLabelsOfType } from './_lib/labels';

/** DL3052 — Schema label is not a URL (label-schema). */
export default defineRule({
  id: 'DL3052',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  needsConfig: true,
  title: {
    'pt-BR': 'Rótulo do esquema não é uma URL',
    en: 'Schema label is not a URL',
  },
  messages: {
    notUrl: {
      'pt-BR': 'O rótulo `{label}` deveria ser uma URL válida, mas vale `{value}`{more}',
      en: 'The label `{label}` should be a valid URL but is `{value}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'O `label-schema` declara este rótulo como `url`, e ferramentas que leem a imagem (registries, scanners, páginas de catálogo) vão tratá-lo como link. Um valor sem esquema (`github.com/acme/app` em vez de `https://github.com/acme/app`) ou com espaços vira link quebrado. Use uma URL absoluta, com `https://`.',
    en: 'The `label-schema` declares this label as `url`, and tools reading the image (registries, scanners, catalogue pages) will treat it as a link. A value without a scheme (`github.com/acme/app` instead of `https://github.com/acme/app`) or with spaces becomes a broken link. Use an absolute URL, with `https://`.',
  },
  examplesConfig: { 'label-schema': { 'org.opencontainers.image.source': 'url' } },
  examples: {
    bad: ['LABEL org.opencontainers.image.source="github.com/acme/web"\n'],
    good: ['FROM debian:12-slim\nLABEL org.opencontainers.image.source="https://github.com/acme/web"\n'],
  },
  check(ctx) {
    reportBadLabelValues(ctx, schemaLabelsOfType(ctx, 'url'), isUri, 'notUrl');
  },
});
