import { defineRule } from '../types';
import { isEmail, reportBadLabelValues, schemaLabelsOfType } from './_lib/labels';

/** DL3058 — Schema label is not an email address (label-schema). */
export default defineRule({
  id: 'DL3058',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  needsConfig: true,
  title: {
    'pt-BR': 'Rótulo do esquema não é um e-mail',
    en: 'Schema label is not an email address',
  },
  messages: {
    notEmail: {
      'pt-BR': 'O rótulo `{label}` deveria ser um endereço de e-mail (RFC 5322), mas vale `{value}`{more}',
      en: 'The label `{label}` should be an email address (RFC 5322) but is `{value}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'O `label-schema` declara este rótulo como `email`: é o contato que alguém vai usar quando a imagem der problema. Um nome solto, um usuário de chat ou `Nome <email>` não são um endereço que ferramentas consigam usar. Coloque só o endereço (`equipe@example.com`).',
    en: 'The `label-schema` declares this label as `email`: it is the contact someone will use when the image misbehaves. A bare name, a chat handle or `Name <email>` is not an address tools can use. Put just the address (`team@example.com`).',
  },
  examplesConfig: { 'label-schema': { maintainer: 'email' } },
  examples: {
    bad: ['LABEL maintainer="Ana Souza"\n'],
    good: ['FROM debian:12-slim\nLABEL maintainer="ana@example.com"\n'],
  },
  check(ctx) {
    reportBadLabelValues(ctx, schemaLabelsOfType(ctx, 'email'), isEmail, 'notEmail');
  },
});
