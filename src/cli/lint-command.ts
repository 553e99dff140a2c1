/** `camadas lint`: Dockerfiles whole, Markdown/MDX snippet by snippet (same code as the build gate). */
import { readFileSync, writeFileSync } from 'node:fs';
import { type Config, exceedsThreshold, parseConfig } from '../lint/config';
import { ENGINE_DIAGNOSTICS, lint } from '../lint/engine';
import { fixText } from '../lint/fixes';
import { allRuleIds } from '../lint/rules/index';
import type { Diagnostic, Locale } from '../lint/types';
import { dockerignoreFor, expandPaths, isGeneratedPage, type PathProblem } from '../snippets/discover';
import { lintGeneratedMarkdown, lintMarkdownSource, localeOfPath } from '../snippets/markdown-file';
import { message as snippetMessage } from '../snippets/messages';
import type { FileResult, Finding } from './findings';
import { escapeControl, type Format, formatGithub, formatJson, formatSarif, formatStylish } from './formats';
import { t } from './messages';
import { unifiedDiff } from './unified-diff';

export interface LintCommandOptions {
  paths: string[];
  format: Format;
  /** Explicit --locale; otherwise Markdown files speak their own locale and Dockerfiles `fallbackLocale`. */
  locale?: Locale;
  fallbackLocale: Locale;
  configPath?: string;
  verbose: boolean;
  color: boolean;
  /**
   * `write` (--fix): apply the safe fixes to each Dockerfile and write it, then report what remains.
   * `dry-run` (--fix-dry-run): print the unified diff of each Dockerfile that would change, write
   * nothing; the exit code is that of the findings that would remain. Markdown is never rewritten.
   */
  fix?: 'write' | 'dry-run';
}

export interface CommandOutput {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const usageError = (message: string, locale: Locale): CommandOutput => ({
  exitCode: 2,
  stdout: '',
  stderr: `camadas: ${escapeControl(message)}\n${t('try', locale)}\n`,
});

export function runLint(options: LintCommandOptions): CommandOutput {
  const uiLocale = options.locale ?? options.fallbackLocale;
  if (options.paths.length === 0) return usageError(t('noPaths', uiLocale), uiLocale);

  let config: Config | undefined;
  const configWarnings: string[] = [];
  if (options.configPath) {
    let text: string;
    try {
      text = readFileSync(options.configPath, 'utf8');
    } catch (error) {
      return usageError(
        t('unreadable', uiLocale, {
          value: options.configPath,
          reason: (error as NodeJS.ErrnoException).code ?? String(error),
        }),
        uiLocale,
      );
    }
    const knownIds = [...allRuleIds(), ...ENGINE_DIAGNOSTICS.map((d) => d.id)];
    const parsed = parseConfig(text, uiLocale, { knownIds });
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    configWarnings.push(
      ...parsed.diagnostics
        .filter((d) => d.severity !== 'error')
        .map((d) => `camadas: ${options.configPath}:${d.line}:${d.column}  ${d.message}`),
    );
    if (errors.length > 0) {
      const details = errors
        .map((d) => escapeControl(`  ${options.configPath}:${d.line}:${d.column}  ${d.message}`))
        .join('\n');
      return {
        exitCode: 2,
        stdout: '',
        stderr: `camadas: ${escapeControl(t('badConfig', uiLocale, { value: options.configPath }))}\n${details}\n`,
      };
    }
    config = parsed.config;
  }

  // Every path that can be read is linted; each one that cannot is one line on stderr, and exit 2 at the end.
  const { targets, problems } = expandPaths(options.paths);
  const problemLine = (p: PathProblem) =>
    `camadas: ${t(p.kind, uiLocale, { value: p.path, reason: p.reason ?? '' })}`;
  const stderrLines = [...configWarnings, ...problems.map(problemLine)];
  let readFailed = problems.some((p) => p.error);

  const results: FileResult[] = [];
  const diffs: string[] = [];
  const engineFindings: Diagnostic[] = [];
  for (const target of targets) {
    let source: string;
    try {
      source = readText(target.path);
    } catch (error) {
      readFailed = true;
      stderrLines.push(
        problemLine({ kind: 'unreadable', path: target.path, reason: codeOf(error), error: true }),
      );
      continue;
    }
    if (target.kind === 'markdown') {
      if (options.fix) stderrLines.push(`camadas: ${t('fixMarkdown', uiLocale, { value: target.path })}`);
      const lintFile = isGeneratedPage(source) ? lintGeneratedMarkdown : lintMarkdownSource;
      const report = lintFile(source, target.path, options.locale ?? localeOfPath(target.path));
      const parseFindings: Finding[] = report.parseError
        ? [
            {
              file: target.path,
              line: report.parseError.line,
              column: report.parseError.column,
              endLine: report.parseError.line,
              endColumn: report.parseError.column,
              rule: 'mdx',
              aliases: [],
              severity: 'error',
              message: snippetMessage('cannotParse', report.locale, { reason: report.parseError.message }),
            },
          ]
        : [];
      results.push({
        file: target.path,
        parseError: report.parseError?.message,
        skipped: report.nolint,
        findings: [
          ...parseFindings,
          ...report.violations.map(
            (v): Finding => ({
              file: target.path,
              line: v.fileLine,
              column: v.fileColumn,
              endLine: v.fileEndLine,
              endColumn: v.fileEndColumn,
              rule: v.rule,
              aliases: v.aliases,
              severity: v.severity,
              message: v.message,
              hint: v.hint,
            }),
          ),
        ],
      });
    } else {
      const lintOptions = {
        locale: uiLocale,
        config,
        fragment: false,
        dockerignore: dockerignoreFor(target.path),
      };
      let diagnostics: Diagnostic[];
      if (options.fix) {
        const fixed = fixText(source, lintOptions);
        diagnostics = fixed.remaining;
        if (fixed.fixed > 0 && options.fix === 'dry-run') {
          diffs.push(unifiedDiff(target.path, source, fixed.text));
          stderrLines.push(`camadas: ${t('wouldFix', uiLocale, { value: target.path, count: fixed.fixed })}`);
        } else if (fixed.fixed > 0) {
          try {
            writeFileSync(target.path, fixed.text, 'utf8');
            stderrLines.push(`camadas: ${t('fixed', uiLocale, { value: target.path, count: fixed.fixed })}`);
          } catch (error) {
            readFailed = true;
            stderrLines.push(
              `camadas: ${t('cannotWrite', uiLocale, { value: target.path, reason: codeOf(error) })}`,
            );
            diagnostics = lint(source, lintOptions);
          }
        }
      } else {
        diagnostics = lint(source, lintOptions);
      }
      engineFindings.push(...diagnostics);
      results.push({
        file: target.path,
        skipped: [],
        findings: diagnostics.map((d): Finding => ({ file: target.path, ...d })),
      });
    }
  }

  const stdout =
    options.fix === 'dry-run'
      ? diffs.join('').replace(/\n$/, '')
      : options.format === 'json'
        ? formatJson(results)
        : options.format === 'sarif'
          ? formatSarif(results, uiLocale)
          : options.format === 'github'
            ? formatGithub(results)
            : formatStylish(results, { locale: uiLocale, color: options.color, verbose: options.verbose });

  // Markdown violations always fail (they fail the build); Dockerfile findings follow the failure threshold.
  const markdownFails = results.some(
    (r) => r.parseError || (r.findings.length > 0 && r.file.match(/\.mdx?$/i)),
  );
  const fails = markdownFails || exceedsThreshold(engineFindings, config);
  const stderr = stderrLines.length
    ? `${stderrLines.map(escapeControl).join('\n')}\n${readFailed ? `${t('try', uiLocale)}\n` : ''}`
    : '';
  return {
    exitCode: readFailed ? 2 : fails ? 1 : 0,
    stdout: stdout ? `${stdout}\n` : '',
    stderr,
  };
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** Reads a file as UTF-8 text (a regular file: expandPaths has checked, so a FIFO never blocks here). */
function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
