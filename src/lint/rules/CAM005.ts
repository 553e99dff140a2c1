import type { Command } from '../commands/layer';
import { commandBaseName, flagValue, hasArg, type ShellWord } from '../shell';
import { defineRule } from '../types';
import { APT, RPM_MANAGERS, sub } from './_lib/layers';

type Manager = 'apt' | 'apk' | 'rpm' | 'zypper';

/** Package name without version pin / architecture, lower-cased. */
function pkgName(word: string, manager: Manager): string {
  let n = word.toLowerCase();
  if (manager === 'apt') n = n.split('=', 1)[0].split(':', 1)[0];
  else if (manager === 'apk') n = n.split(/[=~<>]/, 1)[0];
  else if (manager === 'zypper') n = n.split(/[=<>]/, 1)[0];
  else n = n.replace(/-\d[\w.:+~-]*$/, '').replace(/\.(x86_64|aarch64|noarch|i686)$/, ''); // yum: name-version
  return n;
}

const APT_TOOLCHAIN = /^(build-essential|gcc|g\+\+|cpp|clang|make|(gcc|g\+\+|clang)-\d+(\.\d+)?)$/;
const APK_TOOLCHAIN = /^(build-base|gcc|g\+\+|clang\d*|make|musl-dev)$/;
const RPM_TOOLCHAIN = /^(gcc|gcc-c\+\+|clang|make|@development-tools|@development|@"?development tools"?)$/;
const RPM_GROUPS = /^(development tools|development|development-tools|c-development)$/;
const ZYPPER_TOOLCHAIN = /^(gcc|gcc-c\+\+|gcc\d+|clang\d*|make|devel_basis)$/;

const _INSTALLERS = [...APT, 'apk', ...RPM_MANAGERS, 'zypper'];
const _REMOVERS = [...APT, 'apt-mark', 'apk', ...RPM_MANAGERS, 'zypper'];

interface Installed {
  word: ShellWord;
  name: string;
  manager: Manager;
  /** apk `--virtual` name the package was installed under. */
  virtual: string | null;
}

function take(
  out: Installed[],
  words: ShellWord[] | null,
  manager: Manager,
  re: RegExp,
  virtual: string | null = null,
): void {
  for (const w of words ?? []) {
    const name = pkgName(w.value, manager);
    if (re.test(name)) out.push({ word: w, name, manager, virtual });
  }
}

function installed(cmd: Command): Installed[] {
  const u = cmd;
  const base = commandBaseName(u.name);
  const out: Installed[] = [];
  if (APT.includes(base)) take(out, u.argsAfter('install'), 'apt', APT_TOOLCHAIN);
  else if (base === 'apk') {
    take(out, u.argsAfter('add'), 'apk', APK_TOOLCHAIN, flagValue(u, '-t', '--virtual') ?? null);
  } else if (RPM_MANAGERS.includes(base)) {
    const s = sub(u);
    if (s === 'install') take(out, u.argsAfter('install'), 'rpm', RPM_TOOLCHAIN);
    else if (s === 'groupinstall') take(out, u.argsAfter('groupinstall'), 'rpm', RPM_GROUPS);
    else if (s === 'group' && hasArg(u, 'install')) take(out, u.argsAfter('install'), 'rpm', RPM_GROUPS);
  } else if (base === 'zypper') {
    take(out, u.argsAfter(['install', 'in']), 'zypper', ZYPPER_TOOLCHAIN);
  }
  return out;
}

function add(into: Set<string>, words: ShellWord[] | null, manager: Manager): void {
  for (const w of words ?? []) into.add(`${manager}:${pkgName(w.value, manager)}`);
}

/** Names removed by a command (`apt-get purge gcc`, `apk del .build-deps`, `dnf remove gcc`…). */
function removed(cmd: Command, into: Set<string>, state: { aptAutoMark: boolean; aptAutoRemove: boolean }) {
  const u = cmd;
  const base = commandBaseName(u.name);
  if (APT.includes(base)) {
    const s = sub(u);
    if (s === 'purge' || s === 'remove') add(into, u.argsAfter(s), 'apt');
    if (s === 'autoremove' || hasArg(u, '--auto-remove', '--autoremove')) state.aptAutoRemove = true;
  } else if (base === 'apt-mark' && sub(u) === 'auto') state.aptAutoMark = true;
  else if (base === 'apk' && sub(u) === 'del') add(into, u.argsAfter('del'), 'apk');
  else if (RPM_MANAGERS.includes(base)) {
    const s = sub(u);
    if (s === 'remove' || s === 'erase' || s === 'autoremove') add(into, u.argsAfter(s), 'rpm');
    else if (s === 'groupremove' || s === 'grouperase') add(into, u.argsAfter(s), 'rpm');
    else if (s === 'group' && (hasArg(u, 'remove') || hasArg(u, 'erase')))
      add(into, u.argsAfter(['remove', 'erase']), 'rpm');
  } else if (base === 'zypper') {
    const s = sub(u);
    if (s === 'remove' || s === 'rm') add(into, u.argsAfter(s), 'zypper');
  }
}

/** CAM005 — a single-stage build that installs a compiler toolchain into the image it ships. */
export default defineRule({
  id: 'CAM005',
  severity: 'info',
  origin: 'camadas',
  scope: 'whole-file',
  instructions: ['FROM', 'RUN'],
  title: {
    'pt-BR': 'Compile num estágio separado',
    en: 'Compile in a separate stage',
  },
  messages: {
    toolchain: {
      'pt-BR':
        '`{package}`{more} instala um compilador na imagem final de um build de estágio único; compile num estágio de build e copie só o resultado com `COPY --from`',
      en: '`{package}`{more} installs a compiler toolchain into the final image of a single-stage build; compile in a build stage and copy only the result with `COPY --from`',
    },
  },
  rationale: {
    'pt-BR':
      'Compiladores, headers e `make` só servem para construir: na imagem final eles somam centenas de MB, ' +
      'aumentam o tempo de `docker pull` e ampliam a superfície de ataque (um invasor ganha um compilador ' +
      'pronto). Com um build de vários estágios, o toolchain fica num estágio `build` e a imagem final ' +
      'recebe só o binário ou as dependências prontas via `COPY --from=build` (veja ' +
      'docs.docker.com/build/building/multi-stage/). Severidade info: às vezes o compilador é necessário ' +
      'em tempo de execução. Não é acusado quando o mesmo RUN remove os pacotes depois de usá-los ' +
      '(`apk del .build-deps`, `apt-get purge`), nem em triggers de ONBUILD, que rodam em outro build.',
    en:
      'Compilers, headers and `make` are only needed to build: in the final image they add hundreds of MB, ' +
      'slow down `docker pull` and widen the attack surface (an intruder gets a ready-made compiler). With ' +
      'a multi-stage build the toolchain lives in a `build` stage and the final image receives only the ' +
      'binary or the built dependencies through `COPY --from=build` (see ' +
      'docs.docker.com/build/building/multi-stage/). Severity info: a compiler is sometimes needed at run ' +
      'time. Not reported when the same RUN removes the packages after using them (`apk del .build-deps`, ' +
      '`apt-get purge`), nor for ONBUILD triggers, which run in another build.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends build-essential=12.9 \\\n' +
        ' && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      'FROM alpine:3.23\nRUN apk add --no-cache gcc~15 musl-dev~1.2\n',
    ],
    good: [
      'FROM debian:12-slim AS build\nRUN apt-get update \\\n' +
        ' && apt-get install -y --no-install-recommends gcc=4:12.2.0-3 libc6-dev=2.36-9+deb12u7 \\\n' +
        ' && rm -rf /var/lib/apt/lists/*\nWORKDIR /src\nCOPY hello.c .\nRUN gcc -O2 -o hello hello.c\n\n' +
        'FROM debian:12-slim\nCOPY --from=build /src/hello /usr/local/bin/hello\nUSER 10001\n' +
        'CMD ["/usr/local/bin/hello"]\n',
      'FROM python:3.12-alpine\nWORKDIR /app\nCOPY requirements.txt .\n' +
        'RUN apk add --no-cache --virtual .build-deps gcc~15 musl-dev~1.2 \\\n' +
        ' && pip install --no-cache-dir -r requirements.txt \\\n && apk del .build-deps\nUSER 10001\n',
    ],
  },
  check(ctx) {
    // Exactly one stage (a text forced to whole-file treatment without FROM counts as one).
    if (ctx.stages.length > 1 || (ctx.stages.length === 0 && ctx.fragment)) return;
    const instructions = ctx.stages.length === 1 ? ctx.stages[0].instructions : ctx.instructions;
    for (const run of instructions) {
      if (run.keyword !== 'RUN') continue;
      const cmds = ctx.commands(run);
      const found: Installed[] = [];
      const gone = new Set<string>();
      const state = { aptAutoMark: false, aptAutoRemove: false };
      for (const c of cmds) {
        found.push(...installed(c));
        removed(c, gone, state);
      }
      const kept = found.filter((p) => {
        if (gone.has(`${p.manager}:${p.name}`)) return false;
        if (p.virtual && gone.has(`apk:${p.virtual.toLowerCase()}`)) return false;
        if (p.manager === 'apt' && state.aptAutoMark && state.aptAutoRemove) return false;
        return true;
      });
      if (kept.length === 0) continue;
      const others = kept.slice(1).map((p) => p.word.value);
      ctx.report(kept[0].word, 'toolchain', {
        package: kept[0].word.value,
        more: others.length ? ` (+ ${others.join(', ')})` : '',
      });
    }
  },
});
