/**
 * Helpers shared by the Camadas rules CAM001–CAM006 (layer order, package caches, toolchains).
 * Pure functions over the lint model; nothing here throws on odd input.
 */

import { RPM_TABLE } from '../../commands/flags';
import type { Command } from '../../commands/layer';
import type { InstructionModel, Span } from '../../parse';
import { commandBaseName, type ShellCommand } from '../../shell';
import type { RuleView } from '../../types';

/**
 * Instructions whose effects are already in the filesystem when `instr` runs, in build order:
 * - a top-level instruction: every instruction of the parent stages (`FROM base`), then the earlier
 *   instructions of its own stage (for a fragment: the earlier top-level instructions);
 * - an ONBUILD trigger: the earlier triggers of the same stage (they run, in order, in the child
 *   build — the parent's own instructions belong to another build).
 */
export function lineageBefore(ctx: RuleView, instr: InstructionModel): InstructionModel[] {
  if (instr.onbuild) {
    const out: InstructionModel[] = [];
    for (const o of ctx.instructionsOf('ONBUILD')) {
      if (o.stage !== instr.onbuild.stage || !o.trigger || o.index >= instr.onbuild.index) continue;
      out.push(o.trigger);
    }
    return out;
  }
  const stage = instr.stage;
  if (!stage) return ctx.instructions.filter((i) => i.index < instr.index);
  const chain = [];
  for (let s = stage.parent; s; s = s.parent) chain.unshift(s);
  const out: InstructionModel[] = [];
  for (const s of chain) out.push(...s.instructions);
  for (const i of stage.instructions) if (i.index < instr.index) out.push(i);
  return out;
}

/** RUN instructions to check: top level, plus ONBUILD triggers when `onbuild` is true. */
export function runsOf(ctx: RuleView, onbuild = true): readonly InstructionModel[] {
  return ctx.instructionsOf('RUN', { onbuild });
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

/** Does the command run a script we cannot see (`./install.sh`, `bash setup.sh`, `curl … | sh`)? */
export function runsOpaqueScript(cmd: ShellCommand): boolean {
  const name = cmd.name;
  if (name.includes('/')) return true;
  if (name.endsWith('.sh') || !cmd.nameWord.literal) return true;
  // `bash setup.sh`, `sh -c "…"`, `curl … | bash -`: any shell started from the script.
  return SHELLS.has(commandBaseName(name));
}

// ------------------------------------------------------------------------------------------------
// Package managers

export const APT = ['apt-get', 'apt', 'aptitude'];
/** yum, dnf, dnf5, microdnf, tdnf: the tools of the layer's rpm flag table. */
export const RPM_MANAGERS: readonly string[] = RPM_TABLE.tools;

/** The subcommand of a command (its first positional word, read by the tool's flag table), lower-cased. */
export function sub(cmd: Command): string | undefined {
  return cmd.sub?.value.toLowerCase();
}

/** The command when it is pip (`pip3`, `python -m pip`, `uv pip` are `pip` in the layer), else null. */
export function asPip(cmd: Command): Command | null {
  return cmd.tool === 'pip' ? cmd : null;
}

/** `a b c` as written (values), shortened for messages. */
export function commandText(cmd: ShellCommand, max = 48): string {
  const text = [commandBaseName(cmd.name), ...cmd.argv].join(' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// ------------------------------------------------------------------------------------------------
// Paths and mounts

/**
 * Normalise a path for cache matching: quotes already removed by the shell model; `~`, `$HOME`,
 * `${HOME}`, `/root` and `/home/<user>` become `~`; trailing `/`, `/*`, `/.*` and `*` are dropped.
 */
export function normalizePath(p: string): string {
  let s = p.trim();
  s = s.replace(/^(\$\{HOME\}|\$HOME|\/root|\/home\/[^/]+)(?=\/|$)/, '~');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\/\.?\*$/, '').replace(/\*$/, '');
    if (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  }
  return s;
}

function depth(p: string): number {
  return p.split('/').filter(Boolean).length;
}

/** Does deleting `path` remove `dir` or something inside it? (`/var/cache` counts for `/var/cache/apt`.) */
export function pathTouches(path: string, dir: string): boolean {
  return normalizedPathTouches(normalizePath(path), dir);
}

/** `pathTouches` for a path already through `normalizePath`. */
export function normalizedPathTouches(p: string, dir: string): boolean {
  if (p === dir || p.startsWith(`${dir}/`)) return true;
  return dir.startsWith(`${p}/`) && depth(p) >= 2;
}

/** A `--mount=type=cache|tmpfs` of `run` whose target contains `dir` (or lies inside it). */
export function mountCovers(run: InstructionModel, dir: string): boolean {
  for (const f of run.flagsNamed('mount')) {
    const type = f.option('type')?.toLowerCase();
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const target = f.option('target') ?? f.option('dst') ?? f.option('destination');
    if (!target) continue;
    const t = normalizePath(target);
    if (t === dir || dir.startsWith(`${t}/`) || t.startsWith(`${dir}/`)) return true;
  }
  return false;
}

// ------------------------------------------------------------------------------------------------
// COPY / ADD sources

export interface SourceArg {
  value: string;
  range: Span;
}

function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0])) return s.slice(1, -1);
  return s;
}

/** Sources of a COPY/ADD (destination and heredoc markers excluded). Exec form points at the array. */
export function sourcesOf(instr: InstructionModel): SourceArg[] {
  if (instr.form === 'exec' && instr.exec) {
    const range = instr.argsRange ?? instr.range;
    return instr.exec.slice(0, -1).map((value) => ({ value, range }));
  }
  const args = instr.args.slice(0, -1);
  return args
    .filter((a) => !a.value.startsWith('<<'))
    .map((a) => ({ value: unquote(a.value), range: a.range }));
}

const WHOLE_CONTEXT = new Set(['.', './', '*', './*', './.']);

/** `COPY . .`, `COPY ./ /app/`, `ADD . .`: the whole build context (not `--from`, not heredocs). */
export function copiesWholeContext(instr: InstructionModel): boolean {
  if (instr.keyword !== 'COPY' && instr.keyword !== 'ADD') return false;
  if (instr.flag('from')) return false;
  return sourcesOf(instr).some((s) => WHOLE_CONTEXT.has(s.value));
}
