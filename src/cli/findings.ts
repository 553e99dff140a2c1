/** What `camadas lint` reports for one file, whatever its kind, in the JSON contract's shape. */
import type { Severity } from '../lint/types';

export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  aliases: string[];
  severity: Severity;
  message: string;
  /** How to fix or annotate (Markdown snippets), shown by the stylish format. */
  hint?: string;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  /** The file could not be read as Markdown/MDX (its finding, rule `mdx`, is also in `findings`). */
  parseError?: string;
  /** Snippets skipped with nolint, with their reasons (shown with --verbose). */
  skipped: { line: number; reason: string }[];
}
