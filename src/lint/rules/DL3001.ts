import type { ShellWord } from '../shell';
import { defineRule } from '../types';
import { moreList, runPrograms } from './_lib/apt';

/** Programs that make no sense while an image is being built. */
const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);
/** Pre-check: one of POINTLESS as a whole word (a command name, possibly after a path). */

/** DL3001 — RUN calls an interactive or system-administration tool. */
export default defineRule({
  id: 'DL3001',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Não rode ferramentas interativas ou de administração no build',
    en: 'Do not run interactive or admin tools during the build',
  },
  messages: {
    pointless: {
      'pt-BR':
        '`{command}` não faz sentido num `RUN`: o build não tem terminal, serviços nem processos vivos{more}',
      en: '`{command}` makes no sense in a `RUN`: the build has no terminal, services or live processes{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Cada `RUN` executa num contêiner temporário, sem terminal e sem sistema de init, que é descartado ' +
      'logo em seguida: `vim` e `top` esperam alguém digitando, `ssh` depende de credenciais que não devem ' +
      'entrar na imagem, e `service`, `kill`, `ps`, `free`, `mount` ou `shutdown` agem sobre processos e ' +
      'recursos que não existem mais quando a camada é gravada. Na prática o build trava, falha ou não produz ' +
      'efeito nenhum. Edite arquivos com `COPY` ou `sed`, e inicie processos no `CMD`/`ENTRYPOINT`.',
    en:
      'Each `RUN` executes in a throwaway container with no terminal and no init system: `vim` and `top` wait ' +
      'for someone typing, `ssh` needs credentials that must not end up in the image, and `service`, `kill`, ' +
      '`ps`, `free`, `mount` or `shutdown` act on processes and resources that are gone once the layer is ' +
      'saved. In practice the build hangs, fails or has no effect at all. Edit files with `COPY` or `sed`, ' +
      'and start processes in `CMD`/`ENTRYPOINT`.',
  },
  differsFrom: {
    'pt-BR':
      'O hadolint acusa todo `kill`. Aqui um `kill` que encerra um processo iniciado em segundo plano (`&`) ' +
      'no mesmo RUN não é acusado: subir um servidor, usá-lo e derrubá-lo no mesmo passo é limpeza, não ' +
      'gerência de processos do contêiner.',
    en:
      'hadolint reports every `kill`. Here a `kill` that stops a process started in the background (`&`) in ' +
      'the same RUN is not reported: starting a server, using it and stopping it in one step is cleanup, not ' +
      'managing the container’s processes.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nRUN service nginx start\n', 'RUN vim /etc/hosts\n'],
    good: [
      'FROM debian:12-slim\nCOPY nginx.conf /etc/nginx/nginx.conf\nCMD ["nginx", "-g", "daemon off;"]\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      // `server & … kill $pid`: stopping a process this same RUN started in the background is cleanup
      const commands = ctx.commands(run);
      const startedInBackground = (target: ShellWord) => {
        const i = commands.findIndex((c) => c.nameWord === target);
        return i > 0 && commands.slice(0, i).some((c) => c.nextOp === '&');
      };
      const hits = runPrograms(
        ctx,
        run,
        (name, target) => POINTLESS.has(name) && !(name === 'kill' && startedInBackground(target)),
      );
      if (hits.length === 0) continue;
      const others = [...new Set(hits.slice(1).map((h) => h.name))].filter((n) => n !== hits[0].name);
      ctx.report(hits[0].target, 'pointless', { command: hits[0].name, more: moreList(others) });
    }
  },
});
