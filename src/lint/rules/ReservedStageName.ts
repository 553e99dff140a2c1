import { defineRule } from '../types';

const RESERVED = new Set(['scratch', 'context']);

/** ReservedStageName (BuildKit) = DL3063 (hadolint): `scratch` and `context` cannot be stage names. */
export default defineRule({
  id: 'ReservedStageName',
  aliases: ['DL3063'],
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Não use nomes reservados como nome de estágio',
    en: 'Do not use a reserved word as a stage name',
  },
  messages: {
    reserved: {
      'pt-BR': '`{name}` é um nome reservado pelo Docker e não deve ser usado como nome de estágio',
      en: '`{name}` is reserved by Docker and should not be used as a stage name',
    },
  },
  rationale: {
    'pt-BR':
      'Alguns nomes já têm significado no Dockerfile: `scratch` é a imagem vazia (`FROM scratch`) e `context` ' +
      'é reservado para o contexto de build. Um estágio com um desses nomes não pode ser referenciado com ' +
      'segurança: `FROM scratch` continua significando a imagem vazia, não o seu estágio, e quem lê o arquivo ' +
      'se confunde. Escolha outro nome (`base`, `src`). O hadolint faz a mesma verificação como DL3063.',
    en:
      'Some names already mean something in a Dockerfile: `scratch` is the empty image (`FROM scratch`) and ' +
      '`context` is reserved for the build context. A stage with one of these names cannot be referred to ' +
      'safely: `FROM scratch` still means the empty image, not your stage, and readers get confused. Pick ' +
      'another name (`base`, `src`). hadolint runs the same check as DL3063.',
  },
  differsFrom: {
    'pt-BR':
      'O nome é comparado sem diferenciar maiúsculas de minúsculas, como no BuildKit (`AS Scratch` também é ' +
      'acusado); o DL3063 do hadolint só acusa o nome escrito em minúsculas.',
    en:
      'The name is compared case-insensitively, as BuildKit does (`AS Scratch` is flagged too); ' +
      "hadolint's DL3063 only flags the lower-case spelling.",
  },
  examples: {
    bad: ['FROM alpine:3.23 AS scratch\nRUN echo ok\n', 'FROM alpine:3.23 AS Context\nRUN echo ok\n'],
    good: ['FROM alpine:3.23 AS base\nRUN echo ok\n\nFROM base\nUSER 10001\n'],
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      if (!stage.nameLower || !stage.nameRange || !RESERVED.has(stage.nameLower)) continue;
      ctx.report(stage.nameRange, 'reserved', { name: stage.name ?? stage.nameLower });
    }
  },
});
