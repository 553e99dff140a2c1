/**
 * Walks a Markdown/MDX syntax tree (mdast), checks every Dockerfile code block, maps findings to
 * positions in the Markdown file and, when asked, wraps each block in a <DockerfileExample> element so
 * the theme can show readers what the engine found. Shared by the remark plugin and the CLI.
 */
import type { Code, Parent, Root } from 'mdast';
import { lint } from '../lint/engine';
import type { Locale } from '../lint/types';
import {
  checkSnippet,
  isDockerfileLanguage,
  type SnippetResult,
  type SnippetViolation,
} from './check-snippet';

export interface FileViolation extends SnippetViolation {
  /** 1-based positions in the Markdown file. */
  fileLine: number;
  fileColumn: number;
  fileEndLine: number;
  fileEndColumn: number;
}

export interface TreeReport {
  snippets: number;
  nolint: { line: number; reason: string }[];
  violations: FileViolation[];
}

/** What the <DockerfileExample> component receives (serialised as JSON in the MDX tree). */
export interface ExampleData {
  /** `invalid`: the snippet breaks its annotation (the build fails on it; seen in `docusaurus start`). */
  status: Exclude<SnippetResult['status'], 'nolint'> | 'invalid';
  expect: string[];
  findings: {
    rule: string;
    aliases: string[];
    severity: string;
    message: string;
    line: number;
  }[];
  /** Rules a clean snippet silences with its own pragmas or `# check=skip` (shown as "suppressed", not "verified"). */
  suppressed: string[];
  /** `false` (annotation `label=false`): no "problematic example" label in the box; a heading says it. */
  label: boolean;
  /** Just the layer facts the reader sees (the full summary has every instruction; pages stay small). */
  summary: {
    fragment: boolean;
    stages: number;
    baseImages: string[];
    layers: number;
    metadata: number;
  } | null;
}

export const EXAMPLE_COMPONENT = 'DockerfileExample';

/** `# hadolint ignore=…`, `# hadolint global ignore=…`, `# check=skip=…` (and any `# check=` directive). */
const SUPPRESSION = /^\s*#\s*(hadolint\s+(global\s+)?ignore\s*=|check\s*=)/i;

/**
 * The rules a snippet's own suppression comments silence: those that fire once the comments are
 * blanked (line numbers kept) and not with them. Empty for a snippet without such comments.
 */
export function suppressedRules(
  code: string,
  fragment: boolean | undefined,
  stillFiring: readonly string[],
): string[] {
  const lines = code.split('\n');
  if (!lines.some((line) => SUPPRESSION.test(line))) return [];
  const open = lines.map((line) => (SUPPRESSION.test(line) ? '#' : line)).join('\n');
  const fired = new Set(lint(open, { fragment: fragment ?? 'auto' }).map((d) => d.rule));
  for (const id of stillFiring) fired.delete(id);
  return [...fired].sort();
}

/** A Dockerfile code block and where it sits in its Markdown file. */
export interface SnippetAt {
  code: string;
  meta: string | null | undefined;
  /** 1-based line of the opening fence. */
  fenceLine: number;
  /** Columns before the fence (lists, admonitions, block quotes indent it). */
  indent: number;
}

/** Checks one snippet and adds what it finds to the file's report, in file positions. */
export function recordSnippet(report: TreeReport, at: SnippetAt, locale: Locale): SnippetResult {
  report.snippets++;
  const result = checkSnippet(at.code, at.meta, locale);
  const { fenceLine, indent } = at;
  if (result.status === 'nolint')
    report.nolint.push({ line: fenceLine, reason: result.annotations.nolint ?? '' });
  // Snippet line N is file line fenceLine + N; line 0 stands for the fence itself.
  const column = (line: number, col: number) => (line === 0 ? indent + 1 : indent + col);
  for (const violation of result.violations) {
    report.violations.push({
      ...violation,
      fileLine: fenceLine + violation.line,
      fileColumn: column(violation.line, violation.column),
      fileEndLine: fenceLine + violation.endLine,
      fileEndColumn:
        violation.endLine === 0 ? indent + 1 + '```'.length : column(violation.endLine, violation.endColumn),
    });
  }
  return result;
}

export function lintTree(tree: Root, options: { locale: Locale; attach: boolean }): TreeReport {
  const report: TreeReport = { snippets: 0, nolint: [], violations: [] };
  const visit = (parent: Parent) => {
    for (let index = 0; index < parent.children.length; index++) {
      const node = parent.children[index];
      if (node.type === 'code' && isDockerfileLanguage(node.lang)) {
        const wrapper = checkCode(node, options.locale, report, options.attach);
        if (wrapper) parent.children[index] = wrapper as unknown as (typeof parent.children)[number];
      } else if ('children' in node && Array.isArray(node.children)) {
        visit(node as Parent);
      }
    }
  };
  visit(tree);
  return report;
}

function checkCode(node: Code, locale: Locale, report: TreeReport, attach: boolean): unknown {
  const fenceLine = node.position?.start.line ?? 1;
  // Fenced code inside a list or admonition is indented: its content starts at the fence's column.
  const indent = (node.position?.start.column ?? 1) - 1;
  const result = recordSnippet(report, { code: node.value, meta: node.meta, fenceLine, indent }, locale);
  if (!attach || result.status === 'nolint') return null;

  const data: ExampleData = {
    status: result.violations.length > 0 ? 'invalid' : (result.status as 'clean' | 'bad-example'),
    expect: result.annotations.expect ?? [],
    findings: result.diagnostics.map((d) => ({
      rule: d.rule,
      aliases: d.aliases,
      severity: d.severity,
      message: d.message,
      line: d.line,
    })),
    suppressed:
      result.status === 'clean'
        ? suppressedRules(
            node.value,
            result.annotations.fragment,
            result.diagnostics.map((d) => d.rule),
          )
        : [],
    label: result.annotations.label !== false,
    summary: result.summary && {
      fragment: result.summary.fragment,
      stages: result.summary.stages.length,
      baseImages: result.summary.baseImages,
      layers: result.summary.layers,
      metadata: result.summary.metadata,
    },
  };
  if (data.status !== 'clean') highlightLines(node, result);
  return {
    type: 'mdxJsxFlowElement',
    name: EXAMPLE_COMPONENT,
    attributes: [{ type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(data) }],
    children: [node],
    position: node.position,
  };
}

/** Marks the offending lines with Docusaurus's `{1,3}` meta syntax, unless the author chose lines. */
function highlightLines(node: Code, result: SnippetResult): void {
  if (node.meta && /\{[\d,\s-]+\}/.test(node.meta)) return;
  const lines = [...new Set(result.diagnostics.map((d) => d.line))].sort((a, b) => a - b);
  if (lines.length === 0) return;
  node.meta = `${node.meta ?? ''} {${lines.join(',')}}`.trim();
}
