/** Query helpers: pure functions over a `ShellCommand` (flags, values, positional arguments, names). */
import type { ShellCommand, ShellWord } from './model';

function shortFlags(a: string): string | null {
  if (a.length < 2 || a[0] !== '-' || a[1] === '-') return null;
  return a.slice(1);
}

/**
 * Does the command have one of these flags? Short flags match inside clusters (`-yq` has `-y`) and
 * may carry a value (`-q=2`); long flags match `--yes` and `--yes=value`.
 */
export function hasFlag(cmd: ShellCommand, ...flags: string[]): boolean {
  for (const a of cmd.argv) {
    if (a === '--') break;
    for (const f of flags) {
      if (f.startsWith('--')) {
        if (a === f || a.startsWith(`${f}=`)) return true;
      } else if (f.startsWith('-')) {
        const cluster = shortFlags(a);
        if (cluster) {
          const letters = cluster.split('=')[0];
          if (letters.includes(f.slice(1))) return true;
        }
      }
    }
  }
  return false;
}

/** Value of a flag: `--target-release foo`, `--target-release=foo`, `-t foo`, `-tfoo`. */
export function flagValue(cmd: ShellCommand, ...flags: string[]): string | undefined {
  const argv = cmd.argv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    for (const f of flags) {
      if (a === f) return argv[i + 1];
      if (f.startsWith('--') && a.startsWith(`${f}=`)) return a.slice(f.length + 1);
      if (!f.startsWith('--') && f.length === 2 && a.startsWith(f) && !a.startsWith('--')) return a.slice(2);
    }
  }
  return undefined;
}

/** Does any argument equal one of `values`? */
export function hasArg(cmd: ShellCommand, ...values: string[]): boolean {
  return cmd.argv.some((a) => values.includes(a));
}

/**
 * Arguments that are not flags (do not start with `-`, `-`/`--` alone excepted). `valueFlags` lists
 * flags that take a separate value (`['-t', '--target-release']`): that value is skipped too.
 */
export function positionalArgs(cmd: ShellCommand, valueFlags: readonly string[] = []): ShellWord[] {
  const out: ShellWord[] = [];
  const longs = valueFlags.filter((f) => f.startsWith('--'));
  const shorts = valueFlags.filter((f) => !f.startsWith('--')).map((f) => f.slice(1));
  for (let i = 0; i < cmd.args.length; i++) {
    const w = cmd.args[i];
    const a = w.value;
    if (a === '-' || a === '--' || !a.startsWith('-')) {
      out.push(w);
      continue;
    }
    if (a.startsWith('--')) {
      if (!a.includes('=') && longs.includes(a)) i++;
      continue;
    }
    const cluster = a.slice(1);
    if (shorts.some((s) => cluster.endsWith(s) && cluster.length >= s.length) && !cluster.includes('=')) i++;
  }
  return out;
}

/** The first positional argument (`install` in `apt-get -y install foo`), if any. */
export function subcommand(cmd: ShellCommand, valueFlags: readonly string[] = []): ShellWord | undefined {
  return positionalArgs(cmd, valueFlags)[0];
}

/**
 * Positional arguments after the given subcommand (`argsAfterSubcommand(cmd, 'install')` → the
 * packages of `apt-get install -y curl git`); `null` when the subcommand is absent.
 */
export function argsAfterSubcommand(
  cmd: ShellCommand,
  sub: string | readonly string[],
  valueFlags: readonly string[] = [],
): ShellWord[] | null {
  const subs = typeof sub === 'string' ? [sub] : sub;
  const pos = positionalArgs(cmd, valueFlags);
  const i = pos.findIndex((w) => subs.includes(w.value));
  return i < 0 ? null : pos.slice(i + 1);
}

/** `apt-get` for `/usr/bin/apt-get`. */
export function commandBaseName(name: string): string {
  // most names hold no `/`: `indexOf` answers that faster than `lastIndexOf` (a runtime call in V8)
  if (name.indexOf('/') < 0) return name;
  return name.slice(name.lastIndexOf('/') + 1);
}
