import type { InstructionModel, StageModel } from '../parse';
import { defineRule } from '../types';
import { copyOperands, isAbsolutePath } from './_lib/copy';

/** Is a WORKDIR set for `copy`: earlier in its stage, anywhere in a parent stage, or for a trigger, anywhere? */
function hasWorkdir(copy: InstructionModel): boolean {
  const stage = copy.stage;
  const trigger = copy.onbuild !== null;
  for (let s: StageModel | null = stage; s; s = s.parent) {
    for (const i of s.instructions) {
      const isWorkdir =
        i.keyword === 'WORKDIR' || (i.keyword === 'ONBUILD' && i.trigger?.keyword === 'WORKDIR');
      if (!isWorkdir) continue;
      // An ONBUILD trigger runs in the child image, after all of this stage: any WORKDIR of it counts.
      if (s !== stage || trigger || i.range.line < copy.range.line) return true;
    }
  }
  return false;
}

/**
 * A stage built (through earlier stages) on `scratch`: it has no base image whose working directory
 * could change, so a relative destination always means `/`.
 */
function onScratch(copy: InstructionModel): boolean {
  let root = copy.stage;
  while (root?.parent) root = root.parent;
  if (copy.onbuild !== null) return false;
  // `FROM build-${VARIANT}`: may be a stage of this file that sets WORKDIR, so not certainly unset
  return root?.image?.name.toLowerCase() === 'scratch' || root?.image?.name.includes('$') === true;
}

/** DL3045 — COPY to a relative destination while no WORKDIR is set. */
export default defineRule({
  id: 'DL3045',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'whole-file',
  instructions: ['COPY', 'WORKDIR'],
  title: {
    'pt-BR': 'COPY para destino relativo sem WORKDIR definido',
    en: 'COPY to a relative destination without WORKDIR set',
  },
  messages: {
    relative: {
      'pt-BR':
        '`COPY` para o destino relativo `{dest}` sem `WORKDIR` definido: o resultado depende do diretório de trabalho da imagem base',
      en: '`COPY` to the relative destination `{dest}` without `WORKDIR` set: the result depends on the base image working directory',
    },
  },
  rationale: {
    'pt-BR':
      'Um destino relativo no `COPY` é resolvido a partir do diretório de trabalho atual. Se o estágio (e ' +
      'os estágios de que ele herda) não define `WORKDIR`, vale o da imagem base, que você não controla: ' +
      'pode ser `/`, pode mudar numa nova versão da base, e os arquivos vão parar em outro lugar sem aviso. ' +
      'Defina `WORKDIR /app` antes do `COPY` ou use um destino absoluto.',
    en:
      'A relative `COPY` destination is resolved from the current working directory. If the stage (and the ' +
      "stages it inherits from) sets no `WORKDIR`, the base image's applies, which you do not control: it may " +
      'be `/`, it may change in a new version of the base, and the files silently land elsewhere. Set ' +
      '`WORKDIR /app` before the `COPY` or use an absolute destination.',
  },
  differsFrom: {
    'pt-BR':
      'Não se aplica a trechos sem `FROM` (o `WORKDIR` pode estar antes do trecho). Num `ONBUILD COPY`, ' +
      'qualquer `WORKDIR` do estágio conta, já que o gatilho só roda depois dele, na imagem filha. Ao ' +
      'contrário do hadolint, um estágio sobre `scratch` não é acusado: sem imagem base, o diretório é sempre `/`.',
    en:
      'Does not apply to snippets without `FROM` (the `WORKDIR` may come before the snippet). For an ' +
      '`ONBUILD COPY`, any `WORKDIR` of the stage counts, since the trigger only runs after it, in the child ' +
      'image. Unlike hadolint, a stage built on `scratch` is not reported: with no base image, the directory ' +
      'is always `/`.',
  },
  examples: {
    bad: ['FROM node:22-slim\nCOPY package.json .\n'],
    good: [
      'FROM node:22-slim\nWORKDIR /app\nCOPY package.json .\n',
      'FROM node:22-slim\nCOPY package.json /app/\n',
    ],
  },
  check(ctx) {
    for (const copy of ctx.instructionsOf('COPY', { onbuild: true })) {
      const ops = copyOperands(ctx.model, copy);
      if (!ops) continue;
      const dest = ops.dest.value;
      const bare = dest.replace(/^["']/, '');
      if (isAbsolutePath(dest) || bare.startsWith('$') || isAbsolutePath(bare)) continue;
      if (hasWorkdir(copy) || onScratch(copy)) continue;
      ctx.report(ops.dest.target, 'relative', { dest });
    }
  },
});
