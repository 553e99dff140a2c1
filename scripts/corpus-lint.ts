/**
 * Lint every file of the real-Dockerfile corpus (tests/corpus/manifest.json) and count findings
 * per rule. `--json OUT` also writes every finding (file, line, rule, message) for the audit.
 *
 *   npx tsx scripts/corpus-lint.ts [--json /tmp/findings.json] [--dir tests/corpus/files]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/lint/engine';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = new URL('..', import.meta.url).pathname;
const dir = opt('--dir') ?? join(root, 'tests/corpus/files');
const manifest = JSON.parse(readFileSync(join(root, 'tests/corpus/manifest.json'), 'utf8')) as {
  files: { file: string }[];
};
const counts = new Map<string, number>();
const findings: { file: string; line: number; rule: string; message: string }[] = [];
let missing = 0;
for (const { file } of manifest.files) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    missing++;
    continue;
  }
  for (const d of lint(readFileSync(path, 'utf8'), { locale: 'en' })) {
    counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
    findings.push({ file, line: d.line, rule: d.rule, message: d.message });
  }
}
if (missing === manifest.files.length) {
  console.error(`No corpus file found under ${dir}: see tests/corpus/README.md.`);
  process.exit(1);
}
const rows = [...counts].sort((a, b) => b[1] - a[1]);
for (const [rule, n] of rows) console.log(`${rule.padEnd(34)} ${n}`);
console.log(
  `${'total'.padEnd(34)} ${findings.length} in ${manifest.files.length - missing} files${missing ? ` (${missing} missing)` : ''}`,
);
const out = opt('--json');
if (out) writeFileSync(out, `${JSON.stringify(findings, null, 1)}\n`);
