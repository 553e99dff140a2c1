import { defineRule } from '../types';
import { hasCacheMount, rpmMissingClean } from './_lib/packages';

const CACHE_DIRS = ['/var/cache/yum', '/var/cache/dnf'];

/** DL3032 — yum install without `yum clean all` afterwards. */
export default defineRule({
  id: 'DL3032',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Rode `yum clean all` depois do yum install',
    en: 'Run `yum clean all` after yum install',
  },
  messages: {
    noClean: {
      'pt-BR': 'Falta `yum clean all` depois deste comando yum, no mesmo RUN',
      en: '`yum clean all` missing after this yum command, in the same RUN',
    },
  },
  rationale: {
    'pt-BR':
      'O yum guarda metadados dos repositórios e pacotes baixados em `/var/cache/yum`. Se a limpeza não ' +
      'acontece no mesmo RUN que instalou, esse cache fica gravado na camada e aumenta a imagem em dezenas ' +
      'de megabytes; limpar num RUN seguinte não adianta, porque a camada anterior continua lá. Termine o ' +
      'RUN com `&& yum clean all` (ou `rm -rf /var/cache/yum/*`), ou use um `--mount=type=cache` no ' +
      'diretório do cache.',
    en:
      'yum keeps repository metadata and downloaded packages in `/var/cache/yum`. Unless the clean-up runs ' +
      'in the same RUN that installed, that cache is written into the layer and adds tens of megabytes to ' +
      'the image; cleaning in a later RUN does not help, because the earlier layer remains. End the RUN ' +
      'with `&& yum clean all` (or `rm -rf /var/cache/yum/*`), or use a `--mount=type=cache` on the cache ' +
      'directory.',
  },
  differsFrom: {
    'pt-BR':
      'Também valem para `yum update`/`upgrade`/`reinstall`/`groupinstall`/`localinstall`, que enchem o ' +
      'mesmo cache; um `--mount=type=cache` (ou `tmpfs`) em `/var/cache/yum` ou `/var/cache/dnf` dispensa a ' +
      'limpeza, como nas regras equivalentes de dnf, zypper e apk.',
    en:
      'Also applies to `yum update`/`upgrade`/`reinstall`/`groupinstall`/`localinstall`, which fill the ' +
      'same cache; a `--mount=type=cache` (or `tmpfs`) on `/var/cache/yum` or `/var/cache/dnf` makes the ' +
      'clean-up unnecessary, as in the equivalent dnf, zypper and apk rules.',
  },
  examples: {
    bad: [
      'FROM rockylinux:9\nRUN yum install -y httpd-2.4.57\n',
      'RUN yum clean all && yum install -y tar-1.34\n',
    ],
    good: [
      'FROM rockylinux:9\nRUN yum install -y httpd-2.4.57 && yum clean all\n',
      'RUN yum install -y tar-1.34 && rm -rf /var/cache/yum/*\n',
      'RUN --mount=type=cache,target=/var/cache/yum yum install -y tar-1.34\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      if (hasCacheMount(run, CACHE_DIRS)) continue;
      const commands = ctx.commands(run);
      const found = rpmMissingClean(commands, ['yum'], CACHE_DIRS);
      if (found) ctx.report(found.span, 'noClean');
    }
  },
});
