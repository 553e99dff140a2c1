import type { InstructionModel, StageModel } from '../parse';
import { defineRule, type Fix, type RuleView } from '../types';
import { insertBeforeFix, textOf } from './_lib/fix';

function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0])) return s.slice(1, -1);
  return s;
}

/** Absolute for Linux (`/x`), a variable (`$HOME/x`, `${DIR}`), or Windows (`C:\`, `C:/`). */
function isAbsoluteLike(path: string): boolean {
  return (
    path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]?/.test(path) || path.startsWith('\\')
  );
}

/** Did this stage (before `line`) or one of its parent stages set an absolute WORKDIR? */
function hasAbsoluteWorkdir(stage: StageModel | null, line: number): boolean {
  for (let s = stage; s; s = s.parent) {
    for (const i of s.instructions) {
      if (i.keyword !== 'WORKDIR' || (s === stage && i.range.line >= line)) continue;
      const p = unquote(i.argsText.trim());
      if (isAbsoluteLike(p)) return true;
    }
  }
  return false;
}

/**
 * The only starting directory known without the base image's config is scratch's `/`: in a stage
 * built (through its parents) on `scratch`, with no WORKDIR before, `WORKDIR app` is `WORKDIR /app`.
 */
function scratchFix(ctx: RuleView, w: InstructionModel): Fix | undefined {
  let root = w.stage;
  while (root?.parent) root = root.parent;
  if (root?.image?.raw.toLowerCase() !== 'scratch' || !w.argsRange) return undefined;
  if (ctx.instructionsOf('WORKDIR').some((o) => o.index < w.index && o.stage && isInChain(w.stage, o.stage)))
    return undefined;
  const r = w.argsRange;
  if (r.line !== r.endLine || w.heredocs.length > 0) return undefined;
  const raw = textOf(ctx, r);
  const quote = raw[0] === '"' || raw[0] === "'" ? 1 : 0;
  return insertBeforeFix({ range: { ...r, column: r.column + quote, endColumn: r.column + quote } }, '/');
}

function isInChain(stage: StageModel | null, other: StageModel): boolean {
  for (let s = stage; s; s = s.parent) if (s === other) return true;
  return false;
}

/** WorkdirRelativePath (BuildKit) = DL3000 (hadolint): WORKDIR should be an absolute path. */
export default defineRule({
  id: 'WorkdirRelativePath',
  aliases: ['DL3000'],
  severity: 'error',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use caminho absoluto no WORKDIR',
    en: 'Use an absolute WORKDIR',
  },
  messages: {
    relative: {
      'pt-BR':
        'WORKDIR relativo "{path}" pode ter resultados inesperados se a imagem base mudar; use um caminho absoluto',
      en: 'Relative workdir "{path}" can have unexpected results if the base image changes; use an absolute path',
    },
  },
  fix: {
    'pt-BR':
      'num estágio construído sobre `scratch`, sem WORKDIR antes, acrescenta a `/` inicial (o diretório de partida é conhecido: `/`)',
    en: 'in a stage built on `scratch` with no WORKDIR before, adds the leading `/` (the starting directory is known: `/`)',
  },
  rationale: {
    'pt-BR':
      'Um WORKDIR relativo é resolvido a partir do diretório de trabalho herdado da imagem base. Se a base ' +
      'mudar o WORKDIR dela (ou você trocar de base), os arquivos do seu build vão parar em outro lugar sem ' +
      'nenhum aviso. Um caminho absoluto (`WORKDIR /app`) deixa o resultado independente da base. Um ' +
      'WORKDIR relativo depois de um absoluto no mesmo estágio (ou num estágio pai) é aceito, pois o ' +
      'ponto de partida já é conhecido.',
    en:
      'A relative WORKDIR is resolved from the working directory inherited from the base image. If the base ' +
      'changes its WORKDIR (or you switch bases), your build files silently land elsewhere. An absolute path ' +
      '(`WORKDIR /app`) makes the result independent of the base. A relative WORKDIR after an absolute one ' +
      'in the same stage (or a parent stage) is accepted, since the starting point is then known.',
  },
  differsFrom: {
    'pt-BR':
      'O hadolint (DL3000) acusa todo WORKDIR relativo; aqui, como no BuildKit, um WORKDIR relativo depois de ' +
      'um absoluto no mesmo estágio ou num estágio pai não é acusado. Duas diferenças do BuildKit: ele só ' +
      'examina o primeiro WORKDIR de cada estágio (depois de um relativo, os seguintes não são acusados), e ' +
      'aqui todos os relativos são acusados até aparecer um absoluto; e ele examina o caminho depois de ' +
      'expandir as variáveis (`ARG D=rel` + `WORKDIR $D` é acusado lá), enquanto aqui um caminho com ' +
      'variável nunca é acusado. Severidade: erro, como no DL3000.',
    en:
      'hadolint (DL3000) flags every relative WORKDIR; here, as in BuildKit, a relative WORKDIR after an ' +
      'absolute one in the same stage or a parent stage is not flagged. Two differences from BuildKit: it ' +
      'only examines the first WORKDIR of each stage (after a relative one, the next ones are not reported), ' +
      'while here every relative one is reported until an absolute one is set; and it examines the path ' +
      'after expanding variables (`ARG D=rel` + `WORKDIR $D` is reported there), while here a path with a ' +
      'variable is never reported. Severity: error, as for DL3000.',
  },
  examples: {
    bad: ['FROM debian:12\nWORKDIR app\n', 'WORKDIR "src/app"\n', 'FROM scratch\nWORKDIR app\n'],
    good: [
      'FROM debian:12\nWORKDIR /app\n',
      'FROM debian:12 AS base\nWORKDIR /app\n\nFROM base AS build\nWORKDIR src\n',
      'FROM debian:12\nARG APP_HOME=/srv/app\nWORKDIR ${APP_HOME}\n',
      'WORKDIR C:\\\\app\n',
    ],
  },
  check(ctx) {
    for (const w of ctx.instructionsOf('WORKDIR')) {
      const path = unquote(w.argsText.trim());
      if (path === '' || isAbsoluteLike(path)) continue;
      if (hasAbsoluteWorkdir(w.stage, w.range.line)) continue;
      ctx.report(w.argsRange ?? w, 'relative', { path }, { fix: scratchFix(ctx, w) });
    }
  },
});
