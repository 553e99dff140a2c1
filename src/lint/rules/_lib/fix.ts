/**
 * Building safe fixes (`ReportOptions.fix`): text edits in diagnostic coordinates (1-based lines and
 * columns, `endColumn` exclusive), checked against the model's text so that a fix never edits text
 * that is not what the rule read.
 */
import type { Command } from '../../commands/layer';
import type { Span } from '../../parse';
import type { Fix, RuleView } from '../../types';

/** The text of a span, exactly as in the linted file. */
export function textOf(ctx: Pick<RuleView, 'model'>, span: Span): string {
  const m = ctx.model;
  return m.text.slice(m.offsetOf(span.line, span.column), m.offsetOf(span.endLine, span.endColumn));
}

/** Replace the text of `span` by `text`. */
export function replaceFix(span: Span, text: string): Fix {
  return { edits: [{ ...pick(span), text }] };
}

/** Insert `text` right after `target` (e.g. ` -y` after the word `install`). */
export function insertAfterFix(target: { readonly range: Span }, text: string): Fix {
  const r = target.range;
  return {
    edits: [{ line: r.endLine, column: r.endColumn, endLine: r.endLine, endColumn: r.endColumn, text }],
  };
}

/** Insert `text` right before `target`. */
export function insertBeforeFix(target: { readonly range: Span }, text: string): Fix {
  const r = target.range;
  return { edits: [{ line: r.line, column: r.column, endLine: r.line, endColumn: r.column, text }] };
}

function pick(s: Span): Span {
  return { line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

/**
 * Add an option right after the subcommand word (`apt-get install` → `apt-get install -y`). None for
 * exec-form RUN (the words point at the whole JSON array) or a command without a subcommand.
 */
export function flagFix(cmd: Command, flag: string): Fix | undefined {
  if (cmd.exec || !cmd.sub) return undefined;
  return insertAfterFix(cmd.sub, ` ${flag}`);
}
