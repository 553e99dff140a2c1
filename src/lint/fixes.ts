/**
 * Applying safe fixes (`Diagnostic.fix`) to the linted text: `applyFixes` applies one round of
 * non-overlapping fixes; `fixText` lints and applies until nothing fixable is left (a small cap on the
 * rounds, since one fix can reveal or shift another). Pure: no files, no Node-only imports.
 */
import { type LintOptions, lint } from './engine';
import type { Diagnostic, Fix, TextEdit } from './types';

/** Offsets of line starts in `text` (after a leading BOM), with CRLF, LF and CR each one line break. */
function lineStarts(text: string, from: number): number[] {
  const starts = [from];
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** End of line `l` (0-based index into `starts`), before its line break. */
function lineEnd(text: string, starts: number[], l: number): number {
  let end = l + 1 < starts.length ? starts[l + 1] : text.length;
  if (end > starts[l] && text[end - 1] === '\n') end--;
  if (end > starts[l] && text[end - 1] === '\r') end--;
  return end;
}

interface Located {
  start: number;
  end: number;
  text: string;
}

function locate(text: string, starts: number[], e: TextEdit): Located | null {
  const at = (line: number, column: number): number | null => {
    if (line < 1 || line > starts.length || column < 1) return null;
    const off = starts[line - 1] + column - 1;
    return off <= lineEnd(text, starts, line - 1) + (line < starts.length ? 1 : 0) ? off : null;
  };
  const start = at(e.line, e.column);
  const end = at(e.endLine, e.endColumn);
  if (start === null || end === null || end < start) return null;
  return { start, end, text: e.text };
}

function overlaps(a: Located, b: Located): boolean {
  if (a.start === b.start) return true; // two edits at one point: order unknown, keep one
  return a.start < b.end && b.start < a.end;
}

export interface ApplyResult {
  text: string;
  /** Fixes applied (each with all its edits). */
  applied: Fix[];
  /** Fixes skipped because they overlapped an applied one or pointed outside the text. */
  skipped: Fix[];
}

/**
 * Apply the fixes of `diagnostics` to `text` (the text they were computed on): in file order, a fix
 * is applied whole or not at all, and skipped when one of its edits overlaps an edit already taken.
 */
export function applyFixes(text: string, diagnostics: readonly Pick<Diagnostic, 'fix'>[]): ApplyResult {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts = lineStarts(text, bom);
  const candidates: { fix: Fix; edits: Located[] | null }[] = [];
  for (const d of diagnostics) {
    if (!d.fix || d.fix.edits.length === 0) continue;
    const edits = d.fix.edits.map((e) => locate(text, starts, e));
    candidates.push({ fix: d.fix, edits: edits.every((e) => e !== null) ? (edits as Located[]) : null });
  }
  candidates.sort((a, b) => (a.edits?.[0]?.start ?? 0) - (b.edits?.[0]?.start ?? 0));
  const taken: Located[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const c of candidates) {
    if (!c.edits || c.edits.some((e) => taken.some((t) => overlaps(e, t)))) {
      skipped.push(c.fix);
      continue;
    }
    taken.push(...c.edits);
    applied.push(c.fix);
  }
  taken.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of taken) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied, skipped };
}

export interface FixResult {
  /** The fixed text (equal to the input when nothing was fixable). */
  text: string;
  /** Number of fixes applied over all rounds. */
  fixed: number;
  /** Findings left after the last round (on the fixed text). */
  remaining: Diagnostic[];
}

/** Rounds of lint + apply before giving up (each round applies every non-overlapping fix). */
export const MAX_FIX_ROUNDS = 10;

/**
 * Lint `text`, apply the safe fixes, and lint again until no fix applies (at most `MAX_FIX_ROUNDS`
 * rounds). `options` are the lint options (locale, config, dockerignore…).
 */
export function fixText(text: string, options: LintOptions = {}): FixResult {
  let current = text;
  let fixed = 0;
  let diagnostics = lint(current, options);
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const result = applyFixes(current, diagnostics);
    if (result.applied.length === 0) break;
    current = result.text;
    fixed += result.applied.length;
    diagnostics = lint(current, options);
  }
  return { text: current, fixed, remaining: diagnostics };
}
