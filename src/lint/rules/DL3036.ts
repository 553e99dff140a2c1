import { defineRule } from '../types';
import { commandsAfter, hasCacheMount, removesDir, spanFromTo, zypperSub } from './_lib/packages';

const CACHE_DIRS = ['/var/cache/zypp'];

/** DL3036 — zypper install without `zypper clean` afterwards. */
export default defineRule({
  id: 'DL3036',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Rode `zypper clean` depois do zypper install',
    en: 'Run `zypper clean` after zypper install',
  },
  messages: {
    noClean: {
      'pt-BR': 'Falta `zypper clean` depois deste `zypper {sub}`, no mesmo RUN',
      en: '`zypper clean` missing after this `zypper {sub}`, in the same RUN',
    },
  },
  rationale: {
    'pt-BR':
      'O zypper guarda metadados dos repositórios e pacotes em `/var/cache/zypp`. Se esse cache não é ' +
      'apagado no mesmo RUN da instalação, ele fica na camada e a imagem cresce sem necessidade; limpar ' +
      'depois, em outro RUN, não devolve o espaço. Termine o RUN com `&& zypper clean --all` (`zypper cc ' +
      '-a`) ou use um `--mount=type=cache` em `/var/cache/zypp`.',
    en:
      'zypper keeps repository metadata and packages in `/var/cache/zypp`. Unless that cache is deleted in ' +
      'the same RUN as the installation, it stays in the layer and the image grows needlessly; cleaning ' +
      'later, in another RUN, does not give the space back. End the RUN with `&& zypper clean --all` ' +
      '(`zypper cc -a`) or use a `--mount=type=cache` on `/var/cache/zypp`.',
  },
  differsFrom: {
    'pt-BR': 'Um `rm -rf /var/cache/zypp/*` depois da instalação também conta como limpeza.',
    en: 'An `rm -rf /var/cache/zypp/*` after the installation counts as a clean-up too.',
  },
  examples: {
    bad: [
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.6.0\n',
      'RUN zypper clean --all && zypper install -y tar=1.34\n',
    ],
    good: [
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.6.0 && zypper clean --all\n',
      'RUN --mount=type=cache,target=/var/cache/zypp zypper install -y tar=1.34\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      if (hasCacheMount(run, CACHE_DIRS)) continue;
      const commands = ctx.commands(run);
      for (const cmd of ctx.commands(run, 'zypper')) {
        const sub = zypperSub(cmd);
        if (!sub || (sub.value !== 'install' && sub.value !== 'in')) continue;
        const cleaned = commandsAfter(commands, cmd).some((c) => {
          if (removesDir(c, CACHE_DIRS)) return true;
          if (c.name !== 'zypper' && !c.name.endsWith('/zypper')) return false;
          const s = zypperSub(c);
          return s !== undefined && (s.value === 'clean' || s.value === 'cc');
        });
        if (cleaned) continue;
        ctx.report(spanFromTo(cmd.nameWord, sub), 'noClean', { sub: sub.value });
        break;
      }
    }
  },
});
