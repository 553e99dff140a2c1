import { hasFlag } from '../shell';
import { defineRule } from '../types';
import { spanFromTo, zypperSub } from './_lib/packages';

/** zypper subcommands that ask for confirmation. */
const PROMPTING = new Set(['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up']);

/** DL3034 — zypper without a non-interactive switch. */
export default defineRule({
  id: 'DL3034',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use zypper em modo não interativo',
    en: 'Run zypper non-interactively',
  },
  messages: {
    interactive: {
      'pt-BR': 'Falta a opção não interativa no `zypper {sub}`: use `zypper --non-interactive {sub}` ou `-y`',
      en: 'Non-interactive switch missing from `zypper {sub}`: use `zypper --non-interactive {sub}` or `-y`',
    },
  },
  rationale: {
    'pt-BR':
      'Sem `-n`/`--non-interactive` (opção global) ou `-y`/`--no-confirm` (do subcomando), o zypper ' +
      'pergunta antes de instalar, remover ou aplicar patches. No build não há quem responda: a pergunta ' +
      'trava ou é abortada e o RUN falha. Use `zypper --non-interactive install …` (ou `zypper install -y ' +
      '…`).',
    en:
      'Without `-n`/`--non-interactive` (global option) or `-y`/`--no-confirm` (subcommand option), zypper ' +
      'asks before installing, removing or patching. Nobody can answer during a build: the prompt hangs or ' +
      'aborts and the RUN fails. Use `zypper --non-interactive install …` (or `zypper install -y …`).',
  },
  differsFrom: {
    'pt-BR': '`zypper update`/`up`, que também pede confirmação, é verificado.',
    en: '`zypper update`/`up`, which prompts too, is checked.',
  },
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper install curl=8.6.0 && zypper clean --all\n'],
    good: [
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.6.0 && zypper clean --all\n',
      'RUN zypper install -y tar=1.34 && zypper clean --all\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      for (const cmd of ctx.commands(run, 'zypper')) {
        const sub = zypperSub(cmd);
        if (!sub || !PROMPTING.has(sub.value)) continue;
        if (hasFlag(cmd, '-n', '--non-interactive', '-y', '--no-confirm')) continue;
        ctx.report(spanFromTo(cmd.nameWord, sub), 'interactive', { sub: sub.value });
        break;
      }
    }
  },
});
