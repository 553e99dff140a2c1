/**
 * Which shell runs an instruction's shell form. `SHELL ["powershell", …]` (or pwsh, cmd) makes the
 * following RUN/CMD/ENTRYPOINT/HEALTHCHECK text PowerShell or cmd, not sh: the engine does not parse
 * it as sh (the shell model and the command layer are empty there, so no rule reads `apt-get` in a
 * PowerShell script), and mvdan-sh, which reads what our parser does not, is not even loaded for it.
 * hadolint comes to the same result another way: its ShellCheck parse of such a script fails and
 * leaves no commands. BuildKit's checks read no shell commands at all.
 *
 * A stage built FROM an earlier stage inherits that stage's SHELL (it is part of the image config), as
 * Docker does; `ONBUILD SHELL` changes nothing in the stage that declares it.
 */
import type { DockerfileModel, InstructionModel, StageModel } from '../parse';
import { commandBaseName } from './queries';

const NON_POSIX = ['pwsh', 'powershell', 'cmd'];
/** The instructions whose shell form runs in the SHELL. */
const SHELL_FORM_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/** Is this program (`powershell`, `C:\\Windows\\System32\\cmd.exe`, `pwsh`…) a non-POSIX shell? */
export function isNonPosixShell(program: string): boolean {
  const base = commandBaseName(program.replace(/\\/g, '/')).toLowerCase();
  for (const n of NON_POSIX) if (base === n || base === `${n}.exe`) return true;
  return false;
}

/** Does this `SHELL` instruction select a non-POSIX shell? (`false` for a malformed SHELL.) */
export function selectsNonPosixShell(shell: InstructionModel): boolean {
  const exec = shell.exec;
  return exec !== null && exec.length > 0 && isNonPosixShell(exec[0]);
}

/**
 * The RUN/CMD/ENTRYPOINT/HEALTHCHECK instructions (ONBUILD triggers included) whose shell form runs under a non-POSIX SHELL, or
 * `null` when there is none (the common case: a file without a SHELL of that kind, one scan).
 */
export function nonPosixShellInstructions(model: DockerfileModel): Set<InstructionModel> | null {
  let any = false;
  for (const i of model.instructions) {
    if (i.keyword === 'SHELL' && selectsNonPosixShell(i)) {
      any = true;
      break;
    }
  }
  if (!any) return null;
  const out = new Set<InstructionModel>();
  const finalState = new Map<StageModel, boolean>();
  let stage: StageModel | null = null;
  let nonPosix = false;
  for (const instr of model.allInstructions) {
    if (instr.onbuild === null && instr.stage !== stage) {
      if (stage) finalState.set(stage, nonPosix);
      stage = instr.stage;
      nonPosix = stage?.parent ? (finalState.get(stage.parent) ?? false) : false;
    }
    if (instr.keyword === 'SHELL' && instr.onbuild === null) nonPosix = selectsNonPosixShell(instr);
    else if (nonPosix && SHELL_FORM_KEYWORDS.has(instr.keyword)) out.add(instr);
  }
  return out;
}

/**
 * Does a PowerShell or cmd script hold more than one statement? A separator (`;`, a newline, `&`,
 * `&&`, `||`, `|`) outside quotes says so. Not a parser: what DL3059 needs to tell a RUN that already
 * chains several commands (split on purpose) from a single one.
 */
export function nonPosixHasSeveralStatements(text: string): boolean {
  const body = text.trim();
  let quote = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === '`' && quote === '"')
        i++; // PowerShell's escape inside double quotes
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '`') i++;
    else if (c === ';' || c === '\n' || c === '&' || c === '|') return true;
  }
  return false;
}
