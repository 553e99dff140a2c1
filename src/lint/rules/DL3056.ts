import { defineRule } from '../types';
import { isSemver, reportBadLabelValues, schemaLabelsOfType } from './_lib/labels';

/** DL3056 — Schema label is not a semantic version (label-schema). */
export default defineRule({
  id: 'DL3056',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  needsConfig: true,
  title: {
    'pt-BR': 'Rótulo do esquema não segue o versionamento semântico',
    en: 'Schema label is not a semantic version',
  },
  messages: {
    notSemver: {
      'pt-BR':
        'O rótulo `{label}` deveria seguir o versionamento semântico (`1.4.0`), mas vale `{value}`{more}',
      en: 'The label `{label}` should follow semantic versioning (`1.4.0`) but is `{value}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'O `label-schema` declara este rótulo como `semver`: ferramentas comparam versões pelo formato `MAIOR.MENOR.CORREÇÃO` do SemVer 2.0.0 para saber qual imagem é mais nova. Valores como `v1.4`, `1.4` ou `latest` não podem ser comparados assim. Use três números, com sufixos opcionais (`1.4.0`, `2.0.0-rc.1`).',
    en: 'The `label-schema` declares this label as `semver`: tools compare versions by the SemVer 2.0.0 `MAJOR.MINOR.PATCH` format to tell which image is newer. Values like `v1.4`, `1.4` or `latest` cannot be compared that way. Use three numbers, with optional suffixes (`1.4.0`, `2.0.0-rc.1`).',
  },
  examplesConfig: { 'label-schema': { 'org.opencontainers.image.version': 'semver' } },
  examples: {
    bad: ['LABEL org.opencontainers.image.version="v1.4"\n'],
    good: ['FROM debian:12-slim\nLABEL org.opencontainers.image.version="1.4.0"\n'],
  },
  check(ctx) {
    reportBadLabelValues(ctx, schemaLabelsOfType(ctx, 'semver'), isSemver, 'notSemver');
  },
});
