import { defineRule } from '../types';
import { resolveFrom } from './_lib/copy';

/** DL3022 — COPY --from names a stage that is not defined before it. */
export default defineRule({
  id: 'DL3022',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'whole-file',
  title: {
    'pt-BR': 'COPY --from deve apontar para um estágio definido antes',
    en: 'COPY --from should reference a previously defined stage',
  },
  messages: {
    undefinedStage: {
      'pt-BR':
        '`COPY --from={name}` não aponta para nenhum estágio definido antes; se for uma imagem, escreva-a com tag (`{name}:<tag>`)',
      en: '`COPY --from={name}` does not reference any previously defined stage; if it is an image, give it a tag (`{name}:<tag>`)',
    },
    laterStage: {
      'pt-BR':
        '`COPY --from={name}` aponta para um estágio declarado mais abaixo (linha {line}); o BuildKit recusa: mova esse estágio para antes deste',
      en: '`COPY --from={name}` references a stage declared further down (line {line}); BuildKit refuses it: move that stage above this one',
    },
    badIndex: {
      'pt-BR':
        '`COPY --from={name}` aponta para o estágio de índice {name}, que ainda não existe neste ponto',
      en: '`COPY --from={name}` references stage index {name}, which does not exist at this point',
    },
  },
  rationale: {
    'pt-BR':
      'Um `--from` que não corresponde a nenhum estágio é tratado pelo Docker como o nome de uma imagem: um ' +
      'erro de digitação (`--from=biuld`) vira uma tentativa de baixar a imagem `biuld:latest` de um ' +
      'registry, com um erro confuso ou, pior, copiando arquivos de uma imagem que ninguém pretendia usar. ' +
      'Já um estágio que existe mas foi declarado mais abaixo faz o BuildKit parar o build com ' +
      '"cannot copy from stage …, it needs to be defined before current stage …". Aponte para um estágio ' +
      'declarado antes (`FROM … AS build`) ou, se a intenção é mesmo uma imagem externa, escreva-a com tag ' +
      '(`--from=nginx:1.30`).',
    en:
      'A `--from` that matches no stage is taken by Docker as an image name: a typo (`--from=biuld`) becomes ' +
      'an attempt to pull the image `biuld:latest` from a registry, with a confusing error or, worse, files ' +
      'copied from an image nobody meant to use. A stage that exists but is declared further down makes ' +
      'BuildKit stop the build with "cannot copy from stage …, it needs to be defined before current stage …". ' +
      'Reference a stage declared earlier (`FROM … AS build`) or, if you really mean an external image, tag ' +
      'it (`--from=nginx:1.30`).',
  },
  differsFrom: {
    'pt-BR':
      'Nomes de estágio são comparados sem diferenciar maiúsculas de minúsculas (como no BuildKit); valores ' +
      'com `/` (nomes de imagem, que um estágio não pode ter) ou com variáveis (`--from=${BASE}`) não são ' +
      'acusados; o índice do próprio estágio fica a cargo do DL3023.',
    en:
      'Stage names are compared case-insensitively (as BuildKit does); values containing `/` (image names, ' +
      'which a stage cannot have) or variables (`--from=${BASE}`) are not flagged; the index of the current ' +
      'stage is left to DL3023.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nCOPY --from=builder /out/app /usr/local/bin/app\n',
      'FROM debian:12-slim\nCOPY --from=1 /out/app /usr/local/bin/app\n',
    ],
    good: [
      'FROM golang:1.27 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM debian:12-slim\nCOPY --from=builder /out/app /usr/local/bin/app\n',
      'FROM debian:12-slim\nCOPY --from=nginx:1.30 /etc/nginx/nginx.conf /etc/nginx/nginx.conf\n',
    ],
  },
  check(ctx) {
    for (const copy of ctx.instructionsOf('COPY')) {
      const flag = copy.flag('from');
      if (!flag?.value) continue;
      const target = resolveFrom(ctx.model, flag.value, copy.stage);
      const where = flag.valueRange ? { range: flag.valueRange } : flag;
      if (target.kind === 'index') {
        const limit = copy.stage ? copy.stage.index : -1;
        if (target.index > limit) ctx.report(where, 'badIndex', { name: String(target.index) });
      } else if (target.kind === 'name') {
        if (target.name.includes(':') || target.name.includes('/') || target.name.includes('@')) continue;
        const later = ctx.model.stageByName(target.name);
        if (later) ctx.report(where, 'laterStage', { name: target.name, line: later.from.range.line });
        else ctx.report(where, 'undefinedStage', { name: target.name });
      }
    }
  },
});
