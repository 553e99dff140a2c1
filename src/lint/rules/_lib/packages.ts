/**
 * Shared helpers for the package-manager rules DL3018/DL3019 (apk), DL3028 (gem), DL3030/DL3032/DL3033
 * (yum), DL3034–DL3037 (zypper), DL3038/DL3040/DL3041 (dnf/microdnf) and DL3042 (pip).
 * Ignored by the rule-index generator (leading `_`).
 */

import { APK_TABLE, RPM_TABLE, ZYPPER_TABLE } from '../../commands/flags';
import type { Command } from '../../commands/layer';
import type { InstructionModel, Span } from '../../parse';
import { hasArg, positionalArgs, type ShellCommand, type ShellWord } from '../../shell';

// ------------------------------------------------------------------------------------------------
// Positions

/** A span from the start of `a` to the end of `b` (e.g. `apk add`, `dnf install`). */
export function spanFromTo(a: { range: Span }, b: { range: Span }): Span {
  return {
    line: a.range.line,
    column: a.range.column,
    endLine: b.range.endLine,
    endColumn: b.range.endColumn,
  };
}

/** `apk add`, `yum install`… : the command name through its subcommand word (or the name alone). */
export function commandHead(cmd: ShellCommand, sub: ShellWord | undefined): Span {
  return sub ? spanFromTo(cmd.nameWord, sub) : cmd.nameWord.range;
}

/** `first` plus ` (+ b, c)` listing the other offenders, for "one finding per instruction" messages. */
export function moreList(words: readonly ShellWord[]): string {
  const others = words.slice(1).map((w) => w.value);
  return others.length ? ` (+ ${others.join(', ')})` : '';
}

// ------------------------------------------------------------------------------------------------
// RUN --mount

function normalizePath(p: string): string {
  let s = p.trim();
  while (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  return s;
}

/**
 * Does the RUN have a `--mount=type=cache` or `type=tmpfs` whose target is one of `dirs` (or a parent
 * of one)? Such a mount keeps the package cache out of the image layer.
 */
export function hasCacheMount(
  run: InstructionModel,
  dirs: readonly string[] | ((target: string) => boolean),
): boolean {
  for (const m of run.flagsNamed('mount')) {
    const type = (m.option('type') ?? '').toLowerCase();
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const raw = m.option('target') ?? m.option('dst') ?? m.option('destination');
    if (!raw) continue;
    const target = normalizePath(raw);
    if (typeof dirs === 'function') {
      if (dirs(target)) return true;
      continue;
    }
    for (const d of dirs) {
      if (target === d || d.startsWith(`${target}/`)) return true;
    }
  }
  return false;
}

// ------------------------------------------------------------------------------------------------
// Clean-up detection

/**
 * Is `cmd` an `rm` of one of `dirs` or of their content (`rm -rf /var/cache/yum/*`, `rm -rf /var/cache/*`,
 * `rm -rf /var/cache/dnf`)?
 */
export function removesDir(cmd: ShellCommand, dirs: readonly string[]): boolean {
  if (cmd.name !== 'rm' && !cmd.name.endsWith('/rm')) return false;
  for (const a of positionalArgs(cmd)) {
    let p = a.value;
    while (p.endsWith('/*') || p.endsWith('/')) p = p.endsWith('/*') ? p.slice(0, -2) : p.slice(0, -1);
    if (p === '') continue;
    for (const d of dirs) if (p === d || d.startsWith(`${p}/`)) return true;
  }
  return false;
}

/** Commands of a RUN (`ctx.commands(run)`) that come after `cmd` in source order. */
export function commandsAfter(commands: readonly Command[], cmd: Command): Command[] {
  return commands.slice(cmd.index + 1);
}

// ------------------------------------------------------------------------------------------------
// Variables in package words

const VAR_REF = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Names of the variables a word references, or `null` when it holds a command substitution. */
export function variableRefs(value: string): string[] | null {
  if (value.includes('$(') || value.includes('`')) return null;
  const names: string[] = [];
  for (const m of value.matchAll(VAR_REF)) names.push(m[1] ?? m[2]);
  return names;
}

/** Variable names exported or declared earlier in the same script (`export V=1 && dnf install x-$V`). */
function declaredBefore(commands: readonly Command[], cmd: Command): Set<string> {
  const out = new Set<string>();
  for (const c of commands) {
    if (c.index >= cmd.index) break;
    if (
      c.name === 'export' ||
      c.name === 'declare' ||
      c.name === 'local' ||
      c.name === 'readonly' ||
      c.name === 'typeset'
    ) {
      for (const a of c.argv) {
        const eq = a.indexOf('=');
        out.add(eq >= 0 ? a.slice(0, eq) : a);
      }
    }
  }
  for (const a of cmd.assigns) out.add(a.name);
  return out;
}

/**
 * For a package word holding variables (`git-core-${VERSION}`): `true` when every variable it uses
 * is known — visible to the RUN (ARG/ENV of the stage or a parent stage), declared by an `ARG`
 * anywhere earlier in the file (hadolint accepts those), or set earlier in the same script. The build
 * decides the value, so the word counts as pinned. `false` when some variable is unknown; `null` when
 * the word holds no variable, or a command substitution (whose output cannot be known).
 */
export function variablesKnown(
  allInstructions: readonly InstructionModel[],
  run: InstructionModel,
  commands: readonly Command[],
  cmd: Command,
  word: ShellWord,
): boolean | null {
  if (word.literal || !word.value.includes('$')) return null;
  const refs = variableRefs(word.value);
  if (refs === null) return null;
  if (refs.length === 0) return null;
  const local = declaredBefore(commands, cmd);
  return refs.every((name) => {
    if (local.has(name) || run.scope.has(name)) return true;
    return allInstructions.some(
      (i) => i.keyword === 'ARG' && i.range.line < run.range.line && i.properties.some((p) => p.key === name),
    );
  });
}

/** Is this word a command substitution we cannot judge (`$(cat packages.txt)`)? */
/**
 * A word that is nothing but one variable (`$runDeps`, `${INSTALL_PKGS}`): its packages are unknown
 * (a list, pinned or not), so the pinning rules neither judge it nor print it as a package name.
 */
export function isOnlyVariable(word: ShellWord): boolean {
  return !word.literal && /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(word.value);
}

export function isCommandSubstitution(word: ShellWord): boolean {
  return !word.literal && (word.value.includes('$(') || word.value.includes('`'));
}

// ------------------------------------------------------------------------------------------------
// yum / dnf / microdnf

/** Options of yum/dnf/microdnf that take a separate value: the one table of the command layer. */
export const RPM_VALUE_FLAGS: readonly string[] = RPM_TABLE.value;

export interface RpmCommand {
  cmd: Command;
  /** `dnf`, `microdnf` or `yum` (base name). */
  tool: string;
  /** First positional word (`install`, `module`, `group`, `clean`…). */
  sub: ShellWord;
  /** The action: `install` for `dnf install` and for `dnf module install`. */
  verb: string;
  /** The word naming the action (`install`). */
  verbWord: ShellWord;
  /** `package`, or `module` / `group` for `dnf module install` / `dnf group install`. */
  kind: 'package' | 'module' | 'group';
  /** Positional words after the action. */
  operands: ShellWord[];
}

/** Parse a yum/dnf/microdnf command into its verb and operands (`null` when it has no verb). */
export function rpmCommand(cmd: Command, tools: readonly string[]): RpmCommand | null {
  const base = cmd.tool;
  if (!tools.includes(base)) return null;
  const pos = cmd.positionals;
  if (pos.length === 0) return null;
  const sub = pos[0];
  const group = sub.value === 'group' || sub.value === 'groups';
  if ((sub.value === 'module' || group) && pos.length > 1) {
    return {
      cmd,
      tool: base,
      sub,
      verb: pos[1].value,
      verbWord: pos[1],
      kind: group ? 'group' : 'module',
      operands: pos.slice(2),
    };
  }
  return { cmd, tool: base, sub, verb: sub.value, verbWord: sub, kind: 'package', operands: pos.slice(1) };
}

/** `dnf clean all` / `yum clean all`. */
export function isCleanAll(r: RpmCommand): boolean {
  return r.kind === 'package' && r.verb === 'clean' && hasArg(r.cmd, 'all');
}

function isVersionChar(c: string): boolean {
  return /[0-9A-Za-z.~^_:+]/.test(c);
}

/**
 * Does an rpm package spec carry a version (`name-version[-release]`, with an optional epoch
 * `name-1:2.0`)? After the first `-`, every dash-separated part must look like version text and at
 * least one must start with a digit: `rpm-sign` is a name, `rpm-sign-4.16.1` is pinned. `.rpm` files
 * always are.
 */
export function rpmSpecPinned(spec: string): boolean {
  if (spec.endsWith('.rpm')) return true;
  const parts = spec.split('-');
  if (parts.length < 2) return false;
  const rest = parts.slice(1);
  return rest.every((p) => [...p].every(isVersionChar)) && rest.some((p) => /^[0-9]/.test(p));
}

/**
 * Operands of an rpm install that can never carry a version: `@group`/`@module:stream` selectors,
 * file paths and URLs (`/usr/bin/make`, `./x.rpm`), capabilities (`dnf-command(config-manager)`).
 */
export function rpmUnpinnable(spec: string): boolean {
  return spec.startsWith('@') || spec.includes('/') || spec.includes('(');
}

// ------------------------------------------------------------------------------------------------
// zypper

/** zypper options (global and of install) that take a separate value: the layer's table. */
export const ZYPPER_VALUE_FLAGS: readonly string[] = ZYPPER_TABLE.value;

/** Subcommand word of a zypper command (`install`, `in`, `clean`…), skipping global options. */
export function zypperSub(cmd: Command): ShellWord | undefined {
  return cmd.sub;
}

/** Truthy values pip (and hadolint) accept for `PIP_NO_CACHE_DIR`. */
export const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);

// ------------------------------------------------------------------------------------------------
// Rule bodies shared by the yum and dnf/microdnf rules (each returns the finding of one RUN, or null)

/** Verbs that install or upgrade packages (they fill the package cache). */
const RPM_FILLING_VERBS = new Set([
  'install',
  'in',
  'localinstall',
  'groupinstall',
  'reinstall',
  'rei',
  'upgrade',
  'up',
  'update',
  'upgrade-minimal',
  'up-min',
  'update-minimal',
  'distro-sync',
  'dsync',
  'downgrade',
  'dg',
]);

/** Verbs that prompt for confirmation before installing (DL3030/DL3038). */
const RPM_PROMPTING_INSTALLS = new Set(['install', 'in', 'groupinstall', 'localinstall']);

/** First `install` of `tools` without `-y`/`--assumeyes`: its `dnf install` head span. */
export function rpmMissingYes(
  commands: readonly Command[],
  tools: readonly string[],
): { span: Span; tool: string } | null {
  for (const cmd of commands) {
    const r = rpmCommand(cmd, tools);
    if (!r || !RPM_PROMPTING_INSTALLS.has(r.verb)) continue;
    if (r.kind !== 'package' && r.verb !== 'install') continue;
    if (cmd.has('-y', '--assumeyes')) continue;
    return { span: spanFromTo(cmd.nameWord, r.verbWord), tool: r.tool };
  }
  return null;
}

/**
 * First install/upgrade of `tools` that is not followed, later in the same RUN, by `<same tool> clean all`
 * or by an `rm` of the package cache (`cacheDirs`).
 */
export function rpmMissingClean(
  commands: readonly Command[],
  tools: readonly string[],
  cacheDirs: readonly string[],
): { span: Span; tool: string } | null {
  for (const cmd of commands) {
    const r = rpmCommand(cmd, tools);
    if (!r || !RPM_FILLING_VERBS.has(r.verb)) continue;
    if (r.kind === 'module' && r.verb !== 'install') continue;
    const cleaned = commandsAfter(commands, cmd).some((c) => {
      if (removesDir(c, cacheDirs)) return true;
      const rc = rpmCommand(c, [r.tool]);
      return rc !== null && isCleanAll(rc);
    });
    if (!cleaned) return { span: spanFromTo(cmd.nameWord, r.verbWord), tool: r.tool };
  }
  return null;
}

/**
 * Unpinned operands of `install` by `tools`: packages without `-version` (known variables accepted),
 * modules without `:stream`. Group installs are exempt.
 */
export function rpmUnpinned(
  allInstructions: readonly InstructionModel[],
  run: InstructionModel,
  commands: readonly Command[],
  tools: readonly string[],
): { word: ShellWord; module: boolean; tool: string }[] {
  const out: { word: ShellWord; module: boolean; tool: string }[] = [];
  for (const cmd of commands) {
    const r = rpmCommand(cmd, tools);
    if (r === null || r.verb !== 'install' || r.kind === 'group') continue;
    for (const w of r.operands) {
      const v = w.value;
      if (isCommandSubstitution(w) || isOnlyVariable(w)) continue;
      if (r.kind === 'module') {
        if (!v.includes(':')) out.push({ word: w, module: true, tool: r.tool });
        continue;
      }
      if (rpmUnpinnable(v) || rpmSpecPinned(v)) continue;
      if (variablesKnown(allInstructions, run, commands, cmd, w)) continue;
      out.push({ word: w, module: false, tool: r.tool });
    }
  }
  return out;
}

/** Options of `apk` that take a separate value: the layer's table. */
export const APK_VALUE_FLAGS: readonly string[] = APK_TABLE.value;
