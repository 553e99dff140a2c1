/**
 * Shell model of RUN commands, built with mvdan-sh (a real POSIX/Bash parser) and mapped back to
 * Dockerfile positions. If mvdan-sh rejects the script, a lenient tokenizer splits on `&&`, `||`, `;`,
 * `|` and newlines outside quotes, so rules still see the commands (like hadolint does). Never throws.
 *
 * Rules normally get a script through `ctx.shell(instr)` (parsed lazily, cached per instruction).
 */
import type { ShNode, ShParser, ShSyntax } from 'mvdan-sh';

/**
 * mvdan-sh (a 2 MB GopherJS build) is loaded on first use: most RUN lines never need it (fastParse),
 * and loading it cost a quarter of a second at every `camadas lint` start. Bundlers (esbuild, webpack)
 * resolve this `require` like an import.
 */
declare const require: (id: string) => unknown;
let syntaxModule: ShSyntax | null = null;
function shSyntax(): ShSyntax {
  if (!syntaxModule) {
    const mod = require('mvdan-sh') as { syntax?: ShSyntax; default?: { syntax: ShSyntax } };
    syntaxModule = (mod.syntax ?? mod.default?.syntax) as ShSyntax;
  }
  return syntaxModule;
}

import type { DockerfileModel, InstructionModel, Span } from './parse';

export interface ShellWord {
  /** Value with quotes removed and escapes resolved; expansions (`$X`, `$(…)`) kept as written. */
  value: string;
  /** Text as written in the Dockerfile. */
  raw: string;
  /** True when the value is fully static (no `$…`, no backquotes, no globbing by expansion). */
  literal: boolean;
  range: Span;
}

export type ShellOperator = '&&' | '||' | '|' | '|&' | ';' | '&' | '\n';

export type ShellContext = 'subshell' | 'cmdsubst' | 'block' | 'if' | 'loop' | 'case' | 'function';

export interface ShellAssign {
  name: string;
  value: string | null;
  range: Span;
}

export interface ShellCommand {
  /** Command name (`apt-get`); for a dynamic name (`$CMD`) the raw text. */
  name: string;
  nameWord: ShellWord;
  /** Words after the name. */
  args: ShellWord[];
  /** `args.map(a => a.value)`. */
  argv: string[];
  /** `FOO=bar cmd` prefix assignments. */
  assigns: ShellAssign[];
  range: Span;
  /** Position in `script.commands` (source order). */
  index: number;
  /** Operator that joins this command to the one before it (`&&`, `;`, `|`…), `null` if first. */
  prevOp: ShellOperator | null;
  /** Operator that joins it to the next command, `null` if last. */
  nextOp: ShellOperator | null;
  /** Commands joined by `|` share a pipeline id; `null` when not in a pipeline. */
  pipeline: number | null;
  /** Enclosing constructs, innermost last (`['subshell']` for `(cd x && make)`). */
  context: ShellContext[];
  /** Name of the RUN heredoc whose body this command comes from, else `null`. */
  heredoc: string | null;
  /** Redirections of the statement (`>`, `2>&1`…): operator and target as written. */
  redirects: { op: string; target: string }[];
}

export interface ShellScript {
  /** The shell source that was parsed (logical line; heredoc bodies follow on their own lines). */
  source: string;
  /** True when mvdan-sh parsed it; false when the fallback tokenizer was used. */
  parsed: boolean;
  /** mvdan-sh's error message when `parsed` is false. */
  error: string | null;
  /** Every simple command, in source order, including those in subshells, `$(…)`, if/for bodies. */
  commands: ShellCommand[];
  /** True when at least one `|` pipe exists. */
  hasPipes: boolean;
  /** Commands whose name (or basename, `/usr/bin/apt-get` → `apt-get`) is one of `names`. */
  commandsNamed(...names: string[]): ShellCommand[];
  /** Whether any command has one of these names. */
  has(...names: string[]): boolean;
}

// ------------------------------------------------------------------------------------------------
// Query helpers (pure functions, usable on any ShellCommand)

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

const QUOTE_OR_ESCAPE = /["'\\]/;

/**
 * Cheap pre-check before `ctx.shell(instr)` (which may parse): can the script of `instr` contain a
 * word matching `words` (a RegExp built once, at module level)? False only when neither `argsText`
 * matches nor a quote or backslash could hide such a word (`r"m"` is `rm` to the shell), and there is
 * no heredoc body. A `true` says nothing: the rule still looks at the shell model.
 */
export function mayMention(instr: InstructionModel, words: RegExp): boolean {
  if (instr.heredocs.length > 0) return true;
  const t = instr.argsText;
  return words.test(t) || QUOTE_OR_ESCAPE.test(t);
}

/** `apt-get` for `/usr/bin/apt-get`. */
export function commandBaseName(name: string): string {
  const i = name.lastIndexOf('/');
  return i >= 0 ? name.slice(i + 1) : name;
}

// ------------------------------------------------------------------------------------------------
// Building scripts

/** A piece of shell source and, for each character, its offset in `model.text`. */
export interface ShellSource {
  text: string;
  offsets: number[];
  heredoc: string | null;
}

const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

let parserInstance: ShParser | null = null;
function parser() {
  if (!parserInstance) parserInstance = shSyntax().NewParser();
  return parserInstance;
}

/** Shell script of an instruction, or null when it has no shell-form command. */
export function buildShellScript(model: DockerfileModel, instr: InstructionModel): ShellScript | null {
  const k = instr.keyword;
  if (k !== 'RUN' && k !== 'CMD' && k !== 'ENTRYPOINT' && k !== 'HEALTHCHECK') return null;
  if (instr.form !== 'shell') return null;
  let text = instr.argsText;
  let offsets = instr.argsOffsets;
  if (k === 'HEALTHCHECK') {
    const m = /^cmd\s+/i.exec(text);
    if (!m) return null;
    text = text.slice(m[0].length);
    offsets = offsets.slice(m[0].length);
  }
  const sources: ShellSource[] = [];
  if (instr.heredocs.length === 0 || k !== 'RUN') {
    sources.push({ text, offsets, heredoc: null });
    return parseSources(model, sources, text);
  }
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
      const bodyOffsets: number[] = new Array(h.body.length);
      for (let i = 0; i < h.body.length; i++) bodyOffsets[i] = start + i;
      sources.push({ text: h.body, offsets: bodyOffsets, heredoc: h.name });
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
 * forces mvdan-sh (used by the differential test of the fast path).
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
  useFast = true,
): ShellScript {
  const commands: ShellCommand[] = [];
  let parsed = true;
  let error: string | null = null;
  const state = { pipeline: 0 };
  for (const src of sources) {
    const fast = useFast ? fastParse(model, src, state) : null;
    if (fast) {
      commands.push(...fast);
      continue;
    }
    let root: ShNode | null = null;
    try {
      root = parser().Parse(src.text, '');
    } catch (e) {
      parsed = false;
      error = errorMessage(e);
    }
    const mapper = new Mapper(model, src);
    if (root) {
      try {
        const w = new Walker(mapper, commands, src.heredoc, state);
        w.stmtList(root.Stmts as ShNode[], []);
        continue;
      } catch (e) {
        parsed = false;
        error = errorMessage(e);
      }
    }
    fallbackTokenize(mapper, src, commands, state);
  }
  commands.forEach((c, i) => {
    c.index = i;
  });
  const hasPipes = commands.some((c) => c.pipeline !== null);
  const script: ShellScript = {
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
  return script;
}

function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'Error' in e && typeof (e as { Error: unknown }).Error === 'function') {
    return String((e as { Error: () => string }).Error());
  }
  return e instanceof Error ? e.message : String(e);
}

class Mapper {
  private readonly byteToChar: number[] | null;
  constructor(
    private readonly model: DockerfileModel,
    private readonly src: ShellSource,
  ) {
    // mvdan-sh positions are UTF-8 byte offsets; build a byte→char table for non-ASCII sources.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
    if (/^[\x00-\x7f]*$/.test(src.text)) {
      this.byteToChar = null;
    } else {
      const table: number[] = [];
      const enc = new TextEncoder();
      for (let i = 0; i < src.text.length; i++) {
        const cp = src.text.codePointAt(i) ?? 0;
        const ch = String.fromCodePoint(cp);
        const n = enc.encode(ch).length;
        for (let b = 0; b < n; b++) table.push(i);
        if (ch.length === 2) i++;
      }
      table.push(src.text.length);
      this.byteToChar = table;
    }
  }
  charIndex(byteOffset: number): number {
    if (!this.byteToChar) return byteOffset;
    return this.byteToChar[Math.min(byteOffset, this.byteToChar.length - 1)];
  }
  /** Model-text offset for a char index in the source (end = exclusive). */
  modelOffset(charIndex: number, isEnd: boolean): number {
    const offs = this.src.offsets;
    if (offs.length === 0) return 0;
    if (isEnd) {
      const i = Math.min(Math.max(charIndex - 1, 0), offs.length - 1);
      return offs[i] + 1;
    }
    return offs[Math.min(Math.max(charIndex, 0), offs.length - 1)];
  }
  spanOfChars(start: number, end: number): Span {
    const a = this.modelOffset(start, false);
    const b = Math.max(this.modelOffset(end, true), a);
    return this.model.spanOfOffsets(a, b);
  }
  spanOf(node: ShNode): Span {
    return this.spanOfChars(this.charIndex(node.Pos().Offset()), this.charIndex(node.End().Offset()));
  }
  slice(node: ShNode): string {
    return this.src.text.slice(this.charIndex(node.Pos().Offset()), this.charIndex(node.End().Offset()));
  }
}

const BIN_OPS: Record<number, ShellOperator> = { 10: '&&', 11: '||', 12: '|', 13: '|&' };

function unescapeLit(s: string, inDouble: boolean): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      const n = s[i + 1];
      if (n === '\n') {
        i++;
        continue;
      }
      if (!inDouble || '$`"\\'.includes(n)) {
        out += n;
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}

class Walker {
  private readonly syntax = shSyntax();
  constructor(
    private readonly map: Mapper,
    private readonly out: ShellCommand[],
    private readonly heredoc: string | null,
    private readonly state: { pipeline: number },
  ) {}

  private type(n: ShNode): string {
    return this.syntax.NodeType(n);
  }

  /** Statement list; returns first/last command lists to link operators. */
  stmtList(stmts: ShNode[] | null | undefined, ctx: ShellContext[]): void {
    if (!stmts) return;
    let prevLast: ShellCommand[] = [];
    let prevOp: ShellOperator | null = null;
    for (const st of stmts) {
      const r = this.stmt(st, ctx, null);
      if (prevOp && r.first.length) {
        for (const c of prevLast) if (c.nextOp === null) c.nextOp = prevOp;
        for (const c of r.first) if (c.prevOp === null) c.prevOp = prevOp;
      }
      if (r.last.length) {
        prevLast = r.last;
        prevOp = st.Background ? '&' : st.Semicolon?.IsValid?.() ? ';' : '\n';
      }
    }
  }

  private stmt(
    st: ShNode,
    ctx: ShellContext[],
    pipeline: number | null,
  ): { first: ShellCommand[]; last: ShellCommand[] } {
    const redirects: { op: string; target: string }[] = [];
    for (const r of (st.Redirs as ShNode[] | null) ?? []) {
      const raw = this.map.slice(r);
      const target = r.Word ? this.word(r.Word as ShNode).value : '';
      const op = raw
        .slice(0, Math.max(0, raw.length - (r.Word ? this.map.slice(r.Word as ShNode).length : 0)))
        .trim();
      redirects.push({ op, target });
      if (r.Word) this.nested(r.Word as ShNode, ctx);
    }
    const cmd = st.Cmd as ShNode | null;
    if (!cmd) return { first: [], last: [] };
    return this.command(cmd, ctx, pipeline, redirects);
  }

  private command(
    cmd: ShNode,
    ctx: ShellContext[],
    pipeline: number | null,
    redirects: { op: string; target: string }[],
  ): { first: ShellCommand[]; last: ShellCommand[] } {
    const t = this.type(cmd);
    switch (t) {
      case 'CallExpr':
        return this.call(cmd, ctx, pipeline, redirects);
      case 'DeclClause':
        return this.decl(cmd, ctx, pipeline, redirects);
      case 'BinaryCmd': {
        const op = BIN_OPS[cmd.Op as number] ?? '&&';
        let pid = pipeline;
        if ((op === '|' || op === '|&') && pid === null) pid = ++this.state.pipeline;
        const x = this.stmt(cmd.X as ShNode, ctx, op === '|' || op === '|&' ? pid : pipeline);
        const y = this.stmt(cmd.Y as ShNode, ctx, op === '|' || op === '|&' ? pid : pipeline);
        for (const c of x.last) if (c.nextOp === null) c.nextOp = op;
        for (const c of y.first) if (c.prevOp === null) c.prevOp = op;
        return { first: x.first.length ? x.first : y.first, last: y.last.length ? y.last : x.last };
      }
      case 'Subshell':
      case 'Block': {
        const inner = [...ctx, t === 'Subshell' ? 'subshell' : 'block'] as ShellContext[];
        return this.listRange(cmd.Stmts as ShNode[], inner);
      }
      case 'IfClause': {
        const inner = [...ctx, 'if'] as ShellContext[];
        const start = this.out.length;
        let clause: ShNode | null = cmd;
        while (clause) {
          this.stmtList(clause.Cond as ShNode[], inner);
          this.stmtList(clause.Then as ShNode[], inner);
          const els = clause.Else as ShNode | null;
          if (els && this.type(els) === 'IfClause') clause = els;
          else {
            if (els) this.stmtList(els.Stmts as ShNode[], inner);
            clause = null;
          }
        }
        return this.sinceRange(start);
      }
      case 'WhileClause': {
        const inner = [...ctx, 'loop'] as ShellContext[];
        const start = this.out.length;
        this.stmtList(cmd.Cond as ShNode[], inner);
        this.stmtList(cmd.Do as ShNode[], inner);
        return this.sinceRange(start);
      }
      case 'ForClause': {
        const inner = [...ctx, 'loop'] as ShellContext[];
        const start = this.out.length;
        const loop = cmd.Loop as ShNode | null;
        if (loop && Array.isArray(loop.Items)) for (const w of loop.Items as ShNode[]) this.nested(w, inner);
        this.stmtList(cmd.Do as ShNode[], inner);
        return this.sinceRange(start);
      }
      case 'CaseClause': {
        const inner = [...ctx, 'case'] as ShellContext[];
        const start = this.out.length;
        if (cmd.Word) this.nested(cmd.Word as ShNode, inner);
        for (const item of (cmd.Items as ShNode[] | null) ?? []) this.stmtList(item.Stmts as ShNode[], inner);
        return this.sinceRange(start);
      }
      case 'FuncDecl': {
        const start = this.out.length;
        if (cmd.Body) this.stmt(cmd.Body as ShNode, [...ctx, 'function'], null);
        return this.sinceRange(start);
      }
      case 'TimeClause':
      case 'CoprocClause':
        if (cmd.Stmt) return this.stmt(cmd.Stmt as ShNode, ctx, pipeline);
        return { first: [], last: [] };
      default:
        // TestClause, ArithmCmd, LetClause: look for command substitutions only
        this.deepNested(cmd, ctx);
        return { first: [], last: [] };
    }
  }

  private listRange(stmts: ShNode[], ctx: ShellContext[]): { first: ShellCommand[]; last: ShellCommand[] } {
    const start = this.out.length;
    this.stmtList(stmts, ctx);
    return this.sinceRange(start);
  }

  private sinceRange(start: number): { first: ShellCommand[]; last: ShellCommand[] } {
    if (this.out.length === start) return { first: [], last: [] };
    return { first: [this.out[start]], last: [this.out[this.out.length - 1]] };
  }

  private call(
    cmd: ShNode,
    ctx: ShellContext[],
    pipeline: number | null,
    redirects: { op: string; target: string }[],
  ): { first: ShellCommand[]; last: ShellCommand[] } {
    const assigns: ShellAssign[] = [];
    for (const a of (cmd.Assigns as ShNode[] | null) ?? []) {
      assigns.push(this.assign(a));
      if (a.Value) this.nested(a.Value as ShNode, ctx);
    }
    const argsNodes = (cmd.Args as ShNode[] | null) ?? [];
    if (argsNodes.length === 0) return { first: [], last: [] };
    const words = argsNodes.map((w) => this.word(w));
    const c: ShellCommand = {
      name: words[0].value,
      nameWord: words[0],
      args: words.slice(1),
      argv: words.slice(1).map((w) => w.value),
      assigns,
      range: this.map.spanOf(cmd),
      index: 0,
      prevOp: null,
      nextOp: null,
      pipeline,
      context: ctx,
      heredoc: this.heredoc,
      redirects,
    };
    this.out.push(c);
    for (const w of argsNodes) this.nested(w, ctx);
    return { first: [c], last: [c] };
  }

  private decl(
    cmd: ShNode,
    ctx: ShellContext[],
    pipeline: number | null,
    redirects: { op: string; target: string }[],
  ): { first: ShellCommand[]; last: ShellCommand[] } {
    const variant = cmd.Variant as ShNode;
    const name = String(variant.Value);
    const nameWord: ShellWord = { value: name, raw: name, literal: true, range: this.map.spanOf(variant) };
    const args: ShellWord[] = [];
    for (const a of (cmd.Args as ShNode[] | null) ?? []) {
      const raw = this.map.slice(a);
      const value = a.Value ? `${a.Name ? a.Name.Value : ''}=${this.word(a.Value as ShNode).value}` : raw;
      args.push({ value, raw, literal: !raw.includes('$') && !raw.includes('`'), range: this.map.spanOf(a) });
      if (a.Value) this.nested(a.Value as ShNode, ctx);
    }
    const c: ShellCommand = {
      name,
      nameWord,
      args,
      argv: args.map((w) => w.value),
      assigns: [],
      range: this.map.spanOf(cmd),
      index: 0,
      prevOp: null,
      nextOp: null,
      pipeline,
      context: ctx,
      heredoc: this.heredoc,
      redirects,
    };
    this.out.push(c);
    return { first: [c], last: [c] };
  }

  private assign(a: ShNode): ShellAssign {
    return {
      name: a.Name ? String(a.Name.Value) : '',
      value: a.Value ? this.word(a.Value as ShNode).value : a.Naked ? null : '',
      range: this.map.spanOf(a),
    };
  }

  word(w: ShNode): ShellWord {
    let value = '';
    let literal = true;
    const parts = (w.Parts as ShNode[] | null) ?? [];
    for (const p of parts) {
      const t = this.type(p);
      if (t === 'Lit') value += unescapeLit(String(p.Value), false);
      else if (t === 'SglQuoted') {
        if (p.Dollar) literal = false;
        value += String(p.Value);
      } else if (t === 'DblQuoted') {
        for (const q of (p.Parts as ShNode[] | null) ?? []) {
          if (this.type(q) === 'Lit') value += unescapeLit(String(q.Value), true);
          else {
            literal = false;
            value += this.map.slice(q);
          }
        }
      } else {
        literal = false;
        value += this.map.slice(p);
      }
    }
    return { value, raw: this.map.slice(w), literal, range: this.map.spanOf(w) };
  }

  /** Commands inside `$(…)`, backquotes and `<(…)` of a word. */
  private nested(w: ShNode, ctx: ShellContext[]): void {
    for (const p of (w.Parts as ShNode[] | null) ?? []) {
      const t = this.type(p);
      if (t === 'CmdSubst' || t === 'ProcSubst') this.stmtList(p.Stmts as ShNode[], [...ctx, 'cmdsubst']);
      else if (t === 'DblQuoted') this.nested(p, ctx);
      else if (t === 'ParamExp' && p.Exp && p.Exp.Word) this.nested(p.Exp.Word as ShNode, ctx);
    }
  }

  private deepNested(node: ShNode, ctx: ShellContext[]): void {
    this.syntax.Walk(node, (n) => {
      if (!n) return true;
      const t = this.type(n);
      if (t === 'CmdSubst' || t === 'ProcSubst') {
        this.stmtList(n.Stmts as ShNode[], [...ctx, 'cmdsubst']);
        return false;
      }
      return true;
    });
  }
}

/** Lenient fallback: split on operators outside quotes, words on blanks. */
function fallbackTokenize(
  map: Mapper,
  src: ShellSource,
  out: ShellCommand[],
  state: { pipeline: number },
): void {
  const s = src.text;
  let i = 0;
  let words: { start: number; end: number; value: string; literal: boolean }[] = [];
  let cur: { start: number; value: string; literal: boolean } | null = null;
  let prevOp: ShellOperator | null = null;
  let pipeline: number | null = null;
  const flushWord = (end: number) => {
    if (cur) {
      words.push({ start: cur.start, end, value: cur.value, literal: cur.literal });
      cur = null;
    }
  };
  const flushCmd = (op: ShellOperator | null) => {
    const piped = op === '|' || op === '|&';
    if (words.length) {
      const ws: ShellWord[] = words.map((w) => ({
        value: w.value,
        raw: s.slice(w.start, w.end),
        literal: w.literal,
        range: map.spanOfChars(w.start, w.end),
      }));
      // leading VAR=value words are assignments
      let k = 0;
      const assigns: ShellAssign[] = [];
      while (k < ws.length - 1 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(ws[k].value)) {
        const eq = ws[k].value.indexOf('=');
        assigns.push({
          name: ws[k].value.slice(0, eq),
          value: ws[k].value.slice(eq + 1),
          range: ws[k].range,
        });
        k++;
      }
      const cmdWords = ws.slice(k);
      if (piped && pipeline === null) pipeline = ++state.pipeline;
      const first = cmdWords[0];
      const last = cmdWords[cmdWords.length - 1];
      out.push({
        name: first.value,
        nameWord: first,
        args: cmdWords.slice(1),
        argv: cmdWords.slice(1).map((w) => w.value),
        assigns,
        range: {
          line: first.range.line,
          column: first.range.column,
          endLine: last.range.endLine,
          endColumn: last.range.endColumn,
        },
        index: 0,
        prevOp,
        nextOp: op,
        pipeline: piped || prevOp === '|' || prevOp === '|&' ? pipeline : null,
        context: [],
        heredoc: src.heredoc,
        redirects: [],
      });
      if (!piped) pipeline = null;
    }
    words = [];
    prevOp = op;
  };
  while (i < s.length) {
    const c = s[i];
    if (c === "'" || c === '"') {
      if (!cur) cur = { start: i, value: '', literal: true };
      const close = s.indexOf(c, i + 1);
      const end = close < 0 ? s.length : close;
      const inner = s.slice(i + 1, end);
      if (c === '"' && inner.includes('$')) cur.literal = false;
      cur.value += inner;
      i = end + 1;
      continue;
    }
    if (c === '\\' && i + 1 < s.length) {
      if (!cur) cur = { start: i, value: '', literal: true };
      if (s[i + 1] !== '\n') cur.value += s[i + 1];
      i += 2;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === '&&' || two === '||' || two === '|&') {
      flushWord(i);
      flushCmd(two as ShellOperator);
      i += 2;
      continue;
    }
    if (c === ';' || c === '|' || c === '\n' || c === '&') {
      flushWord(i);
      flushCmd(c as ShellOperator);
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '(' || c === ')') {
      flushWord(i);
      i++;
      continue;
    }
    if (!cur) cur = { start: i, value: '', literal: true };
    if (c === '$' || c === '`') cur.literal = false;
    cur.value += c;
    i++;
  }
  flushWord(s.length);
  flushCmd(null);
  // the last command must not claim a dangling operator
  const last = out[out.length - 1];
  if (last && last.nextOp === null && last.pipeline !== null && last.prevOp !== '|' && last.prevOp !== '|&') {
    last.pipeline = null;
  }
}

// ------------------------------------------------------------------------------------------------
// Fast path. mvdan-sh is a GopherJS build (~1 ms per RUN); most RUN lines are plain command lists.
// `fastParse` handles exactly that subset — words, quotes, `$VAR`/`${VAR}`, `&&`, `||`, `|`, `;`, `&`,
// simple redirections — and returns null on anything else (subshells, `$(…)`, backquotes, keywords,
// heredocs, comments…), which then goes to mvdan-sh. tests/lint/shell.test.ts checks it against
// mvdan-sh on generated inputs: both must give the same commands, words, positions and operators.

const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'for',
  'while',
  'until',
  'do',
  'done',
  'case',
  'esac',
  'function',
  'select',
  'time',
  'coproc',
  '!',
  '[[',
  ']]',
  '{',
  '}',
  'in',
  'nameref',
  'let',
]);

/**
 * Declaration builtins mvdan-sh parses as a `DeclClause` (the Walker's `decl`): handled by the fast
 * path when every argument is a plain `NAME` or `NAME=value` (no flags, no quoted names, no `+=`) and
 * there is no prefix assignment (`FOO=1 export X` is an ordinary call for mvdan-sh).
 */
const DECL_BUILTINS = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);
const DECL_ARG = /^[A-Za-z_][A-Za-z0-9_]*(=|$)/;

interface FastWord {
  start: number;
  end: number;
  value: string;
  literal: boolean;
}

/** Commands of a simple command list, or null when the text needs the real parser. */
export function fastParse(
  model: DockerfileModel,
  src: ShellSource,
  state: { pipeline: number },
): ShellCommand[] | null {
  const s = src.text;
  const n = s.length;
  const map = new Mapper(model, src);
  const out: ShellCommand[] = [];
  let i = 0;
  // current statement being built
  let words: FastWord[] = [];
  let redirects: { op: string; target: string }[] = [];
  let lastOp: ShellOperator | null = null; // operator before the current statement
  let prevCmds: ShellCommand[] = []; // commands of the previous statement (0 or 1)
  let pipeline: number | null = null;
  let pendingPipe = false;

  const readWord = (): FastWord | null => {
    const start = i;
    let value = '';
    let literal = true;
    while (i < n) {
      const c = s[i];
      if (
        c === ' ' ||
        c === '\t' ||
        c === '\n' ||
        c === ';' ||
        c === '&' ||
        c === '|' ||
        c === '<' ||
        c === '>'
      )
        break;
      if (c === '(' || c === ')' || c === '`' || c === '{' || c === '}') return null;
      if (c === '#' && i === start) return null;
      if (c === "'") {
        const close = s.indexOf("'", i + 1);
        if (close < 0) return null;
        value += s.slice(i + 1, close);
        i = close + 1;
        continue;
      }
      if (c === '"') {
        i++;
        for (;;) {
          if (i >= n) return null;
          const d = s[i];
          if (d === '"') break;
          if (d === '`') return null;
          if (d === '\\' && i + 1 < n) {
            const e = s[i + 1];
            if (e === '\n') return null;
            if ('$`"\\'.includes(e)) value += e;
            else value += `\\${e}`;
            i += 2;
            continue;
          }
          if (d === '$') {
            const exp = readDollar();
            if (exp === null) return null;
            if (exp !== '$') literal = false;
            value += exp;
            continue;
          }
          value += d;
          i++;
        }
        i++;
        continue;
      }
      if (c === '\\') {
        if (i + 1 >= n || s[i + 1] === '\n') return null;
        value += s[i + 1];
        i += 2;
        continue;
      }
      if (c === '$') {
        const exp = readDollar();
        if (exp === null) return null;
        if (exp !== '$') literal = false;
        value += exp;
        continue;
      }
      if (c === '=' || c === '[' || c === ']' || c === '*' || c === '?' || c === '~' || c === '!') {
        value += c;
        i++;
        continue;
      }
      value += c;
      i++;
    }
    if (i === start) return null;
    return { start, end: i, value, literal };
  };

  // `$NAME`, `${NAME…}` (no nesting), `$1`, `$@`…; null for `$(`, `$((`, `$'`, `$"`.
  const readDollar = (): string | null => {
    const start = i;
    const c = s[i + 1];
    if (c === undefined) {
      i++;
      return '$';
    }
    if (c === '(' || c === "'" || c === '"' || c === '[') return null;
    if (c === '{') {
      const close = s.indexOf('}', i + 2);
      if (close < 0) return null;
      const inner = s.slice(i + 2, close);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(inner)) return null;
      i = close + 1;
      return s.slice(start, i);
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_]/.test(s[j])) j++;
      i = j;
      return s.slice(start, i);
    }
    if (/[0-9@*#?$!-]/.test(c)) {
      // special or positional parameter: `$0`, `$1` (`$10` is `$1` then `0`), `$@`, `$?`, `$$`…
      i += 2;
      return s.slice(start, i);
    }
    // a lone `$` followed by something else is literal
    i++;
    return '$';
  };

  const finishStatement = (op: ShellOperator | null): boolean => {
    // split leading assignments
    let k = 0;
    const assigns: ShellAssign[] = [];
    while (k < words.length) {
      const w = words[k];
      const raw = s.slice(w.start, w.end);
      if (/^[A-Za-z_][A-Za-z0-9_]*\+=/.test(raw)) return false; // `a+=x`: append assignment
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(raw);
      if (!m) break;
      const eq = m[1].length;
      if (raw.slice(eq + 1).startsWith('(')) return false;
      assigns.push({
        name: m[1],
        value: w.value.slice(w.value.indexOf('=') + 1),
        range: map.spanOfChars(w.start, w.end),
      });
      k++;
    }
    const cmdWords = words.slice(k);
    const head = cmdWords.length > 0 ? s.slice(cmdWords[0].start, cmdWords[0].end) : '';
    if (RESERVED.has(head)) return false;
    const decl = DECL_BUILTINS.has(head);
    if (decl) {
      if (assigns.length > 0) return false;
      for (let j = 1; j < cmdWords.length; j++) {
        if (!DECL_ARG.test(s.slice(cmdWords[j].start, cmdWords[j].end))) return false;
      }
    }
    if (words.length === 0 && redirects.length === 0) return false; // empty statement: syntax error
    const piped = op === '|' || op === '|&';
    let cmds: ShellCommand[] = [];
    if (cmdWords.length > 0) {
      if ((piped || pendingPipe) && pipeline === null) pipeline = ++state.pipeline;
      const ws: ShellWord[] = cmdWords.map((w) => {
        const raw = s.slice(w.start, w.end);
        // DeclClause arguments: literal = no `$`/backquote in the raw text (as the Walker's `decl`)
        const literal = decl ? !raw.includes('$') && !raw.includes('`') : w.literal;
        return { value: w.value, raw, literal, range: map.spanOfChars(w.start, w.end) };
      });
      const first = words[0];
      const last = cmdWords[cmdWords.length - 1];
      const c: ShellCommand = {
        name: ws[0].value,
        nameWord: ws[0],
        args: ws.slice(1),
        argv: ws.slice(1).map((w) => w.value),
        assigns,
        range: map.spanOfChars(first.start, last.end),
        index: 0,
        prevOp: null,
        nextOp: null,
        pipeline: piped || pendingPipe ? pipeline : null,
        context: [],
        heredoc: src.heredoc,
        redirects,
      };
      cmds = [c];
      out.push(c);
    } else {
      return false; // assignments or redirections only (`A=1 && …`): leave the operator subtleties to mvdan-sh
    }
    if (lastOp !== null && cmds.length > 0) {
      for (const c of prevCmds) if (c.nextOp === null) c.nextOp = lastOp;
      cmds[0].prevOp = lastOp;
    }
    if (cmds.length > 0) prevCmds = cmds;
    if (cmds.length > 0 || assigns.length > 0) lastOp = op;
    pendingPipe = piped;
    if (!piped) pipeline = null;
    words = [];
    redirects = [];
    return true;
  };

  while (i < n) {
    const c = s[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\n') {
      // A newline ends a statement like `;` (mvdan-sh: operator '\n'); blank lines and a newline
      // right after `&&`, `||`, `|` or `;` separate nothing.
      i++;
      if (words.length > 0 || redirects.length > 0) {
        if (!finishStatement('\n')) return null;
      }
      continue;
    }
    if (c === '#') {
      // a comment (only at a word boundary: inside a word `#` is literal, see readWord)
      while (i < n && s[i] !== '\n') i++;
      continue;
    }
    if (c === '&' || c === '|' || c === ';') {
      const two = s.slice(i, i + 2);
      let op: ShellOperator;
      if (two === '&&' || two === '||' || two === '|&') {
        op = two as ShellOperator;
        i += 2;
      } else if (two === '&>') {
        if (!readRedirect()) return null;
        continue;
      } else if (two === ';;' || two === ';&') return null;
      else {
        op = c as ShellOperator;
        i++;
      }
      if (!finishStatement(op)) return null;
      continue;
    }
    if (c === '<' || c === '>') {
      if (!readRedirect()) return null;
      continue;
    }
    // fd number directly before a redirection: `2>&1`
    if (/[0-9]/.test(c)) {
      let j = i;
      while (j < n && /[0-9]/.test(s[j])) j++;
      if (j < n && (s[j] === '<' || s[j] === '>')) {
        if (!readRedirect()) return null;
        continue;
      }
    }
    const w = readWord();
    if (!w) return null;
    words.push(w);
  }
  if (words.length > 0 || redirects.length > 0) {
    if (!finishStatement(null)) return null;
  } else if (lastOp === '&&' || lastOp === '||' || lastOp === '|' || lastOp === '|&') {
    return null; // dangling operator: syntax error, let mvdan-sh report it
  }
  for (const c of prevCmds)
    if (c.nextOp !== null && c === out[out.length - 1] && lastOp && c.nextOp === lastOp) {
      // a trailing `;`/`&` joins nothing
      if (lastOp === ';' || lastOp === '&') c.nextOp = null;
    }
  return out;

  function readRedirect(): boolean {
    const start = i;
    while (i < n && /[0-9]/.test(s[i])) i++;
    const rest = s.slice(i, i + 3);
    let op: string | null = null;
    for (const cand of ['&>>', '&>', '>>', '>&', '<&', '>|', '<>', '>', '<']) {
      if (rest.startsWith(cand)) {
        op = cand;
        break;
      }
    }
    if (!op) return false;
    if (s.slice(i, i + 2) === '<<') return false;
    i += op.length;
    const opText = s.slice(start, i);
    while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
    const w = readWord();
    if (!w) return false;
    redirects.push({ op: opText, target: w.value });
    return true;
  }
}
