import { defineRule } from '../types';

/** StageNameCasing (BuildKit): stage names should be lowercase. */
export default defineRule({
  id: 'StageNameCasing',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Nomes de estágio em minúsculas',
    en: 'Lowercase stage names',
  },
  messages: {
    upper: {
      'pt-BR': 'O nome de estágio `{name}` deveria estar em minúsculas',
      en: 'Stage name `{name}` should be lowercase',
    },
  },
  rationale: {
    'pt-BR':
      'O Docker trata nomes de estágio sem diferenciar maiúsculas de minúsculas: `AS Build` e `FROM build` ' +
      'apontam para o mesmo estágio, e `--target` aceita qualquer grafia. Um nome com maiúsculas dá a ' +
      'impressão de que a grafia importa e deixa o arquivo inconsistente com as referências a ele ' +
      '(`COPY --from=build`). Escreva o nome todo em minúsculas (`AS build`).',
    en:
      'Docker treats stage names case-insensitively: `AS Build` and `FROM build` name the same stage, and ' +
      '`--target` accepts any spelling. A name with capitals suggests that the spelling matters and leaves ' +
      'the file inconsistent with the references to it (`COPY --from=build`). Write the name in lowercase ' +
      '(`AS build`).',
  },
  examples: {
    bad: ['FROM golang:1.27 AS Builder\nRUN go version\n'],
    good: ['FROM golang:1.27 AS builder\nRUN go version\n'],
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      if (stage.name === null || !stage.nameRange) continue;
      if (stage.name !== stage.name.toLowerCase()) ctx.report(stage.nameRange, 'upper', { name: stage.name });
    }
  },
});
