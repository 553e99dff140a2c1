/**
 * The CodeMirror 6 editor of the playground: the Dockerfile mode of @codemirror/legacy-modes, the
 * lint extension of @codemirror/lint (underlines, hover messages, gutter markers) fed by the worker's
 * findings, undo history, and colours from CSS variables (light and dark themes).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab, isolateHistory } from '@codemirror/commands';
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
import {
  type Diagnostic as CmDiagnostic,
  diagnosticCount,
  lintGutter,
  setDiagnostics,
} from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Diagnostic } from '../../lint/types';
import { type Change, editsToChanges } from '../../playground/fixes';

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--pg-keyword)', fontWeight: 'bold' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--pg-string)' },
  { tag: tags.comment, color: 'var(--pg-comment)', fontStyle: 'italic' },
  { tag: [tags.variableName, tags.atom, tags.number], color: 'var(--pg-variable)' },
]);

const theme = EditorView.theme({
  '&': { fontSize: '14px', border: '1px solid var(--ifm-color-emphasis-300)', borderRadius: '6px' },
  '.cm-scroller': { fontFamily: 'var(--ifm-font-family-monospace)', minHeight: '20rem', maxHeight: '70vh' },
  '.cm-content': { caretColor: 'var(--ifm-font-color-base)' },
  '.cm-gutters': {
    backgroundColor: 'var(--ifm-color-emphasis-100)',
    // line numbers are read (findings cite lines): emphasis-600 is 2.82:1 on emphasis-100
    color: 'var(--ifm-color-emphasis-700)',
    borderRight: '1px solid var(--ifm-color-emphasis-300)',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--pg-active-line)' },
  '&.cm-focused': { outline: '2px solid var(--ifm-color-primary)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--ifm-background-surface-color)',
    color: 'var(--ifm-font-color-base)',
  },
});

/**
 * The editor's state: the text and every extension. Built apart from the view (createView), so the two
 * costs land in two tasks of their own on a slow phone.
 */
export function createState(
  doc: string,
  label: string,
  /** Each change of the text, as edits of the text before it (never the whole text: see doc-sync.ts). */
  onChange: (edits: Change[], length: number) => void,
): EditorState {
  return EditorState.create({
    doc,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      StreamLanguage.define(dockerFile),
      syntaxHighlighting(highlight),
      lintGutter(),
      // Tab indents; Escape then Tab leaves the editor (CodeMirror's keyboard escape hatch).
      keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        const edits: Change[] = [];
        update.changes.iterChanges((from, to, _fromB, _toB, inserted) => {
          edits.push({ from, to, insert: inserted.toString() });
        });
        onChange(edits, update.state.doc.length);
      }),
      theme,
    ],
  });
}

/**
 * The view of a state, outside the page: the caller puts `view.dom` in its place (then calls
 * `view.requestMeasure()`). Building it detached keeps the page's layout out of this task.
 */
export function createView(state: EditorState): EditorView {
  return new EditorView({ state });
}

/** Offset of a 1-based line/column (column past the end of the line → end of the line). */
export function offsetOf(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

const CM_SEVERITY = { error: 'error', warning: 'warning', info: 'info', style: 'hint' } as const;

/** What the lint tooltip needs to offer a finding's fix (CodeMirror's `Diagnostic.actions`). */
export interface FixAction {
  label: string;
  apply: (d: Diagnostic) => void;
}

/** What each view shows, so an answer identical to the last one costs no editor update. */
const shownKey = new WeakMap<EditorView, string>();

export function showDiagnostics(view: EditorView, diagnostics: readonly Diagnostic[], fix?: FixAction): void {
  // While typing, most answers repeat the last one (CodeMirror has already moved its marks with the
  // edits): updating the editor then would only cost time, a long task at 10 000 lines.
  const key = JSON.stringify(
    diagnostics.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn, d.severity, d.message, d.fix]),
  );
  // (An edit that deleted a marked range drops its mark: then the count differs and the marks are reset.)
  if (shownKey.get(view) === key && diagnosticCount(view.state) === diagnostics.length) return;
  shownKey.set(view, key);
  const doc = view.state.doc;
  const cm: CmDiagnostic[] = diagnostics.map((d) => {
    const from = offsetOf(doc, d.line, d.column);
    const to = Math.max(from, offsetOf(doc, d.endLine, d.endColumn));
    const actions = fix && d.fix ? [{ name: fix.label, apply: () => fix.apply(d) }] : undefined;
    return { from, to, severity: CM_SEVERITY[d.severity], source: d.rule, message: d.message, actions };
  });
  view.dispatch(setDiagnostics(view.state, cm));
}

/**
 * Apply changes as ONE transaction of its own in the undo history (Ctrl+Z undoes exactly this fix,
 * never merged with the typing around it). `false` when an edit no longer fits the text.
 */
export function applyEdit(view: EditorView, changes: readonly Change[]): boolean {
  if (changes.length === 0) return false;
  view.dispatch({
    changes: [...changes],
    userEvent: 'input.fix',
    annotations: isolateHistory.of('full'),
    scrollIntoView: true,
  });
  view.focus();
  return true;
}

/** The changes of one finding's fix in the editor's current document, or `null` if they do not fit. */
export function fixChanges(view: EditorView, d: Diagnostic): Change[] | null {
  return d.fix ? editsToChanges(view.state.doc, d.fix.edits) : null;
}

export function moveCursor(view: EditorView, line: number, column: number): void {
  const at = offsetOf(view.state.doc, line, column);
  view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
  view.focus();
}

/** Replace the whole text as one undoable edit. */
export function replaceText(view: EditorView, text: string): void {
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
