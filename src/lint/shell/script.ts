/**
 * Building the shell model of an instruction: which text is shell (the command, heredoc bodies run by
 * a shell), parsed by our own parser (parser.ts) or, for what it does not read, by mvdan-sh
 * (mvdan.ts), or — on a syntax error — split leniently (lenient-tokenizer.ts). Never throws.
 *
 * Rules normally get a script through `ctx.shell(instr)` (parsed lazily, cached per instruction).
 */
import type { DockerfileModel, InstructionModel } from '../parse';
import { lenientTokenize } from './lenient-tokenizer';
import type { ShellCommand, ShellScript, ShellSource } from './model';
import { errorMessage, mvdanAccess, mvdanParse } from './mvdan';
import { ownAccess, ownParse } from './parser';
import { ArgsSource, LinearSource, Positions } from './positions';
import { commandBaseName } from './queries';
import type { SyntaxNode } from './syntax-tree';
import { CommandBuilder } from './to-commands';

const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

/** Shell script of an instruction, or null when it has no shell-form command. */
export function buildShellScript(model: DockerfileModel, instr: InstructionModel): ShellScript | null {
  const k = instr.keyword;
  if (k !== 'RUN' && k !== 'CMD' && k !== 'ENTRYPOINT' && k !== 'HEALTHCHECK') return null;
  if (instr.form !== 'shell') return null;
  let text = instr.argsText;
  let skip = 0;
  if (k === 'HEALTHCHECK') {
    const m = /^cmd\s+/i.exec(text);
    if (!m) return null;
    text = text.slice(m[0].length);
    skip = m[0].length;
  }
  const sources: ShellSource[] = [];
  if (instr.heredocs.length === 0 || k !== 'RUN') {
    sources.push(new ArgsSource(text, instr, skip));
    return parseSources(model, sources, text);
  }
  const offsets = instr.argsOffsets;
  // RUN with heredocs: the first line, then the bodies and delimiters as the shell would see them
  // (`main`, the script's `source`). What is parsed leaves the bodies out: to the first line's
  // commands a body is data, and feeding a large one to mvdan-sh only to skip it cost seconds.
  let main = text;
  let parsedMain = text;
  const mainOffsets = offsets.slice();
  for (const h of instr.heredocs) {
    main += '\n';
    parsedMain += '\n';
    mainOffsets.push(mainOffsets.length ? mainOffsets[mainOffsets.length - 1] : 0);
    let last = mainOffsets.length ? mainOffsets[mainOffsets.length - 1] : 0;
    if (h.bodyRange) {
      main += `${h.body}\n`;
      last = model.offsetOf(h.bodyRange.line, h.bodyRange.column) + h.body.length;
    }
    main += h.name;
    parsedMain += h.name;
    for (let i = 0; i < h.name.length; i++) mainOffsets.push(last + 1 + i);
  }
  sources.push({ text: parsedMain, offsets: mainOffsets, heredoc: null });
  // Heredoc bodies run by a shell (`RUN <<EOF`, `RUN <<EOF bash`) are scripts too.
  const firstLine = stripHeredocMarkers(text);
  const words = firstLine.split(/\s+/).filter(Boolean);
  const runsShell =
    words.length === 0 || (SHELL_NAMES.has(commandBaseName(words[0])) && !/[<>|]/.test(firstLine));
  if (runsShell) {
    for (const h of instr.heredocs) {
      if (!h.bodyRange || !isShellBody(h.body)) continue;
      const start = model.offsetOf(h.bodyRange.line, h.bodyRange.column);
      sources.push(new LinearSource(h.body, start, h.name));
    }
  }
  return parseSources(model, sources, main);
}

function stripHeredocMarkers(s: string): string {
  return s.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, ' ');
}

function isShellBody(body: string): boolean {
  const first = body.trimStart().split('\n', 1)[0];
  if (!first.startsWith('#!')) return true;
  return /\b(sh|bash|ash|dash|zsh|ksh)\b/.test(first);
}

/**
 * Parse arbitrary shell text (positions are offsets into `text` mapped by `offsets`). `fast: false`
 * forces mvdan-sh (used by the differential test of our parser).
 */
export function parseShellSource(
  model: DockerfileModel,
  src: ShellSource,
  opts: { fast?: boolean } = {},
): ShellScript {
  return parseSources(model, [src], src.text, opts.fast !== false);
}

function parseSources(
  model: DockerfileModel,
  sources: ShellSource[],
  shown: string,
  useOwn = true,
): ShellScript {
  const built: ShellCommand[] = [];
  let parsed = true;
  let error: string | null = null;
  const state = { pipeline: 0 };
  for (const src of sources) {
    const positions = new Positions(model, src);
    const own = useOwn ? ownParse(src.text) : null;
    if (own) {
      new CommandBuilder(ownAccess, positions, built, src.heredoc, state).stmtList(own, []);
      continue;
    }
    let stmts: SyntaxNode[] | null = null;
    try {
      stmts = mvdanParse(src.text);
    } catch (e) {
      parsed = false;
      error = errorMessage(e);
    }
    if (stmts) {
      try {
        new CommandBuilder(mvdanAccess(positions), positions, built, src.heredoc, state).stmtList(stmts, []);
        continue;
      } catch (e) {
        parsed = false;
        error = errorMessage(e);
      }
    }
    lenientTokenize(positions, src, built, state);
  }
  // kept for the whole lint: an exact-size list (the pushed-to one holds spare room)
  const commands = built.length > 0 ? built.slice() : built;
  commands.forEach((c, i) => {
    c.index = i;
  });
  const hasPipes = commands.some((c) => c.pipeline !== null);
  return {
    source: shown,
    parsed,
    error,
    commands,
    hasPipes,
    commandsNamed(...names: string[]) {
      return commands.filter((c) => names.includes(c.name) || names.includes(commandBaseName(c.name)));
    },
    has(...names: string[]) {
      return commands.some((c) => names.includes(c.name) || names.includes(commandBaseName(c.name)));
    },
  };
}

/**
 * The commands our own parser reads in `src`, or null when it leaves the text to mvdan-sh. Tests
 * compare it with `parseShellSource(…, { fast: false })` (mvdan-sh only).
 */
export function fastParse(
  model: DockerfileModel,
  src: ShellSource,
  state: { pipeline: number },
): ShellCommand[] | null {
  const own = ownParse(src.text);
  if (!own) return null;
  const out: ShellCommand[] = [];
  new CommandBuilder(ownAccess, new Positions(model, src), out, src.heredoc, state).stmtList(own, []);
  return out;
}
