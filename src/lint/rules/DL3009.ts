import type { InstructionModel, StageModel } from '../parse';
import { commandBaseName, hasArg, type ShellCommand } from '../shell';
import { defineRule } from '../types';

const APT_LISTS = '/var/lib/apt/lists';

/** Is `path` the directory `dir` or inside it? */
function within(path: string, dir: string): boolean {
  const p = path.replace(/\/+$/, '');
  return p === dir || p.startsWith(`${dir}/`);
}

/** Targets of the `--mount=type=cache|tmpfs` flags of a RUN (nothing they hold lands in the layer). */
function volatileMountTargets(run: InstructionModel): string[] {
  const out: string[] = [];
  for (const m of run.flagsNamed('mount')) {
    const type = m.option('type');
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const target = m.option('target') ?? m.option('dst') ?? m.option('destination');
    if (target) out.push(target);
  }
  return out;
}

/** `apt-get update`, `apt update`, `aptitude update`. */
function isAptUpdate(c: ShellCommand): boolean {
  return (
    ['apt-get', 'apt', 'aptitude'].includes(c.name.slice(c.name.lastIndexOf('/') + 1)) && hasArg(c, 'update')
  );
}

/** `rm … /var/lib/apt/lists/*` (or the directory itself). */
function removesLists(c: ShellCommand): boolean {
  // `apt-get dist-clean` (apt ≥ 2.7, Debian trixie, Ubuntu 25.04) removes the lists as well as the cache
  if (commandBaseName(c.name) === 'apt-get' && c.argv.includes('dist-clean')) return true;
  if (c.name.slice(c.name.lastIndexOf('/') + 1) !== 'rm') return false;
  return c.argv.some((a) => !a.startsWith('-') && within(a.replace(/\/\*$/, ''), APT_LISTS));
}

/** DL3009 — apt lists left in the image after an update. */
export default defineRule({
  id: 'DL3009',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Apague as listas do apt depois de instalar',
    en: 'Delete the apt lists after installing',
  },
  messages: {
    noCleanup: {
      'pt-BR':
        '`{command}` baixa as listas de pacotes e elas ficam na camada: termine o mesmo `RUN` com `rm -rf /var/lib/apt/lists/*`',
      en: '`{command}` downloads the package lists and they stay in the layer: end the same `RUN` with `rm -rf /var/lib/apt/lists/*`',
    },
  },
  rationale: {
    'pt-BR':
      '`apt-get update` baixa os índices de todos os repositórios para `/var/lib/apt/lists`, dezenas de ' +
      'megabytes que só servem durante a instalação. Se não forem apagados no mesmo `RUN`, ficam gravados ' +
      'na camada para sempre — apagar num `RUN` posterior não reduz a imagem. Termine o comando com ' +
      '`rm -rf /var/lib/apt/lists/*` (ou `apt-get dist-clean`, do apt 2.7 em diante), ou monte esses diretórios com `--mount=type=cache` (ou `tmpfs`) para ' +
      'que nunca entrem na camada. Só são acusados o último estágio e os estágios dos quais ele deriva por ' +
      '`FROM <estágio>`: os outros (inclusive a base de estágios só de build) não chegam à imagem final.',
    en:
      '`apt-get update` downloads the indexes of every repository into `/var/lib/apt/lists`, tens of megabytes ' +
      'that are only useful during installation. Unless deleted in the same `RUN`, they are written into the ' +
      'layer for good — deleting them in a later `RUN` does not shrink the image. End the command with ' +
      '`rm -rf /var/lib/apt/lists/*` (or `apt-get dist-clean`, from apt 2.7 on), or mount those directories with `--mount=type=cache` (or `tmpfs`) so they ' +
      'never reach the layer. Only the last stage and the stages it is built on through `FROM <stage>` are ' +
      'flagged: the others (build-only bases included) do not reach the final image.',
  },
  differsFrom: {
    'pt-BR':
      'A limpeza só conta se o `rm` apontar para `/var/lib/apt/lists` (o hadolint aceita qualquer `rm -rf`, ' +
      'mesmo de outra pasta).',
    en:
      'The cleanup only counts when the `rm` targets `/var/lib/apt/lists` (hadolint accepts any `rm -rf`, even ' +
      'of another folder).',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15\n',
      'FROM debian:12-slim AS base\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u3\n\nFROM base\nCOPY app /app\n',
    ],
    good: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\\n && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15\n',
    ],
  },
  check(ctx) {
    const last = ctx.stages.length ? ctx.stages[ctx.stages.length - 1] : null;
    let kept: Set<StageModel> | null = null; // computed once, on the first RUN that needs it
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const update = commands.find(isAptUpdate);
      if (!update || commands.some(removesLists)) continue;
      const mounts = volatileMountTargets(run);
      const covered = (dir: string) => mounts.some((t) => within(t, dir));
      if (covered(APT_LISTS) || (covered('/var/lib/apt') && covered('/var/cache/apt'))) continue;
      // ONBUILD triggers run in every child image: always relevant. Otherwise only stages that reach an
      // image: the last one, or one a later FROM builds on.
      if (!run.onbuild && run.stage && last) {
        kept ??= keptStages(ctx.stages, last);
        if (!kept.has(run.stage)) continue;
      }
      ctx.report(update, 'noCleanup', { command: `${update.name} update` });
    }
  },
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The stages that reach the image: the last one and its ancestors through `FROM <stage>` (a base of
 * build stages only never does). `FROM dev-${VARIANT}` may be any earlier stage whose name fits.
 * Once per lint: per RUN it made the rule quadratic in the number of stages.
 */
function keptStages(stages: readonly StageModel[], last: StageModel): Set<StageModel> {
  const kept = new Set([last]);
  const todo = [last];
  for (let s = todo.pop(); s; s = todo.pop()) {
    const image = s.image?.name ?? '';
    const fits = image.includes('$')
      ? new RegExp(
          `^${image
            .split(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/)
            .map(escapeRegExp)
            .join('.*')}$`,
          'i',
        )
      : null;
    if (!fits) {
      // only its parent stage, when it is one
      if (s.parent && !kept.has(s.parent)) {
        kept.add(s.parent);
        todo.push(s.parent);
      }
      continue;
    }
    for (const p of stages) {
      if (p.index >= s.index || kept.has(p)) continue;
      if (p === s.parent || (fits && p.nameLower !== null && fits.test(p.nameLower))) {
        kept.add(p);
        todo.push(p);
      }
    }
  }
  return kept;
}
