import { defineRule } from '../types';
import { hasCacheMount, rpmMissingClean } from './_lib/packages';

const CACHE_DIRS = ['/var/cache/libdnf5', '/var/cache/dnf', '/var/cache/yum'];

/** DL3040 — dnf/microdnf install without `dnf clean all` afterwards. */
export default defineRule({
  id: 'DL3040',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Rode `dnf clean all` depois do dnf install',
    en: 'Run `dnf clean all` after dnf install',
  },
  messages: {
    noClean: {
      'pt-BR': 'Falta `{tool} clean all` depois deste comando {tool}, no mesmo RUN',
      en: '`{tool} clean all` missing after this {tool} command, in the same RUN',
    },
  },
  rationale: {
    'pt-BR':
      'O dnf e o microdnf guardam metadados e pacotes baixados em `/var/cache/libdnf5` (ou `/var/cache/dnf` ' +
      'nas versões anteriores; o microdnf das imagens UBI usa `/var/cache/yum`). Sem limpeza no mesmo RUN, esse cache vai para a camada e a imagem cresce ' +
      'à toa; apagar num RUN posterior não recupera o espaço. Termine o RUN com `&& dnf clean all` (ou ' +
      '`microdnf clean all`), ou monte o diretório do cache com `--mount=type=cache`.',
    en:
      'dnf and microdnf keep metadata and downloaded packages in `/var/cache/libdnf5` (or `/var/cache/dnf` ' +
      'in older releases; the microdnf of UBI images uses `/var/cache/yum`). Without a clean-up in the same RUN, that cache goes into the layer and the image ' +
      'grows for nothing; deleting it in a later RUN does not get the space back. End the RUN with ' +
      '`&& dnf clean all` (or `microdnf clean all`), or mount the cache directory with ' +
      '`--mount=type=cache`.',
  },
  differsFrom: {
    'pt-BR':
      'Também valem `dnf update`, `localinstall`, `groupinstall`, `group install`, `module install`, ' +
      '`distro-sync` e `downgrade`; `rm` de `/var/cache/dnf` ou `/var/cache/libdnf5` conta como limpeza, e ' +
      'um mount de cache em `/var/cache/dnf` ou `/var/cache/yum` também dispensa a limpeza.',
    en:
      '`dnf update`, `localinstall`, `groupinstall`, `group install`, `module install`, `distro-sync` and ' +
      '`downgrade` count too; an `rm` of `/var/cache/dnf` or `/var/cache/libdnf5` counts as a clean-up, and a ' +
      'cache mount on `/var/cache/dnf` or `/var/cache/yum` also makes the clean-up unnecessary.',
  },
  examples: {
    bad: [
      'FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n',
      'RUN microdnf clean all && microdnf install -y tar-1.34\n',
    ],
    good: [
      'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
      'RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y tar-1.34\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      if (hasCacheMount(run, CACHE_DIRS)) continue;
      const commands = ctx.commands(run);
      const found = rpmMissingClean(commands, ['dnf', 'microdnf'], CACHE_DIRS);
      if (found) ctx.report(found.span, 'noClean', { tool: found.tool });
    }
  },
});
