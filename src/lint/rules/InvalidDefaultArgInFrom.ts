import { AUTOMATIC_PLATFORM_ARGS, type StageModel } from '../parse';
import { defineRule } from '../types';
import { isValidImageReference } from './_lib/reference';
import { expandWord, onFirstLine, spanWord } from './_lib/words';

/** Values BuildKit gives the automatic platform ARGs (a typical linux/amd64 build). */
const PLATFORM_DEFAULTS: Record<string, string> = {
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
};

function hasImageVariables(stage: StageModel): boolean {
  return stage.image?.hasVariables === true;
}

/** InvalidDefaultArgInFrom (BuildKit): with the ARG defaults alone, FROM must name a valid image. */
export default defineRule({
  id: 'InvalidDefaultArgInFrom',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'whole-file',
  title: {
    'pt-BR': 'Valor padrão de ARG gera um FROM inválido',
    en: 'ARG default makes FROM invalid',
  },
  messages: {
    invalid: {
      'pt-BR':
        'Com os valores padrão dos ARGs, `{image}` vira `{result}`, que não é um nome de imagem válido',
      en: 'With the ARG defaults, `{image}` becomes `{result}`, which is not a valid image name',
    },
  },
  rationale: {
    'pt-BR':
      'Um FROM montado a partir de argumentos de build (`FROM node:${VERSAO}`) precisa funcionar também ' +
      'quando ninguém passa `--build-arg`. Se o `ARG` global não tem valor padrão, a referência vira ' +
      '`node:` ou fica vazia e o build quebra para quem só roda `docker build .`, além de atrapalhar ' +
      'ferramentas que leem o Dockerfile sem argumentos. Dê um padrão ao `ARG` (`ARG VERSAO=20`) ou use ' +
      '`${VERSAO:-20}` no FROM; um `ARG` vazio é aceito quando a referência continua válida sem ele ' +
      '(`FROM alpine:3.23${SUFIXO}`).',
    en:
      'A FROM built from build arguments (`FROM node:${VERSION}`) must also work when nobody passes ' +
      '`--build-arg`. If the global `ARG` has no default, the reference becomes `node:` or empty and the ' +
      'build breaks for anyone who just runs `docker build .`, and tools that read the Dockerfile without ' +
      'arguments are misled. Give the `ARG` a default (`ARG VERSION=20`) or write `${VERSION:-20}` in the ' +
      'FROM; an empty `ARG` is fine when the reference stays valid without it (`FROM alpine:3.23${SUFFIX}`).',
  },
  differsFrom: {
    'pt-BR':
      'Só linhas FROM com variáveis são verificadas; um nome de imagem inválido escrito por extenso já é um ' +
      'erro de build. Para os ARGs automáticos de plataforma, supõe-se um build linux/amd64.',
    en:
      'Only FROM lines with variables are checked; an invalid image name written out in full is already a ' +
      'build error. The automatic platform ARGs are assumed to describe a linux/amd64 build.',
  },
  examples: {
    bad: ['ARG NODE_VERSION\nFROM node:${NODE_VERSION}\n', 'ARG BASE\nFROM ${BASE}\n'],
    good: [
      'ARG NODE_VERSION=20-slim\nFROM node:${NODE_VERSION}\n',
      'ARG NODE_VERSION\nFROM node:${NODE_VERSION:-20-slim}\n',
      'ARG VARIANT\nFROM alpine:3.23${VARIANT}\n',
    ],
  },
  check(ctx) {
    if (!ctx.stages.some(hasImageVariables)) return; // nothing to expand
    const env = new Map<string, string>();
    for (const n of AUTOMATIC_PLATFORM_ARGS) env.set(n, PLATFORM_DEFAULTS[n] ?? '');
    const last = ctx.stages[ctx.stages.length - 1];
    env.set('TARGETSTAGE', last?.nameLower ?? '');
    // global ARGs in order, each default expanded with what came before (build args are ignored on
    // purpose: the check is about the defaults)
    for (const def of ctx.model.globalArgs) {
      if (def.value === null) continue;
      env.set(def.name, expandWord(def.value, (n) => env.get(n), ctx.model.escapeChar).value);
    }
    for (const stage of ctx.stages) {
      const image = stage.image;
      if (!image?.hasVariables) continue;
      const w = spanWord(ctx.model, image.range);
      const e = expandWord(w.text, (n) => env.get(n), ctx.model.escapeChar);
      if (!e.ok) continue; // BuildKit gives up on an expansion error
      if (isValidImageReference(e.value)) continue;
      ctx.report(onFirstLine(stage.from, image.range), 'invalid', {
        image: image.raw,
        result: e.value || '""',
      });
    }
  },
});
