import { defineRule } from '../types';
import { replaceFix } from './_lib/fix';

/** ConsistentInstructionCasing (BuildKit): all instructions in one casing, upper or lower. */
export default defineRule({
  id: 'ConsistentInstructionCasing',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  instructions: ['file'],
  title: {
    'pt-BR': 'Instruções com caixa consistente',
    en: 'Consistently cased instructions',
  },
  messages: {
    upper: {
      'pt-BR':
        'A instrução `{written}` deveria estar em maiúsculas, como a maioria das instruções do arquivo',
      en: 'Instruction `{written}` should be uppercase, like most instructions in the file',
    },
    lower: {
      'pt-BR':
        'A instrução `{written}` deveria estar em minúsculas, como a maioria das instruções do arquivo',
      en: 'Instruction `{written}` should be lowercase, like most instructions in the file',
    },
  },
  fix: {
    'pt-BR': 'troca a caixa da palavra-chave pela da maioria das instruções',
    en: 'rewrites the keyword in the casing most instructions use',
  },
  rationale: {
    'pt-BR':
      'O Docker aceita instruções em qualquer caixa, mas um arquivo que mistura `RUN` e `run`, ou usa `Copy`, ' +
      'fica mais difícil de ler e de pesquisar. A convenção é tudo em maiúsculas; o que importa é escolher ' +
      'uma caixa e segui-la. A regra conta as instruções em maiúsculas e em minúsculas e aponta as que fogem ' +
      'da maioria (em caso de empate, vale maiúsculas); uma instrução de caixa mista (`From`) é sempre ' +
      'apontada. Como no BuildKit, os `ARG` globais antes do primeiro `FROM` não entram na conta.',
    en:
      'Docker accepts instructions in any case, but a file that mixes `RUN` and `run`, or uses `Copy`, is ' +
      'harder to read and to search. The convention is all uppercase; what matters is picking one casing ' +
      'and sticking to it. The rule counts uppercase and lowercase instructions and points at those that ' +
      'depart from the majority (a tie means uppercase); a mixed-case instruction (`From`) is always ' +
      'reported. As in BuildKit, global `ARG`s before the first `FROM` are not counted.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nworkdir /app\nCOPY . .\n', 'From debian:12-slim\nWORKDIR /app\n'],
    good: ['FROM debian:12-slim\nWORKDIR /app\nCOPY . .\n', 'from debian:12-slim\nworkdir /app\ncopy . .\n'],
  },
  check(ctx) {
    // In a whole Dockerfile, BuildKit checks the instructions of its stages (global ARGs are meta
    // arguments, outside any stage); a fragment has no stage, so every instruction counts.
    const counted = ctx.fragment ? ctx.instructions : ctx.instructions.filter((i) => i.stage !== null);
    let lower = 0;
    let upper = 0;
    for (const i of counted) {
      if (i.written === i.written.toLowerCase()) lower++;
      else if (i.written === i.written.toUpperCase()) upper++;
    }
    const majorityLower = lower > upper;
    if ((majorityLower ? lower : upper) === counted.length) return; // all in the majority's casing
    for (const i of counted) {
      const w = i.written;
      const ok = majorityLower ? w === w.toLowerCase() : w === w.toUpperCase();
      if (!ok)
        ctx.report(
          i.keywordRange,
          majorityLower ? 'lower' : 'upper',
          { written: w },
          { fix: replaceFix(i.keywordRange, majorityLower ? w.toLowerCase() : w.toUpperCase()) },
        );
    }
  },
});
