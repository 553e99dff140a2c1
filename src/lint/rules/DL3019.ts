import { defineRule } from '../types';
import { flagFix } from './_lib/fix';
import { commandHead, hasCacheMount } from './_lib/packages';

/** DL3019 — apk add without --no-cache. */
export default defineRule({
  id: 'DL3019',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use `--no-cache` no apk add',
    en: 'Use `--no-cache` with apk add',
  },
  messages: {
    noCache: {
      'pt-BR':
        'Use `apk add --no-cache`: dispensa o `--update` e a remoção de `/var/cache/apk/*` depois da instalação',
      en: 'Use `apk add --no-cache`: it makes `--update` and removing `/var/cache/apk/*` after installing unnecessary',
    },
  },
  fix: {
    'pt-BR': 'acrescenta `--no-cache` depois de `add`',
    en: 'adds `--no-cache` after `add`',
  },
  rationale: {
    'pt-BR':
      'Sem `--no-cache`, o `apk` baixa o índice dos repositórios e guarda os pacotes em `/var/cache/apk`, ' +
      'e esses arquivos ficam na camada do RUN, engordando a imagem sem servir para nada em execução. ' +
      'Com `apk add --no-cache` o índice é usado e descartado na hora, sem `apk update` antes nem ' +
      '`rm -rf /var/cache/apk/*` depois. Um `--mount=type=cache` (ou `tmpfs`) em `/var/cache/apk` também ' +
      'resolve, pois o cache fica fora da camada.',
    en:
      'Without `--no-cache`, `apk` downloads the repository index and keeps packages in `/var/cache/apk`, ' +
      'and those files stay in the RUN layer, bloating the image for nothing at run time. With ' +
      '`apk add --no-cache` the index is used and thrown away on the spot, with no `apk update` before nor ' +
      '`rm -rf /var/cache/apk/*` after. A `--mount=type=cache` (or `tmpfs`) on `/var/cache/apk` works too, ' +
      'since the cache then stays out of the layer.',
  },
  differsFrom: {
    'pt-BR': 'Um mount de cache em `/etc/apk/cache` (o link do cache do apk) também é aceito.',
    en: "A cache mount on `/etc/apk/cache` (apk's cache link) is accepted too.",
  },
  examples: {
    bad: ['FROM alpine:3.23\nRUN apk add curl~8\n', 'RUN apk update && apk add git~2\n'],
    good: [
      'FROM alpine:3.23\nRUN apk add --no-cache curl~8\n',
      'RUN --mount=type=cache,target=/var/cache/apk apk add git~2\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      if (hasCacheMount(run, ['/var/cache/apk', '/etc/apk/cache'])) continue;
      for (const cmd of ctx.commands(run, 'apk')) {
        const sub = cmd.sub;
        if (sub?.value !== 'add' || cmd.has('--no-cache')) continue;
        // `--no-network` downloads nothing, so nothing lands in the cache (a virtual package of files
        // already installed, as the official images do)
        if (cmd.has('--no-network')) continue;
        ctx.report(commandHead(cmd, sub), 'noCache', {}, { fix: flagFix(cmd, '--no-cache') });
        break;
      }
    }
  },
});
