/**
 * Helpers shared by the DL1001/DL3001–DL3016 rules (prefix `_r1-`: ignored by the rule generator).
 */
import type { InstructionModel } from '../../parse';
import { commandBaseName, type ShellCommand, type ShellWord, subcommand } from '../../shell';
import type { RuleContext } from '../../types';

/** Flags of apt-get that take a separate value (their value is neither a subcommand nor a package). */
export const APT_GET_VALUE_FLAGS = ['-t', '--target-release', '-o', '--option', '-c', '--config-file'];

/** `apt-get … install …` commands of a script (the subcommand is the first positional argument). */
export function aptGetInstalls(commands: readonly ShellCommand[]): ShellCommand[] {
  return commands.filter(
    (c) => commandBaseName(c.name) === 'apt-get' && subcommand(c, APT_GET_VALUE_FLAGS)?.value === 'install',
  );
}

/**
 * Values given to apt-get's `-o`/`--option` (`-o Key=v`, `-oKey=v`, `--option Key=v`, `--option=Key=v`),
 * as `{key (lower-case), value}` pairs.
 */
export function aptOptions(cmd: ShellCommand): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const argv = cmd.argv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    let opt: string | undefined;
    if (a === '-o' || a === '--option') opt = argv[++i];
    else if (a.startsWith('--option=')) opt = a.slice('--option='.length);
    else if (a.startsWith('-o') && !a.startsWith('--')) opt = a.slice(2);
    if (!opt) continue;
    const eq = opt.indexOf('=');
    if (eq <= 0) continue;
    out.push({
      key: opt.slice(0, eq).trim().toLowerCase(),
      value: opt
        .slice(eq + 1)
        .trim()
        .toLowerCase(),
    });
  }
  return out;
}

/** apt's boolean configuration values. */
export function aptTrue(v: string): boolean {
  return ['true', 'yes', '1', 'on', 'enable'].includes(v.toLowerCase());
}
export function aptFalse(v: string): boolean {
  return ['false', 'no', '0', 'off', 'disable'].includes(v.toLowerCase());
}

/** A command found in a RUN: from the shell model, or the program of an exec-form RUN. */
export interface RunProgram {
  name: string;
  /** Where to point a finding. */
  target: ShellWord | ShellCommand | { range: InstructionModel['range'] };
}

/**
 * Programs a RUN executes: every simple command of a shell-form RUN, or the first element of an
 * exec-form RUN (`RUN ["sudo", "…"]`). Names are base names (`/usr/bin/top` → `top`).
 */
export function runPrograms(ctx: RuleContext, run: InstructionModel): RunProgram[] {
  const script = ctx.shell(run);
  if (script) return script.commands.map((c) => ({ name: commandBaseName(c.name), target: c.nameWord }));
  if (run.form === 'exec' && run.exec && run.exec.length > 0) {
    return [{ name: commandBaseName(run.exec[0]), target: { range: run.argsRange ?? run.range } }];
  }
  return [];
}

/** Remove one pair of surrounding quotes. */
export function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0])) return s.slice(1, -1);
  return s;
}

/** ` (+ a, b)` listing further offenders in a one-finding-per-instruction message, or `''`. */
export function moreList(values: readonly string[]): string {
  return values.length ? ` (+ ${values.join(', ')})` : '';
}
