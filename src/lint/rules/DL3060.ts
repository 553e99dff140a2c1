import type { InstructionModel, StageModel } from '../parse';
import type { ShellCommand } from '../shell';
import { defineRule } from '../types';

const isYarn = (c: ShellCommand) => c.name === 'yarn' || c.name.endsWith('/yarn');

/** `--mount=type=cache|tmpfs` whose target is a yarn cache directory (`…/.cache/yarn`). */
function hasYarnCacheMount(run: InstructionModel): boolean {
  return run.flagsNamed('mount').some((m) => {
    const type = m.option('type');
    const target = m.option('target') ?? m.option('dst') ?? m.option('destination');
    return (
      (type === 'cache' || type === 'tmpfs') && typeof target === 'string' && target.includes('.cache/yarn')
    );
  });
}

/** Does the stage end up in an image: the last stage, or a stage another stage is built FROM? */
function reachesAnImage(stage: StageModel | null, stages: readonly StageModel[]): boolean {
  if (!stage) return stages.length === 0;
  return stage === stages[stages.length - 1] || stages.some((s) => s.parent === stage);
}

/**
 * DL3060 — `yarn install` without a later `yarn cache clean` in the same RUN. Like hadolint, only RUNs
 * of stages that end up in an image count (the last stage, or one that another stage is built on);
 * ONBUILD triggers always count (they run in whatever image builds on this one). A cache or tmpfs
 * mount on the yarn cache directory exempts the RUN.
 */
export default defineRule({
  id: 'DL3060',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Limpe o cache do yarn depois do yarn install',
    en: 'Clean the yarn cache after yarn install',
  },
  messages: {
    noClean: {
      'pt-BR': 'Falta `yarn cache clean` depois de `yarn install` neste `RUN`',
      en: '`yarn cache clean` is missing after `yarn install` in this `RUN`',
    },
  },
  rationale: {
    'pt-BR':
      'O `yarn install` guarda uma cópia de cada pacote baixado no cache do yarn (`~/.cache/yarn`). Dentro de ' +
      'uma imagem esse cache não serve para nada e pode somar centenas de megabytes à camada. Rode ' +
      '`yarn cache clean` no mesmo `RUN`, depois do install (num `RUN` separado a camada anterior já foi ' +
      'gravada com o cache), ou monte o cache fora da imagem com ' +
      '`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`. Estágios de build que não viram ' +
      'imagem nem servem de base para outro estágio não são verificados.',
    en:
      '`yarn install` keeps a copy of every downloaded package in the yarn cache (`~/.cache/yarn`). Inside an ' +
      'image that cache is useless and can add hundreds of megabytes to the layer. Run `yarn cache clean` in ' +
      'the same `RUN`, after the install (in a separate `RUN` the previous layer has already been written with ' +
      'the cache), or keep the cache out of the image with ' +
      '`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`. Build stages that neither become the ' +
      'image nor serve as the base of another stage are not checked.',
  },
  examples: {
    bad: [
      'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n',
    ],
    good: [
      'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
      'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn \\\n    yarn install --frozen-lockfile\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      if (!run.onbuild && !reachesAnImage(run.stage, ctx.stages)) continue;
      if (hasYarnCacheMount(run)) continue;
      const commands = ctx.commands(run);
      const yarn = commands.filter(isYarn);
      const install = yarn.filter((c) => c.argv.includes('install')).pop();
      if (!install) continue;
      const cleaned = yarn.some(
        (c) => c.index > install.index && c.argv.includes('cache') && c.argv.includes('clean'),
      );
      if (!cleaned) ctx.report(install, 'noClean');
    }
  },
});
