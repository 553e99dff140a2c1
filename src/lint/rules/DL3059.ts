import type { InstructionModel } from '../parse';
import { nonPosixHasSeveralStatements, nonPosixShellInstructions } from '../shell';
import { defineRule, type RuleView } from '../types';

/** At most one shell command (an exec-form RUN counts as one; under a PowerShell/cmd SHELL, one statement). */
function isSingle(ctx: RuleView, run: InstructionModel, nonPosix: Set<InstructionModel> | null): boolean {
  if (nonPosix?.has(run)) return !nonPosixHasSeveralStatements(run.argsText);
  const script = ctx.shell(run);
  return (script ? script.commands.length : 1) <= 1;
}

/** Flags of a RUN as an order-independent key (`--mount` options sorted, like hadolint's parsed flags). */
function flagsKey(run: InstructionModel): string {
  return run.flags
    .map((f) => {
      const opts = f.options.length
        ? f.options
            .map((o) => `${o.key}=${o.value ?? ''}`)
            .sort()
            .join(',')
        : (f.value ?? '');
      return `${f.name}:${opts}`;
    })
    .sort()
    .join(' ');
}

/**
 * DL3059 — consecutive RUNs that could be one. Like hadolint: only comments may sit between them, their
 * flags must be equal, and neither may already hold more than one command (a RUN that chains commands
 * was split on purpose). Any other instruction, including FROM and ONBUILD, breaks the sequence.
 */
export default defineRule({
  id: 'DL3059',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Junte instruções RUN consecutivas',
    en: 'Merge consecutive RUN instructions',
  },
  messages: {
    consecutive: {
      'pt-BR': 'Várias instruções `RUN` seguidas: considere juntá-las em uma só',
      en: 'Multiple consecutive `RUN` instructions: consider merging them',
    },
  },
  rationale: {
    'pt-BR':
      'Cada `RUN` gera uma camada nova na imagem. Dois `RUN` de um comando cada, um logo depois do outro, ' +
      'costumam ser só um passo dividido sem necessidade: a imagem fica com mais camadas, e um arquivo criado ' +
      'em uma e apagado na seguinte continua ocupando espaço. Junte os comandos com `&&` (ou num heredoc). A ' +
      'regra não reclama quando algum dos `RUN` já encadeia vários comandos, quando as flags (`--mount`…) ' +
      'são diferentes ou quando outra instrução fica entre eles: nesses casos a divisão costuma ser ' +
      'proposital, por exemplo para aproveitar o cache.',
    en:
      'Each `RUN` creates a new image layer. Two single-command `RUN`s in a row are usually one step split for ' +
      'no reason: the image gets more layers, and a file created in one and deleted in the next still takes ' +
      'space. Join the commands with `&&` (or in a heredoc). The rule stays quiet when either `RUN` already ' +
      'chains several commands, when their flags (`--mount`…) differ, or when another instruction sits between ' +
      'them: the split is then usually deliberate, for instance to use the build cache.',
  },
  differsFrom: {
    'pt-BR':
      'Mesmo limite do hadolint, mantido de propósito depois de conferir em Dockerfiles reais: só dois `RUN` ' +
      'seguidos de um comando cada. Contar qualquer par de `RUN` (o que um linter sem shell faria) acusaria ' +
      'os passos longos que as imagens oficiais separam para reaproveitar o cache, e um aviso em cada um ' +
      'ensinaria a ignorar a regra.',
    en:
      'Same threshold as hadolint, kept on purpose after checking real Dockerfiles: only two consecutive ' +
      '`RUN`s of one command each. Counting any pair of `RUN`s (what a linter without a shell parser would ' +
      'do) would flag the long steps official images split to reuse the cache, and a warning on each would ' +
      'teach people to ignore the rule.',
  },
  examples: {
    bad: ['FROM alpine:3.23\nRUN mkdir -p /srv/app\nRUN chown 10001 /srv/app\n'],
    good: [
      'FROM alpine:3.23\nRUN mkdir -p /srv/app \\\n && chown 10001 /srv/app\n',
      'FROM alpine:3.23\nRUN mkdir -p /srv/app\nWORKDIR /srv/app\nRUN touch ready\n',
      'FROM alpine:3.23\nRUN mkdir -p /srv/app && chown 10001 /srv/app\nRUN touch /srv/app/ready\n',
    ],
  },
  check(ctx) {
    // A RUN is parsed only when it follows, or is followed by, a RUN with the same flags.
    const nonPosix = nonPosixShellInstructions(ctx.model);
    let prev: { flags: string; run: InstructionModel; single: boolean | undefined } | null = null;
    for (const instr of ctx.instructions) {
      if (instr.keyword !== 'RUN') {
        prev = null;
        continue;
      }
      const cur = { flags: flagsKey(instr), run: instr, single: undefined as boolean | undefined };
      if (prev && prev.flags === cur.flags) {
        prev.single ??= isSingle(ctx, prev.run, nonPosix);
        if (prev.single) {
          cur.single = isSingle(ctx, instr, nonPosix);
          if (cur.single) ctx.report(instr.keywordRange, 'consecutive');
        }
      }
      prev = cur;
    }
  },
});
