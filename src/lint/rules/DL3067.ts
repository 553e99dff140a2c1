import { defineRule } from '../types';

const dropQuotes = (s: string) => s.replace(/^["']+|["']+$/g, '');

/** DL3067 — `COPY --from=<stage> / /`: the whole filesystem of another stage or image. */
export default defineRule({
  id: 'DL3067',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Não copie o sistema de arquivos inteiro de outro estágio',
    en: 'Do not copy an entire filesystem from another stage',
  },
  messages: {
    wholeFs: {
      'pt-BR':
        'Não copie o sistema de arquivos inteiro de `{source}`: liste só os caminhos de que a imagem precisa',
      en: 'Do not copy the entire filesystem of `{source}`: list only the paths the image needs',
    },
  },
  rationale: {
    'pt-BR':
      '`COPY --from=build / /` despeja na imagem tudo o que existe no outro estágio: compiladores, caches de ' +
      'pacotes, cabeçalhos, arquivos temporários e até segredos deixados pelo build. Isso desfaz a vantagem ' +
      'do multi-stage build, engorda a imagem e aumenta a superfície de ataque, além de sobrescrever arquivos ' +
      'do sistema da imagem base. Copie apenas o que o programa precisa para rodar, como ' +
      '`COPY --from=build /out/api /usr/local/bin/api`.',
    en:
      '`COPY --from=build / /` dumps everything in the other stage into the image: compilers, package caches, ' +
      'headers, temporary files and even secrets left by the build. It undoes the point of a multi-stage ' +
      'build, bloats the image and widens the attack surface, and it overwrites system files of the base ' +
      'image. Copy only what the program needs at run time, as in `COPY --from=build /out/api /usr/local/bin/api`.',
  },
  examples: {
    bad: [
      'FROM golang:1.27-bookworm AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/api ./cmd/api\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build / /\n',
    ],
    good: [
      'FROM golang:1.27-bookworm AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/api ./cmd/api\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /out/api /usr/local/bin/api\n',
    ],
  },
  check(ctx) {
    for (const copy of ctx.instructionsOf('COPY')) {
      const from = copy.flag('from');
      if (!from) continue;
      const paths = copy.form === 'exec' && copy.exec ? copy.exec : copy.args.map((t) => t.value);
      if (paths.length < 2) continue;
      const target = dropQuotes(paths[paths.length - 1]);
      const sources = paths.slice(0, -1).map(dropQuotes);
      if (target === '/' && sources.includes('/')) {
        ctx.report(copy.argsRange ?? copy, 'wholeFs', { source: from.value ?? '' });
      }
    }
  },
});
