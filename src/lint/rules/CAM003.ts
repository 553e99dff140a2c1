import type { Command } from '../commands/layer';
import type { InstructionModel } from '../parse';
import { commandBaseName, hasFlag } from '../shell';
import { defineRule } from '../types';
import {
  APT,
  asPip,
  commandText,
  lineageBefore,
  mountCovers,
  normalizedPathTouches,
  normalizePath,
  runsOf,
  sub,
} from './_lib/layers';

/** A package cache: where it lives, which commands fill it, which commands empty it. */
interface CacheKind {
  id: string;
  dirs: string[];
  creates(cmd: Command, run: InstructionModel): boolean;
  /** Cleaning commands other than `rm` of `dirs`. */
  cleans(cmd: Command): boolean;
}

/** The command when its tool is one of `names` (the layer has already looked through `sudo`, `xargs`…). */
function named(cmd: Command, names: readonly string[]): Command | null {
  return names.includes(cmd.tool) || names.includes(commandBaseName(cmd.name)) ? cmd : null;
}
// The tool lists `named` is asked about, built once (they are read for every command of every RUN).
const APT_GET = ['apt-get', 'apt'];
const YUM = ['yum'];
const DNF = ['dnf', 'dnf5', 'microdnf', 'tdnf'];
const ZYPPER = ['zypper'];
const APK = ['apk'];
const NPM = ['npm'];
const YARN = ['yarn'];

const APT_FILLS = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'reinstall', 'build-dep']);
const RPM_FILLS = new Set([
  'install',
  'update',
  'upgrade',
  'makecache',
  'groupinstall',
  'localinstall',
  'reinstall',
  'downgrade',
  'group',
  'distro-sync',
  'module',
]);

function pipNoCache(cmd: Command, run: InstructionModel): boolean {
  if (hasFlag(cmd, '--no-cache-dir')) return true;
  const truthy = (v: string | null | undefined) => v != null && !/^(0|false|no|off|)$/i.test(v.trim());
  if (cmd.assigns.some((a) => a.name === 'PIP_NO_CACHE_DIR' && truthy(a.value))) return true;
  return truthy(run.scope.get('PIP_NO_CACHE_DIR')?.value);
}

const KINDS: CacheKind[] = [
  {
    id: 'apt-lists',
    dirs: ['/var/lib/apt/lists'],
    creates: (c) => {
      const u = named(c, APT);
      return !!u && sub(u) === 'update';
    },
    cleans: () => false,
  },
  {
    id: 'apt-cache',
    dirs: ['/var/cache/apt'],
    creates: (c) => {
      const u = named(c, APT);
      const s = u && sub(u);
      return !!s && (s === 'update' || APT_FILLS.has(s));
    },
    cleans: (c) => {
      const u = named(c, APT_GET);
      const s = u && sub(u);
      return s === 'clean' || s === 'autoclean';
    },
  },
  {
    id: 'yum',
    dirs: ['/var/cache/yum'],
    creates: (c) => {
      const u = named(c, YUM);
      const s = u && sub(u);
      return !!s && RPM_FILLS.has(s);
    },
    cleans: (c) => {
      const u = named(c, YUM);
      return !!u && sub(u) === 'clean';
    },
  },
  {
    id: 'dnf',
    dirs: ['/var/cache/dnf', '/var/cache/libdnf5'],
    creates: (c) => {
      const u = named(c, DNF);
      const s = u && sub(u);
      return !!s && RPM_FILLS.has(s);
    },
    cleans: (c) => {
      const u = named(c, DNF);
      return !!u && sub(u) === 'clean';
    },
  },
  {
    id: 'zypper',
    dirs: ['/var/cache/zypp'],
    creates: (c) => {
      const u = named(c, ZYPPER);
      const s = u && sub(u);
      return (
        !!s && ['install', 'in', 'refresh', 'ref', 'update', 'up', 'dup', 'dist-upgrade', 'patch'].includes(s)
      );
    },
    cleans: (c) => {
      const u = named(c, ZYPPER);
      const s = u && sub(u);
      return s === 'clean' || s === 'cc';
    },
  },
  {
    id: 'apk',
    dirs: ['/var/cache/apk'],
    creates: (c) => {
      const u = named(c, APK);
      const s = u && sub(u);
      if (s === 'update') return true;
      return (s === 'add' || s === 'upgrade') && !!u && !hasFlag(u, '--no-cache');
    },
    cleans: (c) => {
      const u = named(c, APK);
      if (!u || sub(u) !== 'cache') return false;
      const p = u.positionals[1]?.value;
      return p === 'clean' || p === 'purge';
    },
  },
  {
    id: 'pip',
    dirs: ['~/.cache/pip'],
    creates: (c, run) => {
      const p = asPip(c);
      return !!p && sub(p) === 'install' && !pipNoCache(p, run);
    },
    cleans: (c) => {
      const p = asPip(c);
      if (!p || sub(p) !== 'cache') return false;
      const a = p.positionals[1]?.value;
      return a === 'purge' || a === 'remove';
    },
  },
  {
    id: 'npm',
    dirs: ['~/.npm'],
    creates: (c) => {
      const u = named(c, NPM);
      const s = u && sub(u);
      return !!s && ['install', 'i', 'ci', 'clean-install', 'add', 'update'].includes(s);
    },
    cleans: (c) => {
      const u = named(c, NPM);
      return !!u && sub(u) === 'cache' && u.positionals[1]?.value === 'clean';
    },
  },
  {
    id: 'yarn',
    dirs: ['~/.cache/yarn', '/usr/local/share/.cache/yarn'],
    creates: (c) => {
      const u = named(c, YARN);
      if (!u) return false;
      const s = sub(u);
      return s === undefined || s === 'install' || s === 'add';
    },
    cleans: (c) => {
      const u = named(c, YARN);
      return !!u && sub(u) === 'cache' && u.positionals[1]?.value === 'clean';
    },
  },
];

/**
 * The paths an `rm` deletes, through `normalizePath`, or null for another command. Asked for every
 * command and cache kind: `rmPaths` keeps the answer per command for one `check` (one file).
 */
type RmPaths = (cmd: Command) => readonly string[] | null;
function rmPathsOf(): RmPaths {
  const memo = new Map<Command, readonly string[] | null>();
  return (cmd) => {
    let paths = memo.get(cmd);
    if (paths === undefined) {
      paths = commandBaseName(cmd.name) === 'rm' ? cmd.positionals.map((w) => normalizePath(w.value)) : null;
      memo.set(cmd, paths);
    }
    return paths;
  };
}

/** Does this command clean `kind` (an `rm` of its directories, or the manager's own clean command)? */
function cleansKind(cmd: Command, kind: CacheKind, rmPaths: RmPaths): boolean {
  const paths = rmPaths(cmd);
  if (paths) return paths.some((p) => kind.dirs.some((d) => normalizedPathTouches(p, d)));
  return kind.cleans(cmd);
}

/** In `run`, does a command fill `kind` without a later command cleaning it (and no cache mount)? */
function leavesBehind(
  cmds: readonly Command[],
  run: InstructionModel,
  kind: CacheKind,
  rmPaths: RmPaths,
): Command | null {
  if (kind.dirs.some((d) => mountCovers(run, d))) return null;
  let filler: Command | null = null;
  for (const c of cmds) {
    if (kind.creates(c, run)) filler = c;
    else if (filler && cleansKind(c, kind, rmPaths)) filler = null;
  }
  return filler;
}

/**
 * Every command that can clean a cache of KINDS is one of these (an `rm`, or a manager's clean): each
 * kind's `cleans` names a subset of them, so `cleansKind` is false for any other command.
 */
const CLEANERS = new Set([
  'rm',
  'apt-get',
  'apt',
  'yum',
  'dnf',
  'dnf5',
  'microdnf',
  'tdnf',
  'zypper',
  'apk',
  'pip',
  'npm',
  'yarn',
]);
function mayClean(cmd: Command): boolean {
  return CLEANERS.has(cmd.tool) || CLEANERS.has(commandBaseName(cmd.name));
}

function fills(cmds: readonly Command[], run: InstructionModel, kind: CacheKind): boolean {
  for (const c of cmds) if (kind.creates(c, run)) return true;
  return false;
}

/** The first command (in source order) that cleans `kind`, or undefined; a loop, no closure per kind. */
function firstCleanup(cmds: readonly Command[], kind: CacheKind, rmPaths: RmPaths): Command | undefined {
  for (const c of cmds) if (cleansKind(c, kind, rmPaths)) return c;
  return undefined;
}

/** CAM003 — package caches removed in a later RUN than the one that created them. */
export default defineRule({
  id: 'CAM003',
  severity: 'warning',
  origin: 'camadas',
  scope: 'instruction',
  title: {
    'pt-BR': 'Limpe o cache de pacotes no mesmo RUN que o criou',
    en: 'Clean package caches in the RUN that created them',
  },
  messages: {
    laterLayer: {
      'pt-BR':
        '`{cleanup}` roda numa camada posterior à de `{creator}` (linha {line}): os arquivos continuam naquela camada e a imagem não diminui; limpe no mesmo RUN',
      en: '`{cleanup}` runs in a later layer than `{creator}` (line {line}): the files stay in that layer and the image does not shrink; clean up in the same RUN',
    },
  },
  rationale: {
    'pt-BR':
      'Cada RUN vira uma camada somente leitura. Apagar num RUN posterior as listas do apt, o cache do ' +
      'yum/dnf/apk ou o cache do pip/npm só grava uma marca de remoção na camada nova: os bytes continuam ' +
      'na camada anterior, são baixados em cada `docker pull` e a imagem não fica menor (veja como as ' +
      'camadas se empilham em docs.docker.com/engine/storage/drivers/). Faça a limpeza no mesmo RUN que ' +
      'cria os arquivos (`apt-get update && apt-get install … && rm -rf /var/lib/apt/lists/*`), evite criá-' +
      'los (`apk add --no-cache`, `pip install --no-cache-dir`) ou use um cache mount ' +
      '(`RUN --mount=type=cache,…`).',
    en:
      'Every RUN becomes a read-only layer. Deleting apt lists, the yum/dnf/apk cache or the pip/npm cache ' +
      'in a later RUN only writes a deletion marker into the new layer: the bytes stay in the earlier layer, ' +
      'are downloaded by every `docker pull`, and the image does not get smaller (see how layers stack up ' +
      'at docs.docker.com/engine/storage/drivers/). Clean up in the same RUN that creates the files ' +
      '(`apt-get update && apt-get install … && rm -rf /var/lib/apt/lists/*`), avoid creating them ' +
      '(`apk add --no-cache`, `pip install --no-cache-dir`) or use a cache mount (`RUN --mount=type=cache,…`).',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15\n' +
        'COPY app.sh /usr/local/bin/app.sh\nRUN rm -rf /var/lib/apt/lists/*\n',
      'RUN pip install -r requirements.txt\nWORKDIR /app\nRUN rm -rf /root/.cache/pip\n',
    ],
    good: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\\n' +
        ' && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n' +
        'RUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\n',
    ],
  },
  check(ctx) {
    const runs = runsOf(ctx);
    if (runs.length < 2) return; // the cache is filled and cleaned in two different RUNs
    const rmPaths = rmPathsOf();
    for (const run of runs) {
      const cmds = ctx.commands(run);
      // A command that cleans a kind is always a cleaner (`cleansKind` ⇒ `mayClean`): each kind's
      // first cleanup, in source order, is looked for among the cleaners only.
      const cleaners = cmds.filter(mayClean);
      if (cleaners.length === 0) continue; // cleans nothing: no kind to look at
      let reported = false;
      let lineage: readonly InstructionModel[] | null = null;
      for (const kind of KINDS) {
        if (reported) break;
        const cleanup = firstCleanup(cleaners, kind, rmPaths);
        if (!cleanup || fills(cmds, run, kind)) continue;
        // The most recent earlier RUN that filled this cache: did it leave files behind?
        lineage ??= lineageBefore(ctx, run); // once per RUN, not per cache kind
        const before = lineage;
        for (let i = before.length - 1; i >= 0; i--) {
          const prev = before[i];
          if (prev.keyword !== 'RUN') continue;
          const prevCmds = ctx.commands(prev);
          if (!fills(prevCmds, prev, kind)) continue;
          const creator = leavesBehind(prevCmds, prev, kind, rmPaths);
          if (creator) {
            ctx.report(cleanup, 'laterLayer', {
              cleanup: commandText(cleanup),
              creator: commandText(creator),
              line: creator.range.line,
            });
            reported = true;
          }
          break;
        }
      }
    }
  },
});
