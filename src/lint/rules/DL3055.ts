import { defineRule } from '../types';
import { isGitHash, reportBadLabelValues, schemaLabelsOfType } from './_lib/labels';

/** DL3055 — Schema label is not a git hash (label-schema). */
export default defineRule({
  id: 'DL3055',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  needsConfig: true,
  title: {
    'pt-BR': 'Rótulo do esquema não é um hash git',
    en: 'Schema label is not a git hash',
  },
  messages: {
    notHash: {
      'pt-BR':
        'O rótulo `{label}` deveria ser um hash git (7 ou 40 caracteres hexadecimais minúsculos), mas vale `{value}`{more}',
      en: 'The label `{label}` should be a git hash (7 or 40 lower-case hex characters) but is `{value}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'O `label-schema` declara este rótulo como `hash`: ele deve identificar o commit de onde a imagem saiu (por exemplo, `org.opencontainers.image.revision`), para rastrear uma imagem até o código. Um nome de branch ou tag muda de commit com o tempo e perde esse vínculo. Use o hash curto (7) ou completo (40), como `git rev-parse HEAD` imprime.',
    en: 'The `label-schema` declares this label as `hash`: it must identify the commit the image was built from (for example `org.opencontainers.image.revision`), to trace an image back to its code. A branch or tag name moves to other commits over time and loses that link. Use the short (7) or full (40) hash, as `git rev-parse HEAD` prints it.',
  },
  examplesConfig: { 'label-schema': { 'org.opencontainers.image.revision': 'hash' } },
  examples: {
    bad: ['LABEL org.opencontainers.image.revision="main"\n'],
    good: ['FROM debian:12-slim\nLABEL org.opencontainers.image.revision="3f2c9a1"\n'],
  },
  check(ctx) {
    reportBadLabelValues(ctx, schemaLabelsOfType(ctx, 'hash'), isGitHash, 'notHash');
  },
});
