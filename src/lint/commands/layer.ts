/**
 * The engine-owned command layer: every simple command of a RUN (shell form, exec form, heredoc
 * scripts, ONBUILD triggers), seen through wrappers (`sudo`, `env`, `xargs`, `nice`, `timeout`…) and
 * into `sh -c '…'` / `bash -c "…"` strings when their text maps 1:1 onto the Dockerfile, with the
 * flags read by the tool's one flag table (flags.ts). Built once per instruction per lint (the engine
 * caches it) on top of the public shell model (shell.ts); never throws.
 */
import type { DockerfileModel, InstructionModel, Span } from '../parse';
import {
  commandBaseName,
  flagValue,
  hasFlag,
  LinearSource,
  parseShellSource,
  type ShellCommand,
  type ShellScript,
  type ShellWord,
} from '../shell';
import { type FlagTable, flagTable, positionalWords } from './flags';

/** A wrapper the layer looked through (`sudo`, `env`, `xargs`, `sh -c`…). */
export interface Wrapper {
  /** Base name: `sudo`, `env`, `sh`… */
  name: string;
  /** The wrapper's name word (where to point a finding about the wrapper itself, e.g. DL3004). */
  word: ShellWord;
}

/**
 * A simple command as rules see it. It is a `ShellCommand` (same words and positions) plus what the
 * layer knows: the tool, the wrappers seen through and the tool's flags.
 */
export interface Command extends ShellCommand {
  /**
   * The tool: the base name (`/usr/bin/apt-get` → `apt-get`); `pip` for `pip3`, `pip3.12`,
   * `python3 -m pip` and `uv pip`.
   */
  readonly tool: string;
  /** The RUN (or ONBUILD trigger) this command belongs to. */
  readonly instr: InstructionModel;
  /** Wrappers seen through, outermost first (`sudo env X=1 apt-get …` → sudo, env). */
  readonly wrappers: readonly Wrapper[];
  /** True for the program of an exec-form RUN (its words all point at the JSON array). */
  readonly exec: boolean;
  /** Position in `ctx.commands(instr)` (source order); `index` is the position in this list too. */
  readonly index: number;
  /** The flag table of `tool` (empty for tools without one). */
  readonly table: FlagTable;
  /** Non-option words, subcommand first, values of value-taking options skipped. */
  readonly positionals: readonly ShellWord[];
  /** The first positional word (`install` in `apt-get -y install curl`). */
  readonly sub: ShellWord | undefined;
  /** Does the command carry one of these options? (`-y` also inside `-yq`; `--yes` and `--yes=…`.) */
  has(...flags: string[]): boolean;
  /** Value of an option (`-t x`, `-tx`, `--target-release=x`, `--target-release x`). */
  value(...flags: string[]): string | undefined;
  /** Positional words after the subcommand `sub` (one of them), or `null` when it is absent. */
  argsAfter(sub: string | readonly string[]): ShellWord[] | null;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);

/**
 * Wrappers that run the rest of their words as a command, with their options that take a value.
 * `command`, `exec -a`, `su`, `chroot` are left alone (they change what runs or query it).
 */
const WRAPPERS: Record<
  string,
  { value: readonly string[]; leadingNumber?: boolean; positionalsBefore?: number }
> = {
  sudo: {
    value: [
      '-u',
      '--user',
      '-g',
      '--group',
      '-p',
      '--prompt',
      '-C',
      '--close-from',
      '-r',
      '--role',
      '-t',
      '--type',
      '-U',
      '--other-user',
      '-D',
      '--chdir',
      '-T',
      '--command-timeout',
      '-h',
      '--host',
    ],
  },
  env: { value: ['-u', '--unset', '-C', '--chdir'] },
  xargs: {
    value: [
      '-a',
      '--arg-file',
      '-d',
      '--delimiter',
      '-E',
      '-I',
      '-L',
      '--max-lines',
      '-n',
      '--max-args',
      '-P',
      '--max-procs',
      '-s',
      '--max-chars',
      '--process-slot-var',
    ],
  },
  nice: { value: ['-n', '--adjustment'], leadingNumber: true },
  nohup: { value: [] },
  eatmydata: { value: [] },
  time: { value: ['-f', '--format', '-o', '--output'] },
  stdbuf: { value: ['-i', '--input', '-o', '--output', '-e', '--error'] },
  timeout: { value: ['-s', '--signal', '-k', '--kill-after'], positionalsBefore: 1 },
  ionice: { value: ['-c', '--class', '-n', '--classdata', '-p', '--pid', '-P', '--pgid', '-u', '--uid'] },
};

class LayerCommand implements Command {
  readonly name: string;
  readonly nameWord: ShellWord;
  readonly args: ShellWord[];
  readonly argv: string[];
  readonly assigns: ShellCommand['assigns'];
  readonly range: Span;
  index: number;
  readonly prevOp: ShellCommand['prevOp'];
  readonly nextOp: ShellCommand['nextOp'];
  readonly pipeline: number | null;
  readonly context: ShellCommand['context'];
  readonly heredoc: string | null;
  readonly redirects: ShellCommand['redirects'];
  readonly table: FlagTable;
  private pos: ShellWord[] | null = null;
  constructor(
    base: ShellCommand,
    readonly tool: string,
    readonly instr: InstructionModel,
    readonly wrappers: readonly Wrapper[],
    readonly exec: boolean,
  ) {
    this.name = base.name;
    this.nameWord = base.nameWord;
    this.args = base.args;
    this.argv = base.argv;
    this.assigns = base.assigns;
    this.range = base.range;
    this.index = base.index;
    this.prevOp = base.prevOp;
    this.nextOp = base.nextOp;
    this.pipeline = base.pipeline;
    this.context = base.context;
    this.heredoc = base.heredoc;
    this.redirects = base.redirects;
    this.table = flagTable(tool);
  }
  get positionals(): readonly ShellWord[] {
    this.pos ??= positionalWords(this, this.table);
    return this.pos;
  }
  get sub(): ShellWord | undefined {
    return this.positionals[0];
  }
  has(...flags: string[]): boolean {
    return hasFlag(this, ...flags);
  }
  value(...flags: string[]): string | undefined {
    return flagValue(this, ...flags);
  }
  argsAfter(sub: string | readonly string[]): ShellWord[] | null {
    const subs = typeof sub === 'string' ? [sub] : sub;
    const pos = this.positionals;
    const i = pos.findIndex((w) => subs.includes(w.value));
    return i < 0 ? null : pos.slice(i + 1);
  }
}

/** `pip`, `pip3`, `pip3.12`, `pipx` … as the tool name. */
function toolName(base: string): string {
  if (base.startsWith('pip') && /^pip(\d+(\.\d+)*)?$/.test(base)) return 'pip';
  return base;
}

/** The same command, starting at word `i` of its args (that word becomes the name). */
function from(cmd: ShellCommand, i: number): ShellCommand {
  const nameWord = cmd.args[i];
  const args = cmd.args.slice(i + 1);
  const r = nameWord.range;
  const range = {
    line: r.line,
    column: r.column,
    endLine: cmd.range.endLine,
    endColumn: cmd.range.endColumn,
  };
  return { ...cmd, name: nameWord.value, nameWord, args, argv: args.map((a) => a.value), range };
}

/** Index of the wrapped command's name in `cmd.args`, or -1 when the wrapper runs nothing we can see. */
function wrappedStart(cmd: ShellCommand, base: string): number {
  const w = WRAPPERS[base];
  const longs = w.value.filter((f) => f.startsWith('--'));
  const shorts = w.value.filter((f) => !f.startsWith('--')).map((f) => f.slice(1));
  let positionalsLeft = w.positionalsBefore ?? 0;
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i].value;
    if (a === '--') return i + 1 < cmd.args.length ? i + 1 : -1;
    if (a.startsWith('--')) {
      if (!a.includes('=') && longs.includes(a)) i++;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (w.leadingNumber && /^-\d+$/.test(a)) continue;
      const cluster = a.slice(1);
      const at = [...cluster].findIndex((ch) => shorts.includes(ch));
      if (at >= 0 && at === cluster.length - 1) i++;
      continue;
    }
    if ((base === 'env' || base === 'sudo') && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) continue;
    if (positionalsLeft > 0) {
      positionalsLeft--;
      continue;
    }
    return i;
  }
  return -1;
}

/** `sh -c 'script'` → the script word (`-c` may sit in a cluster: `-ec`, `-xc`), else undefined. */
function shellScriptWord(cmd: ShellCommand): ShellWord | undefined {
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i].value;
    if (a === '-o' || a === '+o') {
      i++;
      continue;
    }
    if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('c')) return cmd.args[i + 1];
      continue;
    }
    if (/^\+[a-zA-Z]+$/.test(a)) continue;
    return undefined;
  }
  return undefined;
}

/**
 * Offset in `model.text` of the first character of `value` (the others follow it) when the word is
 * written as plain text or one quoted string whose content is the value itself (`'a && b'`,
 * `"apt-get install $X"` without escapes); `null` otherwise (then the layer does not look inside).
 */
function wordStart(model: DockerfileModel, word: ShellWord): number | null {
  const v = word.value;
  const raw = word.raw;
  let skip: number;
  if (raw === v && !/["'\\]/.test(raw)) skip = 0;
  else if ((raw === `'${v}'` && !v.includes("'")) || (raw === `"${v}"` && !/["\\`]/.test(v))) skip = 1;
  else return null;
  const start = model.offsetOf(word.range.line, word.range.column) + skip;
  if (model.text.slice(start, start + v.length) !== v) return null;
  return start;
}

/** Offset of a JSON string of an exec-form RUN (its first character), found in the instruction's text (no escapes only). */
function execStringStart(model: DockerfileModel, instr: InstructionModel, value: string): number | null {
  if (/["\\]/.test(value) || !instr.argsRange) return null;
  const from = model.offsetOf(instr.argsRange.line, instr.argsRange.column);
  const to = model.offsetOf(instr.argsRange.endLine, instr.argsRange.endColumn);
  const at = model.text.indexOf(`"${value}"`, from);
  if (at < 0 || at + value.length + 2 > to) return null;
  return at + 1;
}

const MAX_DEPTH = 4;
/** A command run directly (most): one shared, frozen empty wrapper list, not one per command. */
const NO_WRAPPERS: Wrapper[] = Object.freeze([]) as unknown as Wrapper[];

/**
 * `python -m pip …` / `python3 -mpip …`: index of the word naming pip (the `pip` after `-m`, or
 * `-mpip` itself), or -1. Only options may come before `-m` (`python setup.py` runs a script).
 */
function pythonModulePip(cmd: ShellCommand): number {
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i].value;
    if (a === '-m') return /^pip(\d+(\.\d+)*)?$/.test(cmd.args[i + 1]?.value ?? '') ? i + 1 : -1;
    if (/^-mpip(\d+(\.\d+)*)?$/.test(a)) return i;
    if (!a.startsWith('-')) return -1;
  }
  return -1;
}

/**
 * The commands of one RUN (or ONBUILD RUN trigger) in source order. `script` is the instruction's
 * shell model (`ctx.shell(instr)`), `null` for exec form.
 */
export function buildCommands(
  model: DockerfileModel,
  instr: InstructionModel,
  script: ShellScript | null,
): Command[] {
  const out: Command[] = [];
  try {
    if (script) {
      for (const c of script.commands) expand(model, instr, c, NO_WRAPPERS, false, out, 0);
    } else if (instr.keyword === 'RUN' && instr.form === 'exec' && instr.exec && instr.exec.length > 0) {
      const exec = instr.exec;
      const range = instr.argsRange ?? instr.range;
      const word = (value: string): ShellWord => ({
        value,
        raw: value,
        literal: !value.includes('$'),
        range,
      });
      const args = exec.slice(1).map(word);
      const cmd: ShellCommand = {
        name: exec[0],
        nameWord: word(exec[0]),
        args,
        argv: exec.slice(1),
        assigns: [],
        range,
        index: 0,
        prevOp: null,
        nextOp: null,
        pipeline: null,
        context: [],
        heredoc: null,
        redirects: [],
      };
      expand(model, instr, cmd, NO_WRAPPERS, true, out, 0);
    }
  } catch {
    // a shape the layer did not foresee: rules see what was built so far
  }
  out.forEach((c, i) => {
    (c as LayerCommand).index = i;
  });
  // kept for the whole lint: an exact-size list (the pushed-to one holds spare room)
  return out.length > 0 ? out.slice() : out;
}

function expand(
  model: DockerfileModel,
  instr: InstructionModel,
  cmd: ShellCommand,
  wrappers: Wrapper[],
  exec: boolean,
  out: Command[],
  depth: number,
): void {
  const base = commandBaseName(cmd.name);
  if (depth < MAX_DEPTH && cmd.nameWord.literal) {
    // Own keys only: a command named `constructor` or `toString` is not a wrapper.
    if (Object.hasOwn(WRAPPERS, base)) {
      const i = wrappedStart(cmd, base);
      if (i >= 0) {
        expand(
          model,
          instr,
          from(cmd, i),
          [...wrappers, { name: base, word: cmd.nameWord }],
          exec,
          out,
          depth + 1,
        );
        return;
      }
    }
    if (SHELLS.has(base)) {
      const w = shellScriptWord(cmd);
      const start = w ? (exec ? execStringStart(model, instr, w.value) : wordStart(model, w)) : null;
      if (w && start !== null) {
        const inner = parseShellSource(model, new LinearSource(w.value, start, cmd.heredoc));
        const via = [...wrappers, { name: base, word: cmd.nameWord }];
        for (const c of inner.commands) expand(model, instr, c, via, false, out, depth + 1);
        return;
      }
    }
    // python -m pip …, uv pip …
    if (base.startsWith('python') && /^python(\d+(\.\d+)*)?$/.test(base)) {
      const at = pythonModulePip(cmd);
      if (at >= 0) {
        out.push(new LayerCommand(from(cmd, at), 'pip', instr, wrappers, exec));
        return;
      }
    }
    if (base === 'uv' && cmd.argv[0] === 'pip') {
      out.push(new LayerCommand(from(cmd, 0), 'pip', instr, wrappers, exec));
      return;
    }
  }
  out.push(new LayerCommand(cmd, toolName(base), instr, wrappers, exec));
}
