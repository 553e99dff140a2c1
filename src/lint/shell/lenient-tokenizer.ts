/**
 * The reading used when no parser accepts a script (a syntax error): split on `&&`, `||`, `;`, `|`,
 * `&` and newlines outside quotes, words on blanks, so rules still see the commands (as hadolint does).
 */
import type { ShellAssign, ShellCommand, ShellOperator, ShellSource, ShellWord } from './model';
import type { Positions } from './positions';

/** Lenient fallback: split on operators outside quotes, words on blanks. */
export function lenientTokenize(
  map: Positions,
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
