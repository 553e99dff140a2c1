import { defineRule } from '../types';
import { resolveFrom } from './_lib/copy';

/** DL3023 — COPY --from points at the stage it is in. */
export default defineRule({
  id: 'DL3023',
  severity: 'error',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'COPY --from não pode apontar para o próprio estágio',
    en: 'COPY --from cannot reference its own stage',
  },
  messages: {
    ownStage: {
      'pt-BR': '`COPY --from={name}` aponta para o estágio em que está; copie de um estágio anterior',
      en: '`COPY --from={name}` references the stage it is in; copy from an earlier stage',
    },
  },
  rationale: {
    'pt-BR':
      'Um estágio não pode copiar arquivos de si mesmo: enquanto ele está sendo construído, seu resultado ' +
      'ainda não existe, e o BuildKit recusa o build com um erro de dependência circular. Normalmente é um ' +
      'nome trocado: aponte o `--from` para o estágio que de fato produziu os arquivos.',
    en:
      'A stage cannot copy files from itself: while it is being built its result does not exist yet, and ' +
      'BuildKit rejects the build with a circular dependency error. It is usually a mixed-up name: point ' +
      '`--from` at the stage that actually produced the files.',
  },
  differsFrom: {
    'pt-BR':
      'O nome é comparado sem diferenciar maiúsculas de minúsculas, e o índice numérico do próprio estágio ' +
      '(`--from=1` dentro do segundo estágio) também é acusado.',
    en:
      'The name is compared case-insensitively, and the numeric index of the stage itself (`--from=1` inside ' +
      'the second stage) is flagged too.',
  },
  examples: {
    bad: ['FROM golang:1.27 AS build\nCOPY --from=build /src/app /usr/local/bin/app\n'],
    good: [
      'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM debian:12-slim AS run\nCOPY --from=build /out/app /usr/local/bin/app\n',
    ],
  },
  check(ctx) {
    for (const copy of ctx.instructionsOf('COPY')) {
      const flag = copy.flag('from');
      const stage = copy.stage;
      if (!flag?.value || !stage) continue;
      const target = resolveFrom(ctx.model, flag.value, stage);
      const own =
        (target.kind === 'stage' && target.stage === stage) ||
        (target.kind === 'index' && target.index === stage.index);
      if (own)
        ctx.report(flag.valueRange ? { range: flag.valueRange } : flag, 'ownStage', { name: flag.value });
    }
  },
});
