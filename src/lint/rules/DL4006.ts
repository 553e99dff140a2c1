import type { InstructionModel, Span, StageModel } from '../parse';
import { commandBaseName, isNonPosixShell as isNonPosix } from '../shell';
import { defineRule, type RuleView } from '../types';

const PIPEFAIL_SHELLS = ['bash', 'zsh', 'ash'];

/** Does `SHELL [...]` run bash/zsh/ash with `-o pipefail` (`-o pipefail`, `-eo pipefail`…)? */
function setsPipefail(exec: readonly string[]): boolean {
  if (exec.length === 0 || !PIPEFAIL_SHELLS.includes(commandBaseName(exec[0]))) return false;
  const args = exec.slice(1);
  const hasO = args.some((a) => a.length > 1 && a[0] === '-' && a[1] !== '-' && a.includes('o'));
  return hasO && args.includes('pipefail');
}

/** State after a SHELL: `true` = pipes are safe (pipefail set, or a non-POSIX shell). */
function shellState(shell: InstructionModel): boolean {
  const exec = shell.exec;
  if (!exec || exec.length === 0) return false;
  return isNonPosix(exec[0]) || setsPipefail(exec);
}

/** A RUN that may contain a pipe (its text has `|`, or it has a heredoc script). */
function mayPipe(instr: InstructionModel): boolean {
  return instr.keyword === 'RUN' && (instr.argsText.includes('|') || instr.heredocs.length > 0);
}

/** Does the last `# hadolint shell=…` pragma above `line` name a non-POSIX shell? */
function pragmaSafeAt(ctx: RuleView, line: number): boolean {
  let safe: boolean | null = null;
  for (const p of ctx.shellPragmas) if (p.range.line < line) safe = isNonPosix(p.shell);
  return safe === true;
}

/**
 * DL4006 — a RUN with a pipe while the stage's SHELL does not set `-o pipefail`. A SHELL of pwsh,
 * powershell or cmd (or a `# hadolint shell=` pragma naming one) exempts the RUNs after it. Unlike
 * hadolint, a stage built FROM an earlier stage inherits that stage's SHELL, as Docker does.
 */
export default defineRule({
  id: 'DL4006',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  instructions: ['RUN', 'SHELL'],
  title: {
    'pt-BR': 'Defina -o pipefail antes de RUN com pipe',
    en: 'Set -o pipefail before a RUN with a pipe',
  },
  messages: {
    noPipefail: {
      'pt-BR':
        'Defina a opção `-o pipefail` no `SHELL` antes de um `RUN` com pipe (no Alpine/BusyBox, use `/bin/ash`)',
      en: 'Set the `-o pipefail` option in `SHELL` before a `RUN` with a pipe (on Alpine/BusyBox, use `/bin/ash`)',
    },
  },
  rationale: {
    'pt-BR':
      'O status de saída de um pipe é o do último comando: em `RUN curl -fsSL https://exemplo.com/instala.sh ' +
      '| sh`, se o download falhar o `sh` recebe uma entrada vazia, termina com sucesso e o build segue com ' +
      'uma camada quebrada. Com `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` antes do `RUN`, qualquer ' +
      'comando que falhe no pipe faz o `RUN` falhar. O `/bin/sh` do Debian (dash) não aceita essa opção; no ' +
      'Alpine use `/bin/ash`.',
    en:
      'A pipe exits with the status of its last command: in `RUN curl -fsSL https://example.com/install.sh | ' +
      'sh`, if the download fails `sh` reads empty input, exits successfully and the build goes on with a ' +
      'broken layer. With `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the `RUN`, any failing command in ' +
      "the pipe makes the `RUN` fail. Debian's `/bin/sh` (dash) does not accept this option; on Alpine use " +
      '`/bin/ash`.',
  },
  differsFrom: {
    'pt-BR':
      'Um estágio construído a partir de outro (`FROM base`) herda o `SHELL` dele, como no Docker; o ' +
      'hadolint recomeça do zero em todo `FROM` e acusa esses `RUN` (hadolint/hadolint#406).',
    en:
      'A stage built from another one (`FROM base`) inherits its `SHELL`, as in Docker; hadolint starts over at ' +
      'every `FROM` and flags those `RUN`s (hadolint/hadolint#406).',
  },
  examples: {
    bad: ['FROM debian:12-slim\nRUN getent passwd | cut -d: -f1 > /tmp/users.txt\n'],
    good: [
      'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN getent passwd | cut -d: -f1 > /tmp/users.txt\n',
      'FROM alpine:3.23 AS base\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\n\nFROM base AS report\nRUN getent passwd | cut -d: -f1 > /tmp/users.txt\n',
    ],
  },
  check(ctx) {
    // Only a RUN with a `|` (or a heredoc script) can be reported: none, nothing to track.
    if (!ctx.instructions.some(mayPipe)) return;
    const finalState = new Map<StageModel, boolean>();
    let stage: StageModel | null = null;
    let safe = false;
    for (const instr of ctx.instructions) {
      if (instr.stage !== stage) {
        if (stage) finalState.set(stage, safe);
        stage = instr.stage;
        safe = stage?.parent ? (finalState.get(stage.parent) ?? false) : false;
      }
      if (instr.keyword === 'SHELL') {
        safe = shellState(instr);
        continue;
      }
      if (instr.keyword !== 'RUN' || safe) continue;
      if (!mayPipe(instr)) continue;
      const script = ctx.shell(instr);
      if (!script?.hasPipes || pragmaSafeAt(ctx, instr.range.line)) continue;
      const piped = script.commands.filter((c) => c.pipeline !== null);
      const first = piped[0];
      const last = piped.filter((c) => c.pipeline === first.pipeline).pop() ?? first;
      const span: Span = {
        line: first.range.line,
        column: first.range.column,
        endLine: last.range.endLine,
        endColumn: last.range.endColumn,
      };
      ctx.report(span, 'noPipefail');
    }
  },
});
