/**
 * A unified diff of two texts (for `camadas lint --fix-dry-run`). No diff package is installed in the
 * project and Dockerfiles are small, so a longest-common-subsequence table over lines is enough; past
 * `MAX_CELLS` the whole file is one hunk (correct, only less precise).
 */
const CONTEXT = 3;
const MAX_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lineOps(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..]
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i] });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push({ kind: '-', line: a[i++] });
    } else {
      ops.push({ kind: '+', line: b[j++] });
    }
  }
  return ops;
}

/** `--- a/<path>` / `+++ b/<path>` and `@@` hunks with 3 lines of context; `''` when equal. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = lineOps(splitLines(before), splitLines(after));
  const name = path.replace(/\\/g, '/').replace(/^\/+/, '');
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      k++;
      continue;
    }
    // a hunk: from CONTEXT lines before this change to CONTEXT lines after the last change close by
    let start = Math.max(0, k - CONTEXT);
    while (start < k && ops[start].kind !== ' ') start++;
    let end = k;
    for (let e = k; e < ops.length; e++) {
      if (ops[e].kind !== ' ') end = e;
      else if (e - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + CONTEXT + 1);
    let oldLine = 1;
    let newLine = 1;
    for (let p = 0; p < start; p++) {
      if (ops[p].kind !== '+') oldLine++;
      if (ops[p].kind !== '-') newLine++;
    }
    const slice = ops.slice(start, stop);
    const oldCount = slice.filter((o) => o.kind !== '+').length;
    const newCount = slice.filter((o) => o.kind !== '-').length;
    out.push(
      `@@ -${oldCount ? oldLine : oldLine - 1},${oldCount} +${newCount ? newLine : newLine - 1},${newCount} @@`,
    );
    for (const o of slice) out.push(`${o.kind}${o.line}`);
    k = stop;
  }
  return `${out.join('\n')}\n`;
}
