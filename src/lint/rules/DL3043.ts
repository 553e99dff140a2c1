import { defineRule } from '../types';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

/** DL3043 — ONBUILD wrapping ONBUILD, FROM or MAINTAINER. */
export default defineRule({
  id: 'DL3043',
  severity: 'error',
  origin: 'hadolint',
  scope: 'instruction',
  instructions: ['ONBUILD'],
  title: {
    'pt-BR': 'ONBUILD não aceita ONBUILD, FROM nem MAINTAINER',
    en: 'ONBUILD cannot wrap ONBUILD, FROM or MAINTAINER',
  },
  messages: {
    forbidden: {
      'pt-BR': '`ONBUILD {keyword}` não é permitido: `{keyword}` não pode ser um gatilho de `ONBUILD`',
      en: '`ONBUILD {keyword}` is not allowed: `{keyword}` cannot be an `ONBUILD` trigger',
    },
  },
  rationale: {
    'pt-BR':
      '`ONBUILD` registra uma instrução para rodar quando outra imagem usar esta como base. O Docker não ' +
      'aceita encadear `ONBUILD ONBUILD`, nem `FROM` (o gatilho roda dentro do estágio de quem herda, que já ' +
      'tem seu `FROM`) nem `MAINTAINER`: o build desta própria imagem já falha, pois o BuildKit recusa o ' +
      'gatilho ao ler o Dockerfile ("FROM isn\'t allowed as an ONBUILD trigger"). Tire a instrução do ' +
      '`ONBUILD` ou repense o gatilho.',
    en:
      '`ONBUILD` records an instruction to run when another image uses this one as its base. Docker does not ' +
      'allow chaining `ONBUILD ONBUILD`, nor `FROM` (the trigger runs inside the inheriting stage, which ' +
      'already has its `FROM`) nor `MAINTAINER`: the build of this very image already fails, since BuildKit ' +
      'refuses the trigger as it reads the Dockerfile ("FROM isn\'t allowed as an ONBUILD trigger"). Take the ' +
      'instruction out of `ONBUILD` or rethink the trigger.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nONBUILD FROM alpine:3.23\n', 'ONBUILD ONBUILD COPY . /src/\n'],
    good: ['FROM debian:12-slim\nONBUILD COPY . /src/\n'],
  },
  check(ctx) {
    for (const onbuild of ctx.instructionsOf('ONBUILD')) {
      const trigger = onbuild.trigger;
      if (!trigger || !FORBIDDEN.has(trigger.keyword)) continue;
      ctx.report(trigger.keywordRange, 'forbidden', { keyword: trigger.keyword });
    }
  },
});
