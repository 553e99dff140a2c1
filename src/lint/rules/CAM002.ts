import type { Command } from '../commands/layer';
import { commandBaseName } from '../shell';
import { defineRule } from '../types';
import { APT, runsOf, runsOpaqueScript, sub } from './_lib/layers';

/** apt subcommands that read the package lists fetched by `update`. */
const APT_CONSUMERS = new Set([
  'install',
  'upgrade',
  'dist-upgrade',
  'full-upgrade',
  'build-dep',
  'source',
  'download',
  'reinstall',
  'satisfy',
  'safe-upgrade',
]);
/** apk subcommands that read the index fetched by `update`. */
const APK_CONSUMERS = new Set(['add', 'upgrade', 'fix', 'fetch', 'search', 'policy', 'dot']);

type Manager = 'apt' | 'apk';

function classify(cmd: Command): { manager: Manager; update: boolean; consumer: boolean } | null {
  const u = cmd;
  // tonistiigi/xx's cross-compilation wrappers (`xx-apt-get install`, `xx-apk add`) install packages too
  const base = commandBaseName(u.name).replace(/^xx-/, '');
  if (APT.includes(base)) {
    const s = sub(u);
    return { manager: 'apt', update: s === 'update', consumer: s !== undefined && APT_CONSUMERS.has(s) };
  }
  if (base === 'apt-cache') return { manager: 'apt', update: false, consumer: true };
  if (base === 'apk') {
    const s = sub(u);
    return { manager: 'apk', update: s === 'update', consumer: s !== undefined && APK_CONSUMERS.has(s) };
  }
  return null;
}

/** CAM002 — `apt-get update` / `apk update` in a RUN without the install that uses it. */
export default defineRule({
  id: 'CAM002',
  severity: 'warning',
  origin: 'camadas',
  scope: 'instruction',
  title: {
    'pt-BR': 'Atualize os índices no mesmo RUN da instalação',
    en: 'Update package lists in the same RUN as the install',
  },
  messages: {
    aptAlone: {
      'pt-BR':
        '`{command}` está num RUN sem `apt-get install`: essa camada fica no cache com listas velhas; junte `apt-get update && apt-get install …` no mesmo RUN',
      en: '`{command}` is in a RUN without `apt-get install`: that layer stays cached with old lists; chain `apt-get update && apt-get install …` in the same RUN',
    },
    apkAlone: {
      'pt-BR':
        '`{command}` está num RUN sem `apk add`: essa camada fica no cache com um índice velho; use `apk add --no-cache …`, que busca o índice na hora e dispensa o `apk update`',
      en: '`{command}` is in a RUN without `apk add`: that layer stays cached with an old index; use `apk add --no-cache …`, which fetches a fresh index and needs no `apk update`',
    },
  },
  rationale: {
    'pt-BR':
      'O builder reaproveita a camada de um `RUN apt-get update` isolado enquanto a instrução não mudar — ' +
      'por semanas, se for preciso. Quando você acrescenta um pacote ao `RUN apt-get install` seguinte, só ' +
      'ele roda de novo, usando listas antigas: o resultado são versões desatualizadas ou erros 404 de ' +
      'pacotes que já saíram do espelho. Por isso docs.docker.com/build/building/best-practices/ (seção ' +
      '"apt-get") manda combinar `apt-get update && apt-get install` no mesmo RUN. No Alpine, prefira ' +
      '`apk add --no-cache`. Um RUN que chama um script (`./instalar.sh`) não é acusado, pois o script ' +
      'pode instalar os pacotes.',
    en:
      'The builder reuses the layer of a standalone `RUN apt-get update` as long as the instruction is ' +
      'unchanged — for weeks if need be. When you add a package to the following `RUN apt-get install`, ' +
      'only that step runs again, against old lists: you get outdated versions or 404 errors for packages ' +
      'that have left the mirror. That is why docs.docker.com/build/building/best-practices/ ("apt-get" ' +
      'section) says to combine `apt-get update && apt-get install` in one RUN. On Alpine, prefer ' +
      '`apk add --no-cache`. A RUN that calls a script (`./install.sh`) is not reported, since the script ' +
      'may install the packages.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\\n' +
        ' && rm -rf /var/lib/apt/lists/*\n',
      'RUN apk update\n',
    ],
    good: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\\n' +
        ' && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      'FROM alpine:3.23\nRUN apk add --no-cache curl~8\nUSER 10001\n',
    ],
  },
  check(ctx) {
    for (const run of runsOf(ctx)) {
      const cmds = ctx.commands(run);
      let update: { cmd: Command; manager: Manager } | null = null;
      const consumers = new Set<Manager>();
      let opaque = false;
      for (const c of cmds) {
        const k = classify(c);
        if (k?.update && !update) update = { cmd: c, manager: k.manager };
        if (k?.consumer) consumers.add(k.manager);
        // the layer looks through `sudo`/`env`… and into `bash -c "…"` (then the install inside counts); a
        // shell running a script we cannot see (`sudo bash setup.sh`) makes the RUN opaque
        if (!k && runsOpaqueScript(c)) opaque = true;
      }
      if (!update || opaque || consumers.has(update.manager)) continue;
      const u = update.cmd;
      ctx.report(update.cmd, update.manager === 'apt' ? 'aptAlone' : 'apkAlone', {
        command: [commandBaseName(u.name), ...u.argv].join(' '),
      });
    }
  },
});
