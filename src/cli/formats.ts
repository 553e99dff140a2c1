/** Output formats of `camadas lint`: stylish (people), json (contract), sarif (code scanning), github. */
import { ENGINE_DIAGNOSTICS, ruleUrl } from '../lint/engine';
import { rules } from '../lint/rules/index';
import type { Locale, Severity } from '../lint/types';
import { SITE_URL } from '../site';
import type { FileResult, Finding } from './findings';
import { t } from './messages';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

const allFindings = (results: readonly FileResult[]) => results.flatMap((r) => r.findings);

/**
 * Text from files (names, snippets, messages that quote them) can hold terminal escape sequences;
 * printed raw they retitle or clear the terminal. Every C0/C1 control character (newline and tab
 * included: one finding stays one line), DEL and the bidirectional overrides are shown as `\xHH` /
 * `\u{HHHH}` instead.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** JSON.stringify escapes C0 controls but leaves C1 and the bidi overrides raw: escape them too (same data). */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A relative path as a SARIF `artifactLocation.uri` (a URI reference, RFC 3986): each segment
 * percent-encoded, so names with spaces, `%`, `#` or non-ASCII letters stay valid.
 */
export function sarifUri(file: string): string {
  const posix = file.split('\\').join('/');
  const absolute = posix.startsWith('/');
  const encoded = posix
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return absolute ? `file://${encoded}` : encoded;
}

export function formatJson(results: readonly FileResult[]): string {
  const rows = allFindings(results).map(
    ({ file, line, column, endLine, endColumn, rule, aliases, severity, message }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      rule,
      aliases,
      severity,
      message,
    }),
  );
  return safeJson(rows);
}

const colors = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  style: '\x1b[35m',
  dim: '\x1b[2m',
  underline: '\x1b[4m',
  reset: '\x1b[0m',
};

export function formatStylish(
  results: readonly FileResult[],
  options: { locale: Locale; color: boolean; verbose: boolean },
): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${colors.reset}` : text);
  const out: string[] = [];
  let problems = 0;
  let files = 0;
  const ruleWidth = Math.max(8, ...allFindings(results).map((f) => f.rule.length)) + 2;
  for (const result of results) {
    const lines: string[] = [];
    for (const f of result.findings) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      const severity = paint(colors[f.severity], f.severity.padEnd(8));
      lines.push(
        `  ${where}${severity}${escapeControl(f.rule).padEnd(ruleWidth)}${escapeControl(f.message)}`,
      );
      if (f.hint) lines.push(`  ${' '.repeat(16 + ruleWidth)}${paint(colors.dim, escapeControl(f.hint))}`);
    }
    if (options.verbose) {
      for (const s of result.skipped) {
        lines.push(
          `  ${`${s.line}:1`.padEnd(8)}${paint(colors.dim, escapeControl(t('nolint', options.locale, { reason: s.reason })))}`,
        );
      }
    }
    if (lines.length === 0) continue;
    problems += result.findings.length;
    if (result.findings.length > 0) files++;
    out.push(paint(colors.underline, escapeControl(result.file)), ...lines, '');
  }
  const checked = results.length;
  out.push(
    problems === 0
      ? t('clean', options.locale, { checked })
      : t('summary', options.locale, { problems, files, checked }),
  );
  return out.join('\n');
}

/** GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff. */
export function formatGithub(results: readonly FileResult[]): string {
  const level = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice');
  // GitHub's own escapes first (%, CR, LF), then every other control character made visible.
  const escapeData = (s: string) =>
    escapeControl(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.rule)}`,
      ].join(',');
      const text = f.hint ? `${f.message}\n${f.hint}` : f.message;
      lines.push(`::${level(f.severity)} ${props}::${escapeData(text)}`);
    }
  }
  return lines.join('\n');
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help?: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties: Record<string, unknown>;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
const sarifLevel = (s: Severity | 'off'): SarifLevel =>
  s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';

/** SARIF 2.1.0 log: every implemented rule with its metadata and help link, then the findings. */
export function formatSarif(results: readonly FileResult[], locale: Locale): string {
  const descriptors: SarifRule[] = [
    ...rules.map((r) => ({
      id: r.id,
      name: r.id,
      shortDescription: { text: r.title[locale] },
      fullDescription: { text: r.rationale[locale] },
      helpUri: `${SITE_URL}${ruleUrl(r.id, locale)}`,
      help: { text: r.rationale[locale] },
      defaultConfiguration: { level: sarifLevel(r.severity) },
      properties: { origin: r.origin, aliases: r.aliases ?? [], tags: [r.origin] },
    })),
    ...ENGINE_DIAGNOSTICS.map((d) => ({
      id: d.id,
      name: d.id,
      shortDescription: { text: d.title[locale] },
      fullDescription: { text: d.rationale[locale] },
      defaultConfiguration: { level: sarifLevel(d.severity) },
      properties: { origin: 'camadas', aliases: [] },
    })),
    {
      id: 'mdx',
      name: 'mdx',
      shortDescription: {
        text: locale === 'en' ? 'Markdown/MDX syntax error' : 'Erro de sintaxe Markdown/MDX',
      },
      fullDescription: {
        text:
          locale === 'en'
            ? 'The file is not valid Markdown/MDX, so its snippets cannot be checked (Docusaurus would fail on it too).'
            : 'O arquivo não é Markdown/MDX válido, então seus trechos não podem ser verificados (o Docusaurus também falharia).',
      },
      defaultConfiguration: { level: 'error' as const },
      properties: { origin: 'camadas', aliases: [] },
    },
    {
      id: 'annotation',
      name: 'annotation',
      shortDescription: {
        text: locale === 'en' ? 'Snippet annotation problem' : 'Problema na anotação de um trecho',
      },
      fullDescription: {
        text:
          locale === 'en'
            ? 'An expect/nolint/fragment annotation of a Dockerfile snippet in Markdown is malformed or names an unknown rule.'
            : 'Uma anotação expect/nolint/fragment de um trecho de Dockerfile em Markdown está malformada ou cita uma regra desconhecida.',
      },
      defaultConfiguration: { level: 'error' as const },
      properties: { origin: 'camadas', aliases: [] },
    },
  ];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const toResult = (f: Finding) => ({
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: sarifLevel(f.severity),
    message: { text: f.hint ? `${f.message} ${f.hint}` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(f.file) },
          region: {
            startLine: Math.max(1, f.line),
            startColumn: Math.max(1, f.column),
            endLine: Math.max(f.line, f.endLine),
            endColumn: Math.max(1, f.endColumn),
          },
        },
      },
    ],
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'camadas',
            informationUri: SITE_URL,
            rules: descriptors,
          },
        },
        results: allFindings(results).map(toResult),
        invocations: [{ executionSuccessful: true }],
      },
    ],
  };
  return safeJson(log);
}
