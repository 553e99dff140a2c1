import { defineRule } from '../types';
import { isSpdxExpression, reportBadLabelValues, schemaLabelsOfType } from './_lib/labels';

/** DL3054 — Schema label is not an SPDX license (label-schema). */
export default defineRule({
  id: 'DL3054',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  needsConfig: true,
  title: {
    'pt-BR': 'Rótulo do esquema não é uma licença SPDX',
    en: 'Schema label is not an SPDX license',
  },
  messages: {
    notSpdx: {
      'pt-BR':
        'O rótulo `{label}` deveria ser um identificador de licença SPDX (`MIT`, `Apache-2.0`), mas vale `{value}`{more}',
      en: 'The label `{label}` should be an SPDX license identifier (`MIT`, `Apache-2.0`) but is `{value}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'O `label-schema` declara este rótulo como `spdx`: scanners de licença e auditorias leem o valor comparando com a lista oficial SPDX. Um nome livre (`Apache 2`, `GPL`) não é reconhecido e a imagem aparece como de licença desconhecida. Use o identificador exato da lista (`Apache-2.0`, `GPL-3.0-only`).',
    en: 'The `label-schema` declares this label as `spdx`: license scanners and audits read the value against the official SPDX list. A free-form name (`Apache 2`, `GPL`) is not recognised and the image shows up with an unknown license. Use the exact identifier from the list (`Apache-2.0`, `GPL-3.0-only`).',
  },
  differsFrom: {
    'pt-BR':
      'Além de um identificador isolado, aceita expressões SPDX (`MIT OR Apache-2.0`, `GPL-2.0-only WITH Classpath-exception-2.0`, `LicenseRef-…`), que é o que a especificação OCI prevê para `org.opencontainers.image.licenses`; identificadores são comparados sem diferenciar maiúsculas de minúsculas, como define o SPDX.',
    en: 'Besides a single identifier, SPDX expressions are accepted (`MIT OR Apache-2.0`, `GPL-2.0-only WITH Classpath-exception-2.0`, `LicenseRef-…`), which is what the OCI specification prescribes for `org.opencontainers.image.licenses`; identifiers are matched case-insensitively, as SPDX defines.',
  },
  examplesConfig: { 'label-schema': { 'org.opencontainers.image.licenses': 'spdx' } },
  examples: {
    bad: ['LABEL org.opencontainers.image.licenses="Apache 2"\n'],
    good: ['FROM debian:12-slim\nLABEL org.opencontainers.image.licenses="Apache-2.0"\n'],
  },
  check(ctx) {
    reportBadLabelValues(ctx, schemaLabelsOfType(ctx, 'spdx'), isSpdxExpression, 'notSpdx');
  },
});
