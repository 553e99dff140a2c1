/**
 * A unified diff of two texts (for `camadas lint --fix-dry-run`), by jsdiff (`diff`): `--- a/<path>` /
 * `+++ b/<path>` and `@@` hunks with 3 lines of context, as `git diff` prints them; `''` when equal.
 */
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const name = path.replace(/\\/g, '/').replace(/^\/+/, '');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
  });
  // jsdiff starts with a `====` separator line, which `git diff` and `patch` do not need.
  return patch.replace(/^=+\n/, '');
}
