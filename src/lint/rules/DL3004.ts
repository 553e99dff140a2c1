import { defineRule } from '../types';
import { runPrograms } from './_lib/apt';

/** DL3004 — sudo in RUN. */
export default defineRule({
  id: 'DL3004',
  severity: 'error',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Não use `sudo`',
    en: 'Do not use `sudo`',
  },
  messages: {
    sudo: {
      'pt-BR': 'Não use `sudo`: troque de usuário com `USER` ou use `gosu` no ponto de entrada',
      en: 'Do not use `sudo`: switch users with `USER` or use `gosu` in the entrypoint',
    },
  },
  rationale: {
    'pt-BR':
      '`sudo` foi feito para sessões interativas: exige um TTY ou senha em muitas configurações, repassa ' +
      'sinais e variáveis de ambiente de forma imprevisível e, se ficar instalado, é um atalho para root ' +
      'dentro do contêiner. No build, rode como root os comandos que precisam disso (antes do `USER` sem ' +
      'privilégios) e mude de usuário com `USER`. Se o processo precisa começar como root e depois baixar ' +
      'os privilégios, use `gosu` ou `su-exec` no `ENTRYPOINT`.',
    en:
      '`sudo` is made for interactive sessions: many setups require a TTY or a password, it forwards signals ' +
      'and environment variables unpredictably and, if left installed, it is a shortcut to root inside the ' +
      'container. During the build, run as root what needs it (before the unprivileged `USER`) and switch ' +
      'users with `USER`. If the process must start as root and then drop privileges, use `gosu` or ' +
      '`su-exec` in the `ENTRYPOINT`.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nUSER 10001\nRUN sudo mkdir /data\n',
      'RUN apt-get update && sudo apt-get install -y --no-install-recommends make=4.3-4.1\n',
    ],
    good: ['FROM debian:12-slim\nRUN mkdir /data && chown 10001 /data\nUSER 10001\n'],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const sudo = runPrograms(ctx, run, (name) => name === 'sudo')[0];
      if (sudo) ctx.report(sudo.target, 'sudo');
    }
  },
});
