import { defineRule } from '../types';

/** DL3006 — FROM without a tag: the base image changes under you. */
export default defineRule({
  id: 'DL3006',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe a tag da imagem base',
    en: 'Tag the base image explicitly',
  },
  messages: {
    untagged: {
      'pt-BR': 'Sempre declare a tag da imagem explicitamente: `{image}` sem tag significa `{image}:latest`',
      en: 'Always tag the version of an image explicitly: `{image}` without a tag means `{image}:latest`',
    },
  },
  rationale: {
    'pt-BR':
      'Sem tag, o Docker usa `latest`, que aponta para versões diferentes ao longo do tempo: o mesmo Dockerfile ' +
      'passa a gerar imagens diferentes e um build que funcionava ontem pode quebrar hoje. Declare a versão ' +
      '(`debian:12`) ou, melhor ainda, fixe o digest (`debian@sha256:…`). Não se aplica a `scratch`, a nomes de ' +
      'estágios anteriores (`FROM build`) nem a imagens vindas de ARG (`FROM ${BASE}`).',
    en:
      'Without a tag Docker uses `latest`, which points at different versions over time: the same Dockerfile ' +
      'builds different images and a build that worked yesterday may break today. Name the version ' +
      '(`debian:12`) or, better, pin the digest (`debian@sha256:…`). Does not apply to `scratch`, to earlier ' +
      'stage names (`FROM build`) or to images coming from an ARG (`FROM ${BASE}`).',
  },
  differsFrom: {
    'pt-BR':
      'Nomes de estágio são comparados sem diferenciar maiúsculas de minúsculas, como faz o BuildKit; qualquer ' +
      'imagem com `$` é aceita, já que a variável pode trazer a tag.',
    en:
      'Stage names are compared case-insensitively, like BuildKit does; any image containing `$` is accepted, ' +
      'since the variable may carry the tag.',
  },
  examples: {
    bad: [
      'FROM debian\nRUN echo ok\n',
      'FROM node:22 AS build\nRUN echo ok\nFROM nginx\nCOPY --from=build /app /app\n',
    ],
    good: [
      'FROM debian:12\n',
      'FROM node:22 AS build\nRUN echo ok\nFROM build AS test\nRUN echo ok\n',
      'FROM scratch\nCOPY app /app\n',
      'ARG BASE=debian:12\nFROM ${BASE}\n',
      'FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    ],
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      const image = stage.image;
      if (!image || image.tag || image.digest || image.hasVariables) continue;
      if (image.registry === null && image.name.toLowerCase() === 'scratch') continue;
      // an earlier stage used as base (`FROM build`)
      if (image.registry === null && ctx.model.stageByName(image.name, stage.index)) continue;
      ctx.report(image, 'untagged', { image: image.raw });
    }
  },
});
