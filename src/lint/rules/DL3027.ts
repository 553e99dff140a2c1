import { defineRule } from '../types';

/** DL3027 — `apt` is the interactive front-end; scripts should use apt-get / apt-cache. */
export default defineRule({
  id: 'DL3027',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use `apt-get` ou `apt-cache` em vez de `apt`',
    en: 'Use `apt-get` or `apt-cache` instead of `apt`',
  },
  messages: {
    apt: {
      'pt-BR': 'Não use `apt`, feito para uso interativo; use `apt-get` ou `apt-cache`',
      en: 'Do not use `apt`, which is meant for interactive use; use `apt-get` or `apt-cache`',
    },
  },
  rationale: {
    'pt-BR':
      'O `apt` é a interface pensada para pessoas no terminal: a saída e as opções podem mudar entre ' +
      'versões, e ele mesmo avisa que não tem uma interface estável para scripts. Num build isso vira ' +
      'avisos no log e comportamento que pode mudar ao trocar a imagem base. `apt-get` (instalar, ' +
      'atualizar) e `apt-cache` (consultar) têm interface estável e são feitos para automação.',
    en:
      '`apt` is the front-end meant for people at a terminal: its output and options may change between ' +
      'releases, and it warns by itself that it has no stable interface for scripts. In a build that means ' +
      'warnings in the log and behaviour that may shift when the base image changes. `apt-get` (install, ' +
      'upgrade) and `apt-cache` (queries) have stable interfaces and are made for automation.',
  },
  examples: {
    bad: [
      'FROM debian:12\nRUN apt update && apt install -y --no-install-recommends curl=7.88.1-10+deb12u15\n',
    ],
    good: [
      'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\\n && rm -rf /var/lib/apt/lists/*\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const cmd = ctx.commands(run, 'apt')[0];
      if (cmd) ctx.report(cmd.nameWord, 'apt');
    }
  },
});
