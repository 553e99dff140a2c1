import { defineRule } from '../types';

/** DL3061 — an instruction other than ARG before the first FROM. */
export default defineRule({
  id: 'DL3061',
  severity: 'error',
  origin: 'hadolint',
  scope: 'whole-file',
  instructions: ['FROM', 'file'],
  title: {
    'pt-BR': 'Comece o Dockerfile com FROM',
    en: 'Start the Dockerfile with FROM',
  },
  messages: {
    beforeFrom: {
      'pt-BR':
        'Ordem inválida: `{instruction}` antes do primeiro `FROM`; só `ARG`, comentários e diretivas podem vir antes',
      en: 'Invalid order: `{instruction}` before the first `FROM`; only `ARG`, comments and parser directives may come first',
    },
  },
  rationale: {
    'pt-BR':
      'Um Dockerfile precisa começar por `FROM`: antes dele só são aceitos comentários, diretivas do parser ' +
      '(`# syntax=…`) e `ARG`, que serve para parametrizar a imagem base (`FROM node:${NODE_VERSION}`). ' +
      'Qualquer outra instrução ali não pertence a estágio nenhum, e o build falha com "no build stage in ' +
      'current context". Mova a instrução para depois do `FROM` do estágio a que ela pertence.',
    en:
      'A Dockerfile must begin with `FROM`: before it only comments, parser directives (`# syntax=…`) and ' +
      '`ARG` are allowed, the latter to parameterise the base image (`FROM node:${NODE_VERSION}`). Any other ' +
      'instruction there belongs to no stage, and the build fails with "no build stage in current context". ' +
      'Move the instruction below the `FROM` of the stage it belongs to.',
  },
  examples: {
    bad: ['LABEL org.opencontainers.image.title="api"\nFROM debian:12-slim\n'],
    good: [
      '# syntax=docker/dockerfile:1\nARG DEBIAN_TAG=12-slim\nFROM debian:${DEBIAN_TAG}\nLABEL org.opencontainers.image.title="api"\n',
    ],
  },
  check(ctx) {
    for (const instr of ctx.instructions) {
      if (instr.keyword === 'FROM') break;
      if (instr.keyword === 'ARG') continue;
      ctx.report(instr.keywordRange, 'beforeFrom', { instruction: instr.keyword });
    }
  },
});
