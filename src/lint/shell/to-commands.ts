/**
 * Syntax tree (of either parser) → the model's `ShellCommand`s: every simple command in source order,
 * with the operators joining them, pipeline ids, enclosing constructs and redirections.
 */
import type { Span } from '../parse';
import type { ShellAssign, ShellCommand, ShellContext, ShellOperator, ShellWord } from './model';
import type { Positions } from './positions';
import { OP_AND, OP_OR, OP_PIPE, OP_PIPE_ALL, type SyntaxAccess, type SyntaxNode } from './syntax-tree';

const BIN_OPS: Record<number, ShellOperator> = {
  [OP_AND]: '&&',
  [OP_OR]: '||',
  [OP_PIPE]: '|',
  [OP_PIPE_ALL]: '|&',
};

/**
 * A word whose span is built on first read (most words are never reported), then kept; its text as
 * written is sliced when read (almost never: the command layer reads it for `sh -c` scripts), not
 * kept as one more string per word.
 */
class Word implements ShellWord {
  private span: Span | null = null;
  constructor(
    readonly value: string,
    readonly literal: boolean,
    private readonly map: Positions,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get raw(): string {
    return this.map.src.text.slice(this.start, this.end);
  }
  get range(): Span {
    if (this.span === null) this.span = this.map.spanOfChars(this.start, this.end);
    return this.span;
  }
}

export function unescapeLit(s: string, inDouble: boolean): string {
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

/** The first and last commands of a construct, to link operators; never changed once returned. */
interface Ends {
  first: readonly ShellCommand[];
  last: readonly ShellCommand[];
}
const NO_COMMANDS: readonly ShellCommand[] = [];
/**
 * Shared empty lists for the commands that have no prefix assignment or no redirection (most): one
 * array each per command was kept alive for the whole lint. Frozen: a mutation fails loudly.
 */
const NO_ASSIGNS: ShellAssign[] = Object.freeze([]) as unknown as ShellAssign[];
const NO_REDIRECTS: { op: string; target: string }[] = Object.freeze([]) as unknown as {
  op: string;
  target: string;
}[];
const NONE: Ends = { first: NO_COMMANDS, last: NO_COMMANDS };
/** A construct of one command: first and last share one list. */
function only(c: ShellCommand): Ends {
  const l = [c];
  return { first: l, last: l };
}

export class CommandBuilder {
  constructor(
    private readonly tree: SyntaxAccess,
    private readonly map: Positions,
    private readonly out: ShellCommand[],
    private readonly heredoc: string | null,
    private readonly state: { pipeline: number },
  ) {}

  private type(n: SyntaxNode): string {
    return this.tree.type(n);
  }

  private slice(n: SyntaxNode): string {
    return this.map.src.text.slice(this.tree.start(n), this.tree.end(n));
  }

  private spanOf(n: SyntaxNode): Span {
    return this.map.spanOfChars(this.tree.start(n), this.tree.end(n));
  }

  /** Statement list; returns first/last command lists to link operators. */
  stmtList(stmts: SyntaxNode[] | null | undefined, ctx: ShellContext[]): void {
    if (!stmts) return;
    let prevLast: readonly ShellCommand[] = NO_COMMANDS;
    let prevOp: ShellOperator | null = null;
    for (const st of stmts) {
      const r = this.stmt(st, ctx, null);
      if (prevOp && r.first.length) {
        for (const c of prevLast) if (c.nextOp === null) c.nextOp = prevOp;
        for (const c of r.first) if (c.prevOp === null) c.prevOp = prevOp;
      }
      if (r.last.length) {
        prevLast = r.last;
        prevOp = st.Background ? '&' : this.tree.semicolon(st) ? ';' : '\n';
      }
    }
  }

  private stmt(st: SyntaxNode, ctx: ShellContext[], pipeline: number | null): Ends {
    const redirNodes = st.Redirs as SyntaxNode[] | null;
    const redirects: { op: string; target: string }[] =
      redirNodes && redirNodes.length > 0 ? [] : NO_REDIRECTS;
    for (const r of redirNodes ?? []) {
      const target = r.Word ? this.word(r.Word as SyntaxNode).value : '';
      // the operator is the text before the target word (a heredoc's node also spans its body)
      const opEnd = r.Word ? this.tree.start(r.Word as SyntaxNode) : this.tree.end(r);
      const op = this.map.src.text.slice(this.tree.start(r), opEnd).trim();
      redirects.push({ op, target });
      if (r.Word) this.nested(r.Word as SyntaxNode, ctx);
    }
    const cmd = st.Cmd as SyntaxNode | null;
    if (!cmd) return NONE;
    return this.command(cmd, ctx, pipeline, redirects);
  }

  private command(
    cmd: SyntaxNode,
    ctx: ShellContext[],
    pipeline: number | null,
    redirects: { op: string; target: string }[],
  ): Ends {
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
        const x = this.stmt(cmd.X as SyntaxNode, ctx, op === '|' || op === '|&' ? pid : pipeline);
        const y = this.stmt(cmd.Y as SyntaxNode, ctx, op === '|' || op === '|&' ? pid : pipeline);
        for (const c of x.last) if (c.nextOp === null) c.nextOp = op;
        for (const c of y.first) if (c.prevOp === null) c.prevOp = op;
        return { first: x.first.length ? x.first : y.first, last: y.last.length ? y.last : x.last };
      }
      case 'Subshell':
      case 'Block': {
        const inner = [...ctx, t === 'Subshell' ? 'subshell' : 'block'] as ShellContext[];
        return this.listRange(cmd.Stmts as SyntaxNode[], inner);
      }
      case 'IfClause': {
        const inner = [...ctx, 'if'] as ShellContext[];
        const start = this.out.length;
        let clause: SyntaxNode | null = cmd;
        while (clause) {
          this.stmtList(clause.Cond as SyntaxNode[], inner);
          this.stmtList(clause.Then as SyntaxNode[], inner);
          const els = clause.Else as SyntaxNode | null;
          if (els && this.type(els) === 'IfClause') clause = els;
          else {
            if (els) this.stmtList(els.Stmts as SyntaxNode[], inner);
            clause = null;
          }
        }
        return this.sinceRange(start);
      }
      case 'WhileClause': {
        const inner = [...ctx, 'loop'] as ShellContext[];
        const start = this.out.length;
        this.stmtList(cmd.Cond as SyntaxNode[], inner);
        this.stmtList(cmd.Do as SyntaxNode[], inner);
        return this.sinceRange(start);
      }
      case 'ForClause': {
        const inner = [...ctx, 'loop'] as ShellContext[];
        const start = this.out.length;
        const loop = cmd.Loop as SyntaxNode | null;
        if (loop && Array.isArray(loop.Items))
          for (const w of loop.Items as SyntaxNode[]) this.nested(w, inner);
        this.stmtList(cmd.Do as SyntaxNode[], inner);
        return this.sinceRange(start);
      }
      case 'CaseClause': {
        const inner = [...ctx, 'case'] as ShellContext[];
        const start = this.out.length;
        if (cmd.Word) this.nested(cmd.Word as SyntaxNode, inner);
        for (const item of (cmd.Items as SyntaxNode[] | null) ?? [])
          this.stmtList(item.Stmts as SyntaxNode[], inner);
        return this.sinceRange(start);
      }
      case 'FuncDecl': {
        const start = this.out.length;
        if (cmd.Body) this.stmt(cmd.Body as SyntaxNode, [...ctx, 'function'], null);
        return this.sinceRange(start);
      }
      case 'TimeClause':
      case 'CoprocClause':
        if (cmd.Stmt) return this.stmt(cmd.Stmt as SyntaxNode, ctx, pipeline);
        return NONE;
      default:
        // TestClause, ArithmCmd, LetClause: look for command substitutions only
        this.deepNested(cmd, ctx);
        return NONE;
    }
  }

  private listRange(stmts: SyntaxNode[], ctx: ShellContext[]): Ends {
    const start = this.out.length;
    this.stmtList(stmts, ctx);
    return this.sinceRange(start);
  }

  private sinceRange(start: number): Ends {
    if (this.out.length === start) return NONE;
    if (this.out.length === start + 1) return only(this.out[start]);
    return { first: [this.out[start]], last: [this.out[this.out.length - 1]] };
  }

  private call(
    cmd: SyntaxNode,
    ctx: ShellContext[],
    pipeline: number | null,
    redirects: { op: string; target: string }[],
  ): Ends {
    let assigns = NO_ASSIGNS;
    const assignNodes = cmd.Assigns as SyntaxNode[] | null;
    if (assignNodes && assignNodes.length > 0) {
      assigns = [];
      for (const a of assignNodes) {
        assigns.push(this.assign(a));
        if (a.Value) this.nested(a.Value as SyntaxNode, ctx);
      }
    }
    const argsNodes = (cmd.Args as SyntaxNode[] | null) ?? [];
    if (argsNodes.length === 0) return NONE;
    const nameWord = this.word(argsNodes[0]);
    // kept for the whole lint: exact-size lists (a pushed-to array holds spare room), words in order
    const args: ShellWord[] = argsNodes.length > 1 ? argsNodes.slice(1).map((a) => this.word(a)) : [];
    const argv: string[] = args.length > 0 ? args.map((w) => w.value) : [];
    const c: ShellCommand = {
      name: nameWord.value,
      nameWord,
      args,
      argv,
      assigns,
      range: this.spanOf(cmd),
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
    return only(c);
  }

  private decl(
    cmd: SyntaxNode,
    ctx: ShellContext[],
    pipeline: number | null,
    redirects: { op: string; target: string }[],
  ): Ends {
    const variant = cmd.Variant as SyntaxNode;
    const name = String(variant.Value);
    const nameWord: ShellWord = { value: name, raw: name, literal: true, range: this.spanOf(variant) };
    const args: ShellWord[] = [];
    for (const a of (cmd.Args as SyntaxNode[] | null) ?? []) {
      const raw = this.slice(a);
      const value = a.Value ? `${a.Name ? a.Name.Value : ''}=${this.word(a.Value as SyntaxNode).value}` : raw;
      args.push({ value, raw, literal: !raw.includes('$') && !raw.includes('`'), range: this.spanOf(a) });
      if (a.Value) this.nested(a.Value as SyntaxNode, ctx);
    }
    const c: ShellCommand = {
      name,
      nameWord,
      args,
      argv: args.map((w) => w.value),
      assigns: NO_ASSIGNS,
      range: this.spanOf(cmd),
      index: 0,
      prevOp: null,
      nextOp: null,
      pipeline,
      context: ctx,
      heredoc: this.heredoc,
      redirects,
    };
    this.out.push(c);
    return only(c);
  }

  private assign(a: SyntaxNode): ShellAssign {
    return {
      name: a.Name ? String(a.Name.Value) : '',
      value: a.Value ? this.word(a.Value as SyntaxNode).value : a.Naked ? null : '',
      range: this.spanOf(a),
    };
  }

  word(w: SyntaxNode): ShellWord {
    let value = '';
    let literal = true;
    const parts = (w.Parts as SyntaxNode[] | null) ?? [];
    for (const p of parts) {
      const t = this.type(p);
      if (t === 'Lit') value += unescapeLit(String(p.Value), false);
      else if (t === 'SglQuoted') {
        if (p.Dollar) literal = false;
        value += String(p.Value);
      } else if (t === 'DblQuoted') {
        for (const q of (p.Parts as SyntaxNode[] | null) ?? []) {
          if (this.type(q) === 'Lit') value += unescapeLit(String(q.Value), true);
          else {
            literal = false;
            value += this.slice(q);
          }
        }
      } else {
        literal = false;
        value += this.slice(p);
      }
    }
    const start = this.tree.start(w);
    const end = this.tree.end(w);
    return new Word(value, literal, this.map, start, end);
  }

  /** Commands inside `$(…)`, backquotes and `<(…)` of a word. */
  private nested(w: SyntaxNode, ctx: ShellContext[]): void {
    for (const p of (w.Parts as SyntaxNode[] | null) ?? []) {
      const t = this.type(p);
      if (t === 'CmdSubst' || t === 'ProcSubst') this.stmtList(p.Stmts as SyntaxNode[], [...ctx, 'cmdsubst']);
      else if (t === 'DblQuoted') this.nested(p, ctx);
      else if (t === 'ParamExp' && p.Exp && p.Exp.Word) this.nested(p.Exp.Word as SyntaxNode, ctx);
    }
  }

  private deepNested(node: SyntaxNode, ctx: ShellContext[]): void {
    this.tree.walk(node, (n) => {
      if (!n) return true;
      const t = this.type(n);
      if (t === 'CmdSubst' || t === 'ProcSubst') {
        this.stmtList(n.Stmts as SyntaxNode[], [...ctx, 'cmdsubst']);
        return false;
      }
      return true;
    });
  }
}
