/**
 * Our own shell parser: the part of POSIX sh / Bash that real Dockerfiles use, producing the same
 * syntax tree as mvdan-sh (syntax-tree.ts) at a fraction of the cost — mvdan-sh is a GopherJS build
 * whose every node access crosses a Go↔JS boundary, and that crossing, not the parsing, was most of
 * the engine's time on real files.
 *
 * Read: words (quotes, `\` escapes, `$VAR`, `${…}` without commands inside, `$(…)`, `$((…))`),
 * assignments, redirections (not heredocs), `&&` `||` `|` `|&` `;` `&` newlines and comments,
 * `( … )`, `{ …; }`, `[[ … ]]`, `if`/`elif`/`else`, `for … in`, `for x; do`, `while`/`until`, `case`, declaration builtins
 * with plain `NAME[=value]` arguments, heredoc redirections, `name() { … }`, `!`, process substitution
 * starting an argument (`diff <(a) <(b)`). Anything else —
 * backquotes holding a backslash, here-strings, `[[` holding a command substitution, `((`, `function` keyword, arrays, process substitution elsewhere, `$'…'`, or a syntax error — returns null, and the caller asks
 * mvdan-sh, which also gives the error message. tests/lint/shell.test.ts checks both agree.
 */
import { OP_AND, OP_OR, OP_PIPE, OP_PIPE_ALL, type SyntaxAccess, type SyntaxNode } from './syntax-tree';

/** Thrown inside the parser to give up (caught in `ownParse`). */
class Unsupported {}
const UNSUPPORTED = new Unsupported();

/** Words that start or end a construct when they stand where a command name would. */
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
/** The longest reserved word (`function`, `readonly` is a declaration builtin). */
const MAX_RESERVED = 8;
/** Characters that end a word where a reserved word could stand. */
const WORD_END = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')', '`']);
const DECL_BUILTINS = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);
/** Characters a word reads as plain literal text whatever follows them (`word` handles all others). */
const SPECIAL_IN_WORD = ' \t\n;&|<>()`\\\'"$@!+*?';
const PLAIN_ASCII = Array.from({ length: 128 }, (_, c) => !SPECIAL_IN_WORD.includes(String.fromCharCode(c)));
function isPlainWordChar(c: number): boolean {
  return c >= 128 || PLAIN_ASCII[c];
}

/** Could `s[pos, end)` be one of DECL_BUILTINS (5 to 8 letters starting with d, e, l, r or t)? No string is cut. */
function maybeDecl(s: string, pos: number, end: number): boolean {
  const n = end - pos;
  if (n < 5 || n > 8) return false;
  const c = s.charCodeAt(pos);
  return c === 100 || c === 101 || c === 108 || c === 114 || c === 116;
}
const DECL_ARG = /^[A-Za-z_][A-Za-z0-9_]*(=|$)/;
/** `[A-Za-z_]` by char code (NaN past the end: false). */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
const FUNC_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** `[A-Za-z0-9_]` by char code. */
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}
/** `${…}` forms read here: a name, positional or special parameter, optionally `#`-prefixed or followed by an operator. */
const PARAM_HEAD = /^#?(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])(?:$|[:\-=+?#%/^,@[}])/;

export const ownAccess: SyntaxAccess = {
  type: (n) => n.type,
  start: (n) => n.pos,
  end: (n) => n.end,
  semicolon: (st) => st.semicolon === true,
  walk: (n, fn) => {
    // `[[ … ]]` is only built when it holds no command substitution: nothing below it to visit
    if (n.type === 'TestClause') {
      fn(n);
      return;
    }
    throw UNSUPPORTED; // the other constructs that need a deep walk are left to mvdan-sh
  },
};

/** Statements of `text`, or null when mvdan-sh should read it. */
export function ownParse(text: string): SyntaxNode[] | null {
  const p = new Parser(text);
  try {
    const stmts = p.list(null);
    if (p.i < text.length) return null;
    return stmts;
  } catch (e) {
    if (e === UNSUPPORTED) return null;
    throw e;
  }
}

type Stop = (word: string) => boolean;

class Parser {
  i = 0;
  /** Heredocs opened on the current line (`<<EOF`): their bodies start after its newline. */
  private pendingHeredocs: { delimiter: string; stripTabs: boolean }[] = [];
  /** Inside `` `…` `` (a backquote ends words, commands and lists). */
  private inBackquote = false;
  /** `peekReserved`'s last answer and the position it was for. */
  private peekedAt = -1;
  private peeked: string | null = null;
  constructor(private readonly s: string) {}

  /** Consume a newline at the cursor, and the bodies of the heredocs opened on the line it ends. */
  private newline(): void {
    this.i++;
    const s = this.s;
    for (const h of this.pendingHeredocs) {
      for (;;) {
        if (this.i >= s.length) this.fail(); // unterminated heredoc: mvdan-sh reports it
        let eol = s.indexOf('\n', this.i);
        if (eol < 0) eol = s.length;
        let line = s.slice(this.i, eol);
        if (h.stripTabs) line = line.replace(/^\t+/, '');
        this.i = Math.min(eol + 1, s.length);
        if (line === h.delimiter) break;
      }
    }
    this.pendingHeredocs = [];
  }

  private fail(): never {
    throw UNSUPPORTED;
  }

  /** Skip blanks and line continuations (not newlines). */
  private blanks(): void {
    const s = this.s;
    for (;;) {
      const c = s[this.i];
      if (c === ' ' || c === '\t') this.i++;
      else if (c === '\\' && s[this.i + 1] === '\n') this.i += 2;
      else return;
    }
  }

  /** Skip blanks, newlines and comments. */
  private linebreaks(): void {
    const s = this.s;
    for (;;) {
      this.blanks();
      const c = s[this.i];
      if (c === '\n') this.newline();
      else if (c === '#') this.comment();
      else return;
    }
  }

  private comment(): void {
    while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
  }

  /**
   * The reserved word at the cursor, when a command name would start here, else null. Asked up to three
   * times at the same place (list, pipeline, command): the answer is kept for the position. Only the
   * first MAX_RESERVED + 1 characters are read, and nothing is sliced for a longer word.
   */
  private peekReserved(): string | null {
    const s = this.s;
    const i = this.i;
    if (i === this.peekedAt) return this.peeked;
    const max = Math.min(s.length, i + MAX_RESERVED + 1);
    let j = i;
    while (j < max && !WORD_END.has(s[j])) j++;
    let word: string | null = null;
    if (j > i && (j === s.length || WORD_END.has(s[j]))) {
      const w = s.slice(i, j);
      if (RESERVED.has(w)) word = w;
    }
    this.peekedAt = i;
    this.peeked = word;
    return word;
  }

  /**
   * A statement list, until end of text, `)` (stop null inside `( … )` / `$( … )`: the caller checks),
   * or a reserved word accepted by `stop`.
   */
  list(stop: Stop | null, closeParen = false, caseItem = false): SyntaxNode[] {
    const s = this.s;
    const stmts: SyntaxNode[] = [];
    for (;;) {
      this.linebreaks();
      if (this.i >= s.length) {
        if (stop || closeParen || this.pendingHeredocs.length > 0) this.fail(); // unterminated construct
        return stmts;
      }
      const c = s[this.i];
      if (c === ')' || (c === '`' && this.inBackquote)) {
        if (closeParen || caseItem) return stmts;
        this.fail();
      }
      if (caseItem && c === ';' && s[this.i + 1] === ';') return stmts;
      const r = this.peekReserved();
      if (r && stop?.(r)) return stmts;
      const st = this.andOr();
      stmts.push(st);
      this.blanks();
      const d = s[this.i];
      if (d === ';') {
        if (s[this.i + 1] === ';' || s[this.i + 1] === '&') {
          if (caseItem) return stmts;
          this.fail();
        }
        st.semicolon = true;
        this.i++;
      } else if (d === '&') {
        st.Background = true;
        this.i++;
      } else if (d === '\n' || d === '#' || d === undefined) {
        // newline, comment or end: the loop reads it
      } else if (d === ')' || (d === '`' && this.inBackquote)) {
        if (!closeParen && !caseItem) this.fail();
      } else {
        // a reserved word right after a command (`a; then` is handled above; `a then` is an argument)
        const r2 = this.peekReserved();
        if (!(r2 && stop?.(r2))) this.fail();
      }
    }
  }

  /** `a && b || c` (mvdan-sh nests to the right). */
  private andOr(): SyntaxNode {
    const left = this.pipeline();
    this.blanks();
    const s = this.s;
    const two = s.slice(this.i, this.i + 2);
    if (two === '&&' || two === '||') {
      this.i += 2;
      this.linebreaks();
      const right = this.andOr();
      return this.binary(two === '&&' ? OP_AND : OP_OR, left, right);
    }
    return left;
  }

  private pipeline(): SyntaxNode {
    // `! cmd`: negation changes no command (mvdan-sh's Stmt.Negated, which the model ignores)
    this.blanks();
    if (this.peekReserved() === '!') {
      this.i++;
      this.blanks();
      const c = this.s[this.i];
      if (c === undefined || ';&|\n#)'.includes(c)) this.fail();
    }
    const left = this.command();
    this.blanks();
    const s = this.s;
    if (s[this.i] === '|' && s[this.i + 1] !== '|') {
      const op = s[this.i + 1] === '&' ? OP_PIPE_ALL : OP_PIPE;
      this.i += op === OP_PIPE_ALL ? 2 : 1;
      this.linebreaks();
      const right = this.pipeline();
      return this.binary(op, left, right);
    }
    return left;
  }

  private binary(op: number, x: SyntaxNode, y: SyntaxNode): SyntaxNode {
    return {
      type: 'Stmt',
      pos: x.pos,
      end: y.end,
      Cmd: { type: 'BinaryCmd', pos: x.pos, end: y.end, Op: op, X: x, Y: y },
      Redirs: [],
      Background: false,
      semicolon: false,
    };
  }

  /** One statement: a compound command or a simple command, with its redirections. */
  private command(): SyntaxNode {
    this.blanks();
    const s = this.s;
    const start = this.i;
    const redirs: SyntaxNode[] = [];
    const c = s[this.i];
    let cmd: SyntaxNode | null = null;
    if (c === '(') {
      if (s[this.i + 1] === '(') this.fail(); // arithmetic command
      this.i++;
      const stmts = this.list(null, true);
      if (s[this.i] !== ')' || stmts.length === 0) this.fail();
      this.i++;
      cmd = { type: 'Subshell', pos: start, end: this.i, Stmts: stmts };
    } else {
      const r = this.peekReserved();
      if (r === '{') cmd = this.block();
      else if (r === 'if') cmd = this.ifClause();
      else if (r === 'while' || r === 'until') cmd = this.whileClause(r);
      else if (r === 'for') cmd = this.forClause();
      else if (r === 'case') cmd = this.caseClause();
      else if (r === '[[') cmd = this.testClause();
      else if (r) this.fail();
    }
    if (cmd) {
      // redirections after a compound command
      for (;;) {
        this.blanks();
        if (!this.atRedirect()) break;
        redirs.push(this.redirect());
      }
      this.afterCommand();
      return {
        type: 'Stmt',
        pos: start,
        end: this.i,
        Cmd: cmd,
        Redirs: redirs,
        Background: false,
        semicolon: false,
      };
    }
    return this.simple(start, redirs);
  }

  /** After a command: only an operator, a newline, a comment, `)` or the end may follow. */
  private afterCommand(): void {
    this.blanks();
    const c = this.s[this.i];
    if (c === undefined || ';&|\n#)'.includes(c) || (c === '`' && this.inBackquote)) return;
    const r = this.peekReserved();
    if (r) return; // `fi`, `done`… checked by the list that reads on
    this.fail();
  }

  private expectWord(w: string): void {
    this.linebreaks();
    if (this.peekReserved() !== w) this.fail();
    this.i += w.length;
  }

  private block(): SyntaxNode {
    const start = this.i;
    this.i++; // {
    const stmts = this.list((w) => w === '}');
    if (stmts.length === 0) this.fail();
    this.expectWord('}');
    return { type: 'Block', pos: start, end: this.i, Stmts: stmts };
  }

  /** `if … fi`; from `elif` (its `else if`), up to the same `fi`. */
  private ifClause(keyword = 'if'): SyntaxNode {
    const start = this.i;
    this.i += keyword.length;
    const cond = this.list((w) => w === 'then');
    this.expectWord('then');
    const then = this.list((w) => w === 'elif' || w === 'else' || w === 'fi');
    if (cond.length === 0 || then.length === 0) this.fail();
    this.linebreaks();
    const r = this.peekReserved();
    let els: SyntaxNode | null = null;
    if (r === 'elif') {
      els = this.ifClause('elif'); // reads through the one `fi`
      return { type: 'IfClause', pos: start, end: this.i, Cond: cond, Then: then, Else: els };
    }
    if (r === 'else') {
      const es = this.i;
      this.i += 4;
      const stmts = this.list((w) => w === 'fi');
      if (stmts.length === 0) this.fail();
      els = { type: 'IfClause', pos: es, end: this.i, Cond: [], Then: stmts, Else: null };
    }
    this.expectWord('fi');
    return { type: 'IfClause', pos: start, end: this.i, Cond: cond, Then: then, Else: els };
  }

  private whileClause(kw: string): SyntaxNode {
    const start = this.i;
    this.i += kw.length;
    const cond = this.list((w) => w === 'do');
    this.expectWord('do');
    const body = this.list((w) => w === 'done');
    if (cond.length === 0 || body.length === 0) this.fail();
    this.expectWord('done');
    return { type: 'WhileClause', pos: start, end: this.i, Until: kw === 'until', Cond: cond, Do: body };
  }

  private forClause(): SyntaxNode {
    const start = this.i;
    this.i += 3;
    this.blanks();
    const nameStart = this.i;
    while (this.i < this.s.length && isNameChar(this.s.charCodeAt(this.i))) this.i++;
    if (this.i === nameStart || !isNameStart(this.s.charCodeAt(nameStart))) this.fail();
    this.blanks();
    const items: SyntaxNode[] = [];
    if (this.peekReserved() === 'in') {
      this.i += 2;
      for (;;) {
        this.blanks();
        const c = this.s[this.i];
        if (c === ';' || c === '\n') {
          if (c === '\n') this.newline();
          else this.i++;
          break;
        }
        if (c === undefined || c === '#') this.fail();
        items.push(this.word());
      }
    } else if (this.s[this.i] === ';') {
      this.i++; // `for x; do` loops over the positional parameters: no words to read
    } else if (this.s[this.i] !== '\n' && this.peekReserved() !== 'do') {
      this.fail();
    }
    this.expectWord('do');
    const body = this.list((w) => w === 'done');
    if (body.length === 0) this.fail();
    this.expectWord('done');
    return { type: 'ForClause', pos: start, end: this.i, Loop: { type: 'WordIter', Items: items }, Do: body };
  }

  private caseClause(): SyntaxNode {
    const start = this.i;
    this.i += 4;
    this.blanks();
    const word = this.word();
    this.linebreaks();
    if (this.peekReserved() !== 'in') this.fail();
    this.i += 2;
    const items: SyntaxNode[] = [];
    for (;;) {
      this.linebreaks();
      if (this.peekReserved() === 'esac') {
        this.i += 4;
        break;
      }
      if (this.i >= this.s.length) this.fail();
      if (this.s[this.i] === '(') this.i++;
      // patterns
      for (;;) {
        this.blanks();
        this.word();
        this.blanks();
        const c = this.s[this.i];
        if (c === '|') {
          this.i++;
          continue;
        }
        if (c === ')') {
          this.i++;
          break;
        }
        this.fail();
      }
      const stmts = this.list((w) => w === 'esac', false, true);
      items.push({ type: 'CaseItem', Stmts: stmts });
      this.blanks();
      const s = this.s;
      if (s.startsWith(';;&', this.i)) this.i += 3;
      else if (s.startsWith(';;', this.i) || s.startsWith(';&', this.i)) this.i += 2;
      else if (this.peekReserved() !== 'esac') this.fail();
    }
    return { type: 'CaseClause', pos: start, end: this.i, Word: word, Items: items };
  }

  /**
   * `[[ … ]]` (mvdan-sh's TestClause): a condition, no command runs in it, so only its extent is read.
   * Anything that could hold a command (`$(`, backquotes, `<(`, `>(`), a newline or a comment inside
   * is left to mvdan-sh.
   */
  private testClause(): SyntaxNode {
    const s = this.s;
    const start = this.i;
    this.i += 2;
    for (;;) {
      const c = s[this.i];
      if (c === undefined || c === '\n' || c === '`') this.fail();
      if (c === '\\') {
        if (this.i + 1 >= s.length) this.fail();
        this.i += 2;
      } else if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        if (close < 0) this.fail();
        this.i = close + 1;
      } else if (c === '"') {
        this.i++;
        for (;;) {
          const d = s[this.i];
          if (d === undefined || d === '`' || (d === '$' && s[this.i + 1] === '(')) this.fail();
          if (d === '"') break;
          this.i += d === '\\' ? 2 : 1;
        }
        this.i++;
      } else if ((c === '$' || c === '<' || c === '>') && s[this.i + 1] === '(') this.fail();
      else if (c === '#' && (s[this.i - 1] === ' ' || s[this.i - 1] === '\t')) this.fail();
      else if (
        c === ']' &&
        s[this.i + 1] === ']' &&
        (s[this.i - 1] === ' ' || s[this.i - 1] === '\t') &&
        (this.i + 2 >= s.length || WORD_END.has(s[this.i + 2]))
      ) {
        this.i += 2;
        return { type: 'TestClause', pos: start, end: this.i };
      } else this.i++;
    }
  }

  private atRedirect(): boolean {
    const s = this.s;
    let j = this.i;
    while (j < s.length && s[j] >= '0' && s[j] <= '9') j++;
    const c = s[j];
    if (c === '<' || c === '>') return true;
    return j === this.i && c === '&' && s[j + 1] === '>';
  }

  private redirect(): SyntaxNode {
    const s = this.s;
    const start = this.i;
    while (this.i < s.length && s[this.i] >= '0' && s[this.i] <= '9') this.i++;
    const rest = s.slice(this.i, this.i + 3);
    if (rest.startsWith('<<') && !rest.startsWith('<<<')) return this.heredocRedirect(start);
    if (rest.startsWith('<<') || rest.startsWith('<(') || rest.startsWith('>(')) this.fail(); // here-string, process substitution
    let op: string | null = null;
    for (const cand of ['&>>', '&>', '>>', '>&', '<&', '>|', '<>', '>', '<']) {
      if (rest.startsWith(cand)) {
        op = cand;
        break;
      }
    }
    if (!op) this.fail();
    this.i += op.length;
    this.blanks();
    const c = s[this.i];
    if (c === undefined || ' \t\n;&|<>()#'.includes(c)) this.fail();
    const word = this.word();
    return { type: 'Redirect', pos: start, end: word.end, Word: word };
  }

  /** `<<EOF`, `<<-EOF`, `<<'EOF'`, `<<"EOF"`: the body is read after the end of the line (`newline`). */
  private heredocRedirect(start: number): SyntaxNode {
    const s = this.s;
    this.i += 2;
    const stripTabs = s[this.i] === '-';
    if (stripTabs) this.i++;
    this.blanks();
    const word = this.word();
    const m = /^(["']?)([A-Za-z0-9_.-]+)\1$/.exec(s.slice(word.pos, word.end));
    if (!m) this.fail();
    this.pendingHeredocs.push({ delimiter: m[2], stripTabs });
    return { type: 'Redirect', pos: start, end: word.end, Word: word };
  }

  /** A simple command: assignments, words and redirections in any order, or a declaration builtin. */
  private simple(start: number, redirs: SyntaxNode[]): SyntaxNode {
    const s = this.s;
    const assigns: SyntaxNode[] = [];
    const args: SyntaxNode[] = [];
    for (;;) {
      this.blanks();
      const c = s[this.i];
      if (c === undefined || c === '\n' || c === ';' || c === '|' || c === ')' || c === '#') break;
      if (c === '`' && this.inBackquote) break;
      if (c === '&') {
        if (s[this.i + 1] === '>') {
          redirs.push(this.redirect());
          continue;
        }
        break;
      }
      if ((c === '<' || c === '>') && s[this.i + 1] === '(') {
        // process substitution `<(…)` / `>(…)` starting a word (in the middle of one: mvdan-sh)
        const b = s[this.i - 1];
        if (b !== ' ' && b !== '\t' && b !== '\n') this.fail();
        if (args.length === 0) this.fail();
        args.push(this.word());
        continue;
      }
      if (this.atRedirect()) {
        redirs.push(this.redirect());
        continue;
      }
      if (c === '(') {
        if (args.length === 1 && assigns.length === 0 && redirs.length === 0)
          return this.funcDecl(start, args[0]);
        this.fail();
      }
      if (args.length === 0) {
        const a = this.tryAssign();
        if (a) {
          assigns.push(a);
          continue;
        }
        if (assigns.length > 0 && this.peekReserved()) this.fail();
      }
      args.push(this.word());
    }
    if (args.length === 0 && assigns.length === 0 && redirs.length === 0) this.fail(); // empty command
    if (
      args.length > 0 &&
      maybeDecl(s, args[0].pos, args[0].end) &&
      DECL_BUILTINS.has(s.slice(args[0].pos, args[0].end))
    )
      return this.decl(start, assigns, args, redirs);
    const first = assigns[0] ?? args[0];
    const last = args.length > 0 ? args[args.length - 1] : assigns[assigns.length - 1];
    const cmd =
      first && last
        ? { type: 'CallExpr', pos: first.pos, end: last.end, Assigns: assigns, Args: args }
        : null;
    return {
      type: 'Stmt',
      pos: start,
      end: this.i,
      Cmd: cmd,
      Redirs: redirs,
      Background: false,
      semicolon: false,
    };
  }

  /** `name() { …; }` (mvdan-sh's FuncDecl); the cursor is on `(`. */
  private funcDecl(start: number, name: SyntaxNode): SyntaxNode {
    const s = this.s;
    if (!FUNC_NAME.test(s.slice(name.pos, name.end))) this.fail();
    this.i++;
    this.blanks();
    if (s[this.i] !== ')') this.fail();
    this.i++;
    this.linebreaks();
    const r = this.peekReserved();
    if (
      r !== '{' &&
      s[this.i] !== '(' &&
      r !== 'if' &&
      r !== 'while' &&
      r !== 'until' &&
      r !== 'for' &&
      r !== 'case'
    )
      this.fail();
    const body = this.command();
    const cmd = { type: 'FuncDecl', pos: name.pos, end: body.end, Name: name, Body: body };
    return {
      type: 'Stmt',
      pos: start,
      end: this.i,
      Cmd: cmd,
      Redirs: [],
      Background: false,
      semicolon: false,
    };
  }

  /** `export A=1 B` (mvdan-sh's DeclClause): plain `NAME[=value]` arguments only. */
  private decl(start: number, assigns: SyntaxNode[], args: SyntaxNode[], redirs: SyntaxNode[]): SyntaxNode {
    if (assigns.length > 0) this.fail();
    const s = this.s;
    const declArgs: SyntaxNode[] = [];
    for (const w of args.slice(1)) {
      const raw = s.slice(w.pos, w.end);
      if (!DECL_ARG.test(raw)) this.fail();
      const eq = raw.indexOf('=');
      if (eq < 0) {
        declArgs.push({
          type: 'Assign',
          pos: w.pos,
          end: w.end,
          Name: { Value: raw },
          Value: null,
          Naked: true,
        });
        continue;
      }
      // re-read the value as its own word (after `NAME=`)
      const save = this.i;
      this.i = w.pos + eq + 1;
      const value = this.i < w.end ? this.word() : null;
      this.i = save;
      if (value && value.end !== w.end) this.fail();
      declArgs.push({
        type: 'Assign',
        pos: w.pos,
        end: w.end,
        Name: { Value: raw.slice(0, eq) },
        Value: value,
        Naked: false,
      });
    }
    const last = args[args.length - 1];
    const cmd = {
      type: 'DeclClause',
      pos: args[0].pos,
      end: last.end,
      Variant: { type: 'Lit', pos: args[0].pos, end: args[0].end, Value: s.slice(args[0].pos, args[0].end) },
      Args: declArgs,
    };
    return {
      type: 'Stmt',
      pos: start,
      end: this.i,
      Cmd: cmd,
      Redirs: redirs,
      Background: false,
      semicolon: false,
    };
  }

  /** `NAME=value` at the cursor (a prefix assignment), else null (cursor unchanged). */
  private tryAssign(): SyntaxNode | null {
    const s = this.s;
    const start = this.i;
    let j = this.i;
    if (!isNameStart(s.charCodeAt(j))) return null;
    while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
    if (s[j] === '+' && s[j + 1] === '=') this.fail(); // `a+=x`
    if (s[j] === '[') this.fail(); // `a[i]=x`
    if (s[j] !== '=') return null;
    const name = s.slice(start, j);
    this.i = j + 1;
    const c = s[this.i];
    if (c === '(') this.fail(); // array
    let value: SyntaxNode | null = null;
    if (c !== undefined && !' \t\n;&|<>)'.includes(c)) value = this.word();
    return { type: 'Assign', pos: start, end: this.i, Name: { Value: name }, Value: value, Naked: false };
  }

  /** One word: its parts (Lit, SglQuoted, DblQuoted, ParamExp, CmdSubst, ArithmExp). */
  word(): SyntaxNode {
    const s = this.s;
    const start = this.i;
    const parts: SyntaxNode[] = [];
    let litStart = -1;
    while (this.i < s.length) {
      // a run of ordinary characters (most of most words) in one step
      let j = this.i;
      while (j < s.length && isPlainWordChar(s.charCodeAt(j))) j++;
      if (j > this.i) {
        if (litStart < 0) litStart = this.i;
        this.i = j;
        continue;
      }
      const c = s[this.i];
      if ((c === '<' || c === '>') && this.i === start && s[this.i + 1] === '(') {
        parts.push(this.procSubst());
        continue;
      }
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
      if (c === ')' || c === '(') break; // `(` after a word: only `name()` is read (simple)
      if (c === '`') {
        if (this.inBackquote) break;
        litStart = this.lit(parts, litStart, this.i);
        parts.push(this.backquoted());
        continue;
      }
      if (c === '\\') {
        if (this.i + 1 >= s.length) this.fail();
        if (s[this.i + 1] === '\n' && litStart < 0 && parts.length === 0) this.fail();
        if (litStart < 0) litStart = this.i;
        this.i += 2;
        continue;
      }
      if (c === "'") {
        litStart = this.lit(parts, litStart, this.i);
        const close = s.indexOf("'", this.i + 1);
        if (close < 0) this.fail();
        parts.push({
          type: 'SglQuoted',
          pos: this.i,
          end: close + 1,
          Value: s.slice(this.i + 1, close),
          Dollar: false,
        });
        this.i = close + 1;
        continue;
      }
      if (c === '"') {
        litStart = this.lit(parts, litStart, this.i);
        parts.push(this.dblQuoted());
        continue;
      }
      if (c === '$') {
        const at = this.i;
        const part = this.dollar();
        if (part) {
          litStart = this.lit(parts, litStart, at);
          parts.push(part);
          continue;
        }
        // a lone `$` is literal
      }
      if ((c === '@' || c === '!' || c === '+' || c === '*' || c === '?') && s[this.i + 1] === '(')
        this.fail(); // extglob
      if (litStart < 0) litStart = this.i;
      this.i++;
    }
    litStart = this.lit(parts, litStart, this.i);
    if (this.i === start) this.fail();
    return { type: 'Word', pos: start, end: this.i, Parts: parts };
  }

  private dblQuoted(): SyntaxNode {
    const s = this.s;
    const start = this.i;
    this.i++;
    const parts: SyntaxNode[] = [];
    let litStart = -1;
    for (;;) {
      if (this.i >= s.length) this.fail();
      const c = s[this.i];
      if (c === '"') break;
      if (c === '`') {
        if (this.inBackquote) this.fail();
        litStart = this.lit(parts, litStart, this.i);
        parts.push(this.backquoted());
        continue;
      }
      if (c === '\\') {
        if (this.i + 1 >= s.length) this.fail();
        if (litStart < 0) litStart = this.i;
        this.i += 2;
        continue;
      }
      if (c === '$') {
        const at = this.i;
        const part = this.dollar();
        if (part) {
          litStart = this.lit(parts, litStart, at);
          parts.push(part);
          continue;
        }
      }
      if (litStart < 0) litStart = this.i;
      this.i++;
    }
    litStart = this.lit(parts, litStart, this.i);
    this.i++;
    return { type: 'DblQuoted', pos: start, end: this.i, Parts: parts };
  }

  /** `` `…` `` (mvdan-sh's CmdSubst): read only when it holds no backslash (escapes differ inside). */
  private backquoted(): SyntaxNode {
    const s = this.s;
    const start = this.i;
    const close = s.indexOf('`', start + 1);
    if (close < 0 || s.slice(start + 1, close).includes('\\')) this.fail();
    this.inBackquote = true;
    this.i++;
    const stmts = this.list(null, true);
    if (this.i !== close) this.fail();
    this.inBackquote = false;
    this.i++;
    return { type: 'CmdSubst', pos: start, end: this.i, Stmts: stmts };
  }

  /** Ends the literal run started at `litStart` (if any) at `end` as a `Lit` part; returns -1 (no run open). */
  private lit(parts: SyntaxNode[], litStart: number, end: number): number {
    if (litStart >= 0) parts.push({ type: 'Lit', pos: litStart, end, Value: this.s.slice(litStart, end) });
    return -1;
  }

  /** `<(…)` / `>(…)` at the cursor (mvdan-sh's ProcSubst): its commands are read like `$(…)`'s. */
  private procSubst(): SyntaxNode {
    const s = this.s;
    const start = this.i;
    this.i += 2;
    const stmts = this.list(null, true);
    if (s[this.i] !== ')') this.fail();
    this.i++;
    return { type: 'ProcSubst', pos: start, end: this.i, Stmts: stmts };
  }

  /** `$…` at the cursor: a part, or null for a literal `$` (cursor unchanged). */
  private dollar(): SyntaxNode | null {
    const s = this.s;
    const start = this.i;
    const c = s[this.i + 1];
    if (c === undefined) return null;
    if (c === "'" || c === '"' || c === '[') this.fail(); // `$'…'`, `$"…"`, `$[…]`
    if (c === '(') {
      if (s[this.i + 2] === '(') return this.arithm();
      this.i += 2;
      const stmts = this.list(null, true);
      if (s[this.i] !== ')') this.fail();
      this.i++;
      return { type: 'CmdSubst', pos: start, end: this.i, Stmts: stmts };
    }
    if (c === '{') return this.paramBraced();
    if (isNameStart(c.charCodeAt(0))) {
      let j = this.i + 1;
      while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
      this.i = j;
      return { type: 'ParamExp', pos: start, end: j, Short: true };
    }
    if (/[0-9@*#?$!-]/.test(c)) {
      this.i += 2;
      return { type: 'ParamExp', pos: start, end: this.i, Short: true };
    }
    return null;
  }

  /** `${…}`: nested `${…}` and quotes are skipped over; commands inside are left to mvdan-sh. */
  private paramBraced(): SyntaxNode {
    const s = this.s;
    const start = this.i;
    if (!PARAM_HEAD.test(s.slice(this.i + 2, this.i + 40))) this.fail();
    let depth = 0;
    let j = this.i + 2;
    for (;;) {
      if (j >= s.length) this.fail();
      const c = s[j];
      if (c === '`' || c === '\n') this.fail();
      if (c === '\\') {
        j += 2;
        continue;
      }
      if (c === "'" || c === '"') {
        // quotes inside `${x:-"a b"}`: skip to the close (no expansions with commands inside)
        const close = s.indexOf(c, j + 1);
        if (close < 0) this.fail();
        const inner = s.slice(j + 1, close);
        if (inner.includes('$(') || inner.includes('`') || inner.includes('\\')) this.fail();
        j = close + 1;
        continue;
      }
      if (c === '$') {
        if (s[j + 1] === '(') this.fail();
        if (s[j + 1] === '{') {
          depth++;
          j += 2;
          continue;
        }
      }
      if (c === '}') {
        if (depth === 0) break;
        depth--;
      }
      j++;
    }
    this.i = j + 1;
    return { type: 'ParamExp', pos: start, end: this.i, Exp: null };
  }

  /** `$(( … ))`: skipped over by balancing parentheses; commands or quotes inside go to mvdan-sh. */
  private arithm(): SyntaxNode {
    const s = this.s;
    const start = this.i;
    let depth = 0;
    let j = this.i + 3;
    for (;;) {
      if (j >= s.length) this.fail();
      const c = s[j];
      if (c === '`' || c === '"' || c === "'" || c === '\n' || c === ';') this.fail();
      if (c === '$' && s[j + 1] === '(') this.fail();
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) {
          if (s[j + 1] !== ')') this.fail();
          break;
        }
        depth--;
      }
      j++;
    }
    this.i = j + 2;
    return { type: 'ArithmExp', pos: start, end: this.i };
  }
}
