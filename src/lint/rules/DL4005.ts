import { defineRule } from '../types';

/** DL4005 — `ln … /bin/sh` in a RUN: change the shell with SHELL instead. */
export default defineRule({
  id: 'DL4005',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  instructions: ['RUN', 'SHELL'],
  title: {
    'pt-BR': 'Use SHELL para trocar o shell padrão',
    en: 'Use SHELL to change the default shell',
  },
  messages: {
    relink: {
      'pt-BR': 'Não troque o shell religando `/bin/sh` com `ln`; use a instrução `SHELL`',
      en: 'Do not change the shell by relinking `/bin/sh` with `ln`; use the `SHELL` instruction',
    },
  },
  rationale: {
    'pt-BR':
      'Trocar o link `/bin/sh` (por exemplo `ln -sf /bin/bash /bin/sh`) muda o shell de todo o sistema da ' +
      'imagem, não só o dos seus `RUN`: scripts de pacotes e do próprio sistema que esperam um `sh` POSIX ' +
      'passam a rodar em outro shell, e a mudança fica escondida num comando. A instrução ' +
      '`SHELL ["/bin/bash", "-o", "pipefail", "-c"]` troca o shell apenas para as instruções seguintes do ' +
      'Dockerfile, de forma explícita e sem mexer nos arquivos da imagem.',
    en:
      'Relinking `/bin/sh` (for example `ln -sf /bin/bash /bin/sh`) changes the shell of the whole image ' +
      'system, not just of your `RUN`s: package and system scripts that expect a POSIX `sh` now run in ' +
      'another shell, and the change is hidden inside a command. The `SHELL ["/bin/bash", "-o", "pipefail", ' +
      '"-c"]` instruction switches the shell only for the following Dockerfile instructions, explicitly and ' +
      'without touching the image files.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n'],
    good: [
      'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo "shell: $0" | tee /tmp/shell.txt\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const target = ctx
        .commands(run, 'ln')
        .flatMap((cmd) => cmd.args)
        .find((a) => a.value === '/bin/sh');
      // one finding per instruction
      if (target) ctx.report(target, 'relink');
    }
  },
});
