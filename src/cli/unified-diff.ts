/**
 * A unified diff of two texts (for `camadas lint --fix-dry-run`), by jsdiff (`diff`): `--- a/<path>` /
 * `+++ b/<path>` and `@@` hunks with 3 lines of context, as `git diff` prints them; `''` when equal.
 * jsdiff (19 files) is loaded on the first diff, not at every `camadas` start: only `--fix-dry-run`
 * uses it.
 */
import type * as JsDiff from 'diff';

declare const require: (id: string) => unknown;
let jsdiff: typeof JsDiff | null = null;

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  jsdiff ??= require('diff') as typeof JsDiff;
  const name = path.replace(/\\/g, '/').replace(/^\/+/, '');
  const patch = jsdiff.createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
  });
  // jsdiff starts with a `====` separator line, which `git diff` and `patch` do not need.
  return patch.replace(/^=+\n/, '');
}
