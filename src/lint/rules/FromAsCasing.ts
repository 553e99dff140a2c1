import { defineRule } from '../types';
import { replaceFix } from './_lib/fix';

/** FromAsCasing (BuildKit): the `AS` keyword should use the same casing as `FROM`. */
export default defineRule({
  id: 'FromAsCasing',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': '`AS` com a mesma caixa que `FROM`',
    en: '`AS` cased like `FROM`',
  },
  messages: {
    mismatch: {
      'pt-BR': 'A caixa de `{as}` não combina com a de `{from}`: use `{expected}`',
      en: 'The casing of `{as}` does not match `{from}`: use `{expected}`',
    },
  },
  fix: {
    'pt-BR': 'escreve `AS` na mesma caixa do `FROM`',
    en: 'writes `AS` in the casing of its `FROM`',
  },
  rationale: {
    'pt-BR':
      'Instruções e palavras-chave funcionam em qualquer caixa, mas misturar `FROM … as …` ou `from … AS …` ' +
      'deixa o Dockerfile com cara de descuidado e atrapalha quem procura os estágios com `grep`. Escreva ' +
      '`AS` em maiúsculas quando `FROM` estiver em maiúsculas, e `as` em minúsculas quando `from` estiver ' +
      'em minúsculas. Um `From` de caixa mista não é comparado (a regra ConsistentInstructionCasing já ' +
      'trata dele).',
    en:
      'Instructions and keywords work in any case, but mixing `FROM … as …` or `from … AS …` makes the ' +
      'Dockerfile look careless and gets in the way of whoever greps for stages. Write `AS` in uppercase ' +
      'when `FROM` is uppercase, and `as` in lowercase when `from` is lowercase. A mixed-case `From` is not ' +
      'compared (ConsistentInstructionCasing already covers it).',
  },
  examples: {
    bad: [
      'FROM node:22-slim as build\nRUN node --version\n',
      'from node:22-slim AS build\nrun node --version\n',
    ],
    good: [
      'FROM node:22-slim AS build\nRUN node --version\n',
      'from node:22-slim as build\nrun node --version\n',
    ],
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      const as = stage.asKeyword;
      if (!as) continue;
      const from = stage.from.written;
      const lower = from === from.toLowerCase();
      const upper = from === from.toUpperCase();
      if (!lower && !upper) continue;
      const expected = lower ? as.value.toLowerCase() : as.value.toUpperCase();
      if (as.value !== expected)
        ctx.report(as, 'mismatch', { as: as.value, from, expected }, { fix: replaceFix(as.range, expected) });
    }
  },
});
