/**
 * The shell model of RUN commands — entry point. The parts live in `shell/`: `model.ts` (types),
 * `queries.ts` (flag and argument helpers), `script.ts` (building a script from an instruction),
 * `parser.ts` (our parser), `mvdan.ts` (mvdan-sh, loaded on first use), `to-commands.ts` (syntax tree →
 * commands), `lenient-tokenizer.ts` (on syntax errors), `positions.ts` (back to Dockerfile spans), `dialect.ts`
 * (which instructions run under a non-POSIX SHELL: not parsed as sh).
 */

export {
  isNonPosixShell,
  nonPosixHasSeveralStatements,
  nonPosixShellInstructions,
  selectsNonPosixShell,
} from './shell/dialect';
export type {
  ShellAssign,
  ShellCommand,
  ShellContext,
  ShellOperator,
  ShellScript,
  ShellSource,
  ShellWord,
} from './shell/model';
export { LinearSource } from './shell/positions';
export {
  argsAfterSubcommand,
  commandBaseName,
  flagValue,
  hasArg,
  hasFlag,
  positionalArgs,
  subcommand,
} from './shell/queries';
export { buildShellScript, fastParse, parseShellSource } from './shell/script';
