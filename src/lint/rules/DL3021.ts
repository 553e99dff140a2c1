import { defineRule } from '../types';
import { copyOperands } from './_lib/copy';

/** DL3021 — COPY with several sources into a destination that does not end with `/`. */
export default defineRule({
  id: 'DL3021',
  severity: 'error',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'COPY com várias origens exige destino terminado em /',
    en: 'COPY with several sources needs a destination ending in /',
  },
  messages: {
    noSlash: {
      'pt-BR': 'O `COPY` tem {count} origens, então o destino `{dest}` deve terminar com `/`',
      en: 'This `COPY` has {count} sources, so the destination `{dest}` must end with `/`',
    },
  },
  rationale: {
    'pt-BR':
      'Quando um `COPY` recebe mais de uma origem, o destino só pode ser um diretório. Sem a `/` final, o ' +
      'build falha se o caminho ainda não existir como diretório, e quem lê não sabe se a intenção era ' +
      'copiar para uma pasta ou para um arquivo. Termine o destino com `/` (`COPY a.txt b.txt /app/`) para ' +
      'deixar claro que é um diretório.',
    en:
      'When `COPY` gets more than one source, the destination can only be a directory. Without the trailing ' +
      '`/` the build fails if the path does not already exist as a directory, and readers cannot tell ' +
      'whether a folder or a file was meant. End the destination with `/` (`COPY a.txt b.txt /app/`) to make ' +
      'it clearly a directory.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nCOPY package.json package-lock.json /app\n', 'COPY a.txt b.txt "/data"\n'],
    good: [
      'FROM debian:12-slim\nCOPY package.json package-lock.json /app/\n',
      'COPY app.conf /etc/app.conf\n',
    ],
  },
  check(ctx) {
    for (const copy of ctx.instructionsOf('COPY')) {
      const ops = copyOperands(ctx.model, copy);
      if (!ops || ops.sources.length < 2) continue;
      if (ops.dest.value.endsWith('/')) continue;
      ctx.report(ops.dest.target, 'noSlash', { count: ops.sources.length, dest: ops.dest.value });
    }
  },
});
