/** Plain-text report of snippet violations: `file:line:column  rule  message`, then how to fix it. */
import type { MarkdownFileReport } from './markdown-file';
import { message } from './messages';

export function formatViolations(reports: readonly MarkdownFileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.parseError) {
      const { line, column, message: reason } = report.parseError;
      lines.push(`${report.file}:${line}:${column}: ${message('cannotParse', report.locale, { reason })}`);
    }
    for (const v of report.violations) {
      lines.push(`${report.file}:${v.fileLine}:${v.fileColumn}  ${v.rule}  ${v.message}`);
      if (v.hint) lines.push(`    ${v.hint}`);
    }
  }
  return lines.join('\n');
}

export function countViolations(reports: readonly MarkdownFileReport[]): number {
  return reports.reduce((sum, r) => sum + r.violations.length + (r.parseError ? 1 : 0), 0);
}
