import { defineRule } from '../types';

/** DL3007 — FROM …:latest. */
export default defineRule({
  id: 'DL3007',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Não use a tag `latest`',
    en: 'Do not use the `latest` tag',
  },
  messages: {
    latest: {
      'pt-BR': 'A tag `latest` de `{image}` muda com o tempo: fixe uma versão específica',
      en: 'The `latest` tag of `{image}` changes over time: pin a specific version',
    },
  },
  rationale: {
    'pt-BR':
      '`latest` é só um nome que o mantenedor move para a versão mais recente: escrever a tag explicitamente ' +
      'não a torna estável. O mesmo Dockerfile passa a construir imagens diferentes de um dia para o outro, ' +
      'uma nova versão maior da imagem base pode quebrar o build sem aviso, e fica impossível saber qual ' +
      'versão está em produção. Use uma tag de versão (`node:22-bookworm-slim`) ou fixe o digest; `latest` ' +
      'acompanhado de `@sha256:…` é aceito, pois o digest manda.',
    en:
      '`latest` is just a name the maintainer moves to the newest release: writing the tag explicitly does not ' +
      'make it stable. The same Dockerfile builds different images from one day to the next, a new major ' +
      'version of the base image can break the build without warning, and you cannot tell which version is ' +
      'in production. Use a version tag (`node:22-bookworm-slim`) or pin the digest; `latest` together with ' +
      '`@sha256:…` is accepted, since the digest wins.',
  },
  examples: {
    bad: ['FROM debian:latest\n', 'FROM node:latest AS build\nRUN echo ok\n'],
    good: [
      'FROM debian:12-slim\n',
      'FROM debian:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    ],
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      const image = stage.image;
      if (image?.tag !== 'latest' || image.digest) continue;
      const r = image.range;
      // Point at the `latest` tag itself when it ends the reference on one line.
      if (
        r.line === r.endLine &&
        image.raw.endsWith(':latest') &&
        r.endColumn - r.column === image.raw.length
      ) {
        ctx.report(
          { line: r.line, column: r.endColumn - 'latest'.length, endLine: r.endLine, endColumn: r.endColumn },
          'latest',
          { image: image.raw.slice(0, -':latest'.length) },
        );
      } else {
        ctx.report(image, 'latest', { image: image.raw });
      }
    }
  },
});
