import { defineRule } from '../types';
import { unquote } from './_lib/apt';

/** `root`, `0`, `root:<group>`, `0:<group>`. */
function isRoot(user: string): boolean {
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}

/** DL3002 — a stage ends with `USER root`. */
export default defineRule({
  id: 'DL3002',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'whole-file',
  title: {
    'pt-BR': 'O último `USER` não deve ser root',
    en: 'The last `USER` should not be root',
  },
  messages: {
    lastRoot: {
      'pt-BR':
        'O último `USER` do estágio é `{user}`: volte para um usuário sem privilégios depois de usar root',
      en: 'The last `USER` of the stage is `{user}`: switch back to an unprivileged user after using root',
    },
  },
  rationale: {
    'pt-BR':
      'O usuário definido pelo último `USER` é o que executa o processo do contêiner. Se ele for root, ' +
      'qualquer falha explorável na aplicação dá ao atacante controle total do contêiner e facilita escapar ' +
      'para o host. Use root só para o que precisa (instalar pacotes, ajustar permissões) e termine o ' +
      'estágio com um usuário comum, de preferência numérico (`USER 10001`), que funciona mesmo sem entrada ' +
      'em `/etc/passwd`.',
    en:
      'The user set by the last `USER` is the one that runs the container process. If it is root, any ' +
      'exploitable bug in the application gives an attacker full control of the container and makes escaping ' +
      'to the host easier. Use root only for what needs it (installing packages, fixing permissions) and end ' +
      'the stage with an ordinary user, preferably numeric (`USER 10001`), which works even without an ' +
      '`/etc/passwd` entry.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nUSER root\nCMD ["bash"]\n',
      'FROM debian:12-slim\nUSER 10001\nCOPY app /app\nUSER 0:0\n',
    ],
    good: ['FROM debian:12-slim\nUSER 0\nRUN mkdir /data && chown 10001 /data\nUSER 10001\nCMD ["app"]\n'],
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      let last = null;
      for (const i of stage.instructions) if (i.keyword === 'USER') last = i;
      if (!last) continue;
      const user = unquote(last.argsText.trim());
      if (isRoot(user)) ctx.report(last.argsRange ?? last, 'lastRoot', { user });
    }
  },
});
