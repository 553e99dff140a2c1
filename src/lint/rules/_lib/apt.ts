/**
 * apt-get helpers (install commands, `-o` options, apt's booleans) and small text helpers shared by
 * the DL30xx rules.
 */

import type { Command } from '../../commands/layer';
import type { InstructionModel } from '../../parse';
import { commandBaseName, type ShellCommand, type ShellWord } from '../../shell';
import type { RuleView } from '../../types';

/**
 * True for `apt-get -s` and its synonyms (`--simulate`, `--just-print`, `--dry-run`, `--recon`,
 * `--no-act`): a simulation installs nothing, it only prints what would happen.
 */
export function aptSimulates(cmd: ShellCommand): boolean {
  for (const a of cmd.argv) {
    if (a === '--') return false;
    if (/^--(simulate|just-print|dry-run|recon|no-act)$/.test(a)) return true;
    if (/^-[a-zA-Z]+$/.test(a) && !/^-[oct]/.test(a) && a.includes('s')) return true;
  }
  return false;
}

/**
 * `apt-get … install …` commands (the subcommand is the first positional argument); simulations
 * (`apt-get install -s pkg`, which install nothing) are left out.
 */
export function aptGetInstalls(commands: readonly Command[]): Command[] {
  return commands.filter((c) => c.tool === 'apt-get' && c.sub?.value === 'install' && !aptSimulates(c));
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

/** A command found in a RUN and where to point a finding about it. */
export interface RunProgram {
  name: string;
  target: ShellWord;
}

/**
 * The programs a RUN executes that `keep` accepts, from the command layer: every command and every
 * wrapper it was seen through (`sudo`, `env`…), by base name (`/usr/bin/top` → `top`), in source
 * order. Asked with the test, not filtered afterwards: an object is made for each program kept only.
 */
export function runPrograms(
  ctx: RuleView,
  run: InstructionModel,
  keep: (name: string, target: ShellWord) => boolean,
): RunProgram[] {
  const out: RunProgram[] = [];
  for (const c of ctx.commands(run)) {
    for (const w of c.wrappers) if (keep(w.name, w.word)) out.push({ name: w.name, target: w.word });
    const name = commandBaseName(c.name);
    if (keep(name, c.nameWord)) out.push({ name, target: c.nameWord });
  }
  return out;
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
