/**
 * Snippet annotations in a code fence's meta string (DESIGN.md, "Snippet annotations"):
 *   expect="DL3006 DL3025"   a deliberately bad example; exactly these rules must fire
 *   nolint="reason"          not linted; the reason is required
 *   fragment=false           lint a snippet without FROM as a whole file
 *   label=false              a bad example whose heading already says so: no label in the box
 * Docusaurus's own meta (title="…", showLineNumbers, {1,3}) passes through untouched.
 */
export interface Annotations {
  expect?: string[];
  nolint?: string;
  /** `false` forces whole-file treatment; `true` forces fragment; undefined = auto (no FROM → fragment). */
  fragment?: boolean;
  /** `false`: the page shows no "problematic example" label on the box (a heading above says it). */
  label?: boolean;
  /** Problems with the annotations themselves (empty expect, nolint without reason…), in en and pt-BR. */
  problems: AnnotationProblem[];
}

export interface AnnotationProblem {
  key: 'emptyExpect' | 'emptyNolint' | 'expectAndNolint' | 'badFragment' | 'badLabel' | 'unquoted';
  detail?: string;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;

export function parseAnnotations(meta: string | null | undefined): Annotations {
  const result: Annotations = { problems: [] };
  if (!meta) return result;
  for (const match of meta.matchAll(ATTRIBUTE)) {
    const [, name, doubleQuoted, singleQuoted, bare] = match;
    const value = doubleQuoted ?? singleQuoted ?? bare ?? '';
    if (name === 'expect') {
      const ids = value.split(/[\s,]+/).filter(Boolean);
      if (ids.length === 0) result.problems.push({ key: 'emptyExpect' });
      result.expect = ids;
    } else if (name === 'nolint') {
      if (value.trim() === '') result.problems.push({ key: 'emptyNolint' });
      result.nolint = value.trim();
    } else if (name === 'fragment') {
      if (value === 'false') result.fragment = false;
      else if (value === 'true') result.fragment = true;
      else result.problems.push({ key: 'badFragment', detail: value });
    } else if (name === 'label') {
      if (value === 'false') result.label = false;
      else if (value === 'true') result.label = true;
      else result.problems.push({ key: 'badLabel', detail: value });
    }
  }
  // A bare `nolint` (no `=`) is an annotation without its required reason.
  if (/(^|\s)nolint(\s|$)/.test(meta) && result.nolint === undefined) {
    result.problems.push({ key: 'emptyNolint' });
    result.nolint = '';
  }
  if (/(^|\s)expect(\s|$)/.test(meta) && result.expect === undefined) {
    result.problems.push({ key: 'emptyExpect' });
    result.expect = [];
  }
  if (result.expect !== undefined && result.nolint !== undefined)
    result.problems.push({ key: 'expectAndNolint' });
  return result;
}
