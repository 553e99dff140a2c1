import { defineRule } from '../types';
import { reportBadLabelValues } from './_lib/labels';

/** DL3051 — Schema label is empty (label-schema). */
export default defineRule({
  id: 'DL3051',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  needsConfig: true,
  title: {
    'pt-BR': 'Rótulo do esquema vazio',
    en: 'Schema label is empty',
  },
  messages: {
    empty: {
      'pt-BR': 'O rótulo `{label}` do `label-schema` está vazio{more}',
      en: 'The `label-schema` label `{label}` is empty{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Um rótulo exigido pelo `label-schema` que existe mas está vazio (`LABEL org.opencontainers.image.source=""`) passa na checagem de presença e não informa nada: costuma ser um argumento de build que não foi passado (`LABEL x=$GIT_URL` sem `--build-arg`). Preencha o valor ou tire o rótulo.',
    en: 'A label required by `label-schema` that is present but empty (`LABEL org.opencontainers.image.source=""`) passes the presence check and tells nothing: it is often a build argument that was not passed (`LABEL x=$GIT_URL` without `--build-arg`). Fill in the value or drop the label.',
  },
  examplesConfig: { 'label-schema': { 'org.opencontainers.image.title': 'text' } },
  examples: {
    bad: ['LABEL org.opencontainers.image.title=""\n'],
    good: ['FROM debian:12-slim\nLABEL org.opencontainers.image.title="web"\n'],
  },
  check(ctx) {
    reportBadLabelValues(ctx, new Set(Object.keys(ctx.config.labelSchema)), (v) => v !== '', 'empty');
  },
});
