/** Helpers shared by the overlapped hadolint/BuildKit rules (DuplicateStageName, JSONArgsRecommended…). */
import type { InstructionModel, Span } from '../../parse';

/** Strip one pair of matching surrounding quotes (`"x"` / `'x'`). */
export function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0])) return s.slice(1, -1);
  return s;
}

/**
 * `target`'s range when it starts on the instruction's first line; else a span from the instruction's
 * start to the end of `target`. BuildKit reports on the instruction's line, and the conformance corpus
 * compares start lines, so a finding must never start on a continuation line.
 */
export function onInstructionLine(instr: InstructionModel, target: { readonly range: Span }): Span {
  const r = target.range;
  if (r.line === instr.range.line) return r;
  return { line: instr.range.line, column: instr.range.column, endLine: r.endLine, endColumn: r.endColumn };
}

/**
 * A SHELL instruction runs before `instr` in its stage, or anywhere in a stage it builds on
 * (`FROM base`); for a fragment (no FROM), anywhere before it. The base image's own config (a SHELL set
 * by the image's author) is unknown here. `all` = `ctx.instructions`.
 */
export function shellSetBefore(instr: InstructionModel, all: readonly InstructionModel[]): boolean {
  const stage = instr.stage;
  if (!stage) return all.some((i) => !i.stage && i.index < instr.index && i.keyword === 'SHELL');
  for (let s: typeof stage | null = stage; s; s = s.parent) {
    for (const i of s.instructions) {
      if (s === stage && i.index >= instr.index) break;
      if (i.keyword === 'SHELL') return true;
    }
  }
  return false;
}
