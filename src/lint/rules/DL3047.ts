import { hasFlag } from '../shell';
import { defineRule } from '../types';

/** DL3047 — wget without --progress (or a flag that quiets or redirects its output). */
export default defineRule({
  id: 'DL3047',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Controle a barra de progresso do wget',
    en: "Control wget's progress bar",
  },
  messages: {
    progress: {
      'pt-BR':
        '`wget` sem `--progress` enche o log do build; use `wget --progress=dot:giga <url>` ou `-q`/`-nv`',
      en: '`wget` without `--progress` floods the build log; use `wget --progress=dot:giga <url>` or `-q`/`-nv`',
    },
  },
  rationale: {
    'pt-BR':
      'Fora de um terminal, o `wget` troca a barra de progresso por pontos e despeja milhares de linhas no ' +
      'log do build ao baixar arquivos grandes, escondendo o que importa e estourando limites de log do CI. ' +
      '`--progress=dot:giga` deixa a saída curta; `-q` (`--quiet`) ou `-nv` (`--no-verbose`) a reduzem ainda ' +
      'mais, e `-o`/`-a` mandam o log para um arquivo.',
    en:
      'Outside a terminal, `wget` swaps its progress bar for dots and dumps thousands of lines into the build ' +
      'log when downloading large files, hiding what matters and blowing CI log limits. ' +
      '`--progress=dot:giga` keeps the output short; `-q` (`--quiet`) or `-nv` (`--no-verbose`) reduce it ' +
      'further, and `-o`/`-a` send the log to a file.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nRUN wget https://example.com/tool.tar.gz\n'],
    good: [
      'FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz\n',
      'RUN wget -nv https://example.com/tool.tar.gz\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      for (const cmd of ctx.commands(run, 'wget')) {
        if (
          hasFlag(cmd, '--progress', '-q', '--quiet', '-o', '--output-file', '-a', '--append-output') ||
          hasFlag(cmd, '--no-verbose') ||
          cmd.argv.includes('-nv')
        )
          continue;
        ctx.report(cmd.nameWord, 'progress');
        break; // one finding per instruction
      }
    }
  },
});
