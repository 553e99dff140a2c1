import type { InstructionModel, StageModel } from '../parse';
import { defineRule } from '../types';

/** The hadolint id for each checked instruction. */
const ALIAS: Record<string, string> = { CMD: 'DL4003', ENTRYPOINT: 'DL4004', HEALTHCHECK: 'DL3012' };
const KEYWORDS = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

/**
 * MultipleInstructionsDisallowed (BuildKit) = DL4003 (CMD), DL4004 (ENTRYPOINT), DL3012 (HEALTHCHECK)
 * (hadolint): only the last one of a stage takes effect.
 */
export default defineRule({
  id: 'MultipleInstructionsDisallowed',
  aliases: ['DL3012', 'DL4003', 'DL4004'],
  severity: 'error',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Só um `CMD`, `ENTRYPOINT` e `HEALTHCHECK` por estágio',
    en: 'Only one `CMD`, `ENTRYPOINT` and `HEALTHCHECK` per stage',
  },
  messages: {
    overridden: {
      'pt-BR':
        'Este `{instruction}` é ignorado: o `{instruction}` da linha {line} o substitui, e só o último do ' +
        'estágio vale',
      en: 'This `{instruction}` is ignored: the `{instruction}` on line {line} replaces it, and only the last one of a stage counts',
    },
  },
  rationale: {
    'pt-BR':
      'Um estágio tem um único comando padrão, um único ponto de entrada e uma única verificação de saúde: ' +
      'cada novo `CMD`, `ENTRYPOINT` ou `HEALTHCHECK` substitui o anterior sem aviso. O primeiro vira código ' +
      'morto que engana quem lê — parece que o contêiner roda duas coisas, ou que há duas verificações. ' +
      'Apague os que não valem; para rodar vários comandos, use um script de entrada. Redefinir num estágio ' +
      'derivado (`FROM base`) é normal e não é acusado. O hadolint faz a mesma verificação como DL4003 ' +
      '(`CMD`), DL4004 (`ENTRYPOINT`) e DL3012 (`HEALTHCHECK`); cada achado leva só o id que corresponde.',
    en:
      'A stage has one default command, one entrypoint and one health check: each new `CMD`, `ENTRYPOINT` or ' +
      '`HEALTHCHECK` silently replaces the previous one. The earlier one becomes dead code that misleads ' +
      'readers — it looks as if the container runs two things, or has two checks. Delete the ones that do not ' +
      'count; to run several commands, use an entrypoint script. Redefining them in a derived stage (`FROM ' +
      'base`) is normal and not flagged. hadolint runs the same check as DL4003 (`CMD`), DL4004 ' +
      '(`ENTRYPOINT`) and DL3012 (`HEALTHCHECK`); each finding carries only the matching id.',
  },
  differsFrom: {
    'pt-BR':
      'Como no BuildKit, o achado fica em cada instrução ignorada (todas menos a última), não nas repetições ' +
      'seguintes como no hadolint; o número de achados é o mesmo. Severidade: error para os três (o hadolint ' +
      'usa warning no DL4003 e error no DL4004 e DL3012).',
    en:
      'As in BuildKit, the finding sits on each ignored instruction (all but the last), not on the later ' +
      'repetitions as in hadolint; the number of findings is the same. Severity: error for all three ' +
      '(hadolint uses warning for DL4003 and error for DL4004 and DL3012).',
  },
  examples: {
    bad: [
      'FROM python:3.12-slim\nCMD ["python", "-m", "http.server"]\nUSER 10001\nCMD ["python", "app.py"]\n',
      'FROM nginx:1.30\nENTRYPOINT ["nginx"]\nENTRYPOINT ["nginx", "-g", "daemon off;"]\n',
      'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\nHEALTHCHECK NONE\n',
    ],
    good: [
      'FROM python:3.12-slim AS base\nCMD ["python", "-m", "http.server"]\n\nFROM base\nUSER 10001\nCMD ["python", "app.py"]\n',
      'ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]\nCMD ["serve"]\nHEALTHCHECK CMD ["/usr/local/bin/healthcheck"]\n',
    ],
  },
  check(ctx) {
    // Group by stage (instructions before the first FROM form their own group); ONBUILD triggers excluded.
    const checked = ctx.instructionsOf(KEYWORDS);
    if (checked.length < 2) return; // a finding needs two of the same keyword
    const groups = new Map<StageModel | null, Map<string, InstructionModel[]>>();
    for (const i of checked) {
      let byKeyword = groups.get(i.stage);
      if (!byKeyword) {
        byKeyword = new Map();
        groups.set(i.stage, byKeyword);
      }
      const list = byKeyword.get(i.keyword);
      if (list) list.push(i);
      else byKeyword.set(i.keyword, [i]);
    }
    for (const byKeyword of groups.values()) {
      for (const [keyword, list] of byKeyword) {
        for (let n = 0; n < list.length - 1; n++) {
          ctx.report(
            list[n].keywordRange,
            'overridden',
            { instruction: keyword, line: list[n + 1].range.line },
            { aliases: [ALIAS[keyword]] },
          );
        }
      }
    }
  },
});
