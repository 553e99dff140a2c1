import { defineRule } from '../types';
import { zypperSub } from './_lib/packages';

/** DL3035 — zypper dist-upgrade in a build. */
export default defineRule({
  id: 'DL3035',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Não use `zypper dist-upgrade`',
    en: 'Do not use `zypper dist-upgrade`',
  },
  messages: {
    distUpgrade: {
      'pt-BR': 'Não use `zypper {sub}` no build: troque a imagem base por uma versão mais nova',
      en: 'Do not use `zypper {sub}` in a build: move to a newer base image instead',
    },
  },
  rationale: {
    'pt-BR':
      '`zypper dist-upgrade` (`dup`) atualiza a distribuição inteira, podendo trocar de versão, remover ' +
      'pacotes e mudar fornecedores. Num build isso torna a imagem imprevisível (cada build traz um sistema ' +
      'diferente), aumenta muito a camada e esconde o que a imagem base realmente entrega. Para um sistema ' +
      'mais novo, use uma tag mais nova da imagem base; para correções, instale versões específicas.',
    en:
      '`zypper dist-upgrade` (`dup`) upgrades the whole distribution, possibly switching releases, removing ' +
      'packages and changing vendors. In a build that makes the image unpredictable (every build brings a ' +
      'different system), bloats the layer and hides what the base image really provides. For a newer ' +
      'system, use a newer tag of the base image; for fixes, install specific versions.',
  },
  examples: {
    bad: ['FROM opensuse/leap:15.6\nRUN zypper --non-interactive dist-upgrade && zypper clean --all\n'],
    good: [
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.6.0 && zypper clean --all\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      for (const cmd of ctx.commands(run, 'zypper')) {
        const sub = zypperSub(cmd);
        if (!sub || (sub.value !== 'dist-upgrade' && sub.value !== 'dup')) continue;
        ctx.report(sub, 'distUpgrade', { sub: sub.value });
        break;
      }
    }
  },
});
