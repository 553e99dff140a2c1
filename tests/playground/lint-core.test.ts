import { describe, expect, it } from 'vitest';
import { listExamples, runFixAll, runLint } from '../../src/playground/lint-core';
import type { LintRequest } from '../../src/playground/protocol';

const base: LintRequest = {
  type: 'lint',
  id: 1,
  locale: 'en',
  code: 'FROM debian\nWORKDIR app\nRUN apt-get update && apt-get install -y curl\n',
  configText: '',
  ignored: [],
  threshold: null,
  dockerignore: '',
};

describe('playground worker: lint with the page options', () => {
  it('reports the engine findings in the requested locale, with the layer summary', () => {
    const en = runLint(base);
    const pt = runLint({ ...base, locale: 'pt-BR' });
    expect(en.diagnostics.map((d) => d.rule)).toContain('DL3006');
    expect(en.diagnostics.map((d) => d.rule)).toEqual(pt.diagnostics.map((d) => d.rule));
    expect(en.diagnostics[0].message).not.toEqual(pt.diagnostics[0].message);
    expect(en.summary.layers).toBe(2);
    expect(en.fails).toBe(true);
  });

  it('ignores the rules of the ignore box and of the .hadolint.yaml box', () => {
    const r = runLint({ ...base, ignored: [' DL3006 '], configText: 'ignored:\n  - DL3008\n' });
    const ids = r.diagnostics.map((d) => d.rule);
    expect(ids).not.toContain('DL3006');
    expect(ids).not.toContain('DL3008');
    expect(ids).toContain('WorkdirRelativePath');
    expect(r.configDiagnostics).toEqual([]);
  });

  it('reports a bad .hadolint.yaml with positions in that box, and still lints', () => {
    const r = runLint({ ...base, configText: 'failure-threshold: loud\n' });
    expect(r.configDiagnostics.map((d) => [d.rule, d.line])).toEqual([['CAM901', 1]]);
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });

  it('applies the failure threshold (the box wins over the yaml)', () => {
    // DL3008 (warning) only: fails at the default threshold (info), passes with threshold `error`
    const code =
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n';
    expect(runLint({ ...base, code }).diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ['DL3008', 'warning'],
    ]);
    expect(runLint({ ...base, code }).fails).toBe(true);
    const r = runLint({ ...base, code, threshold: 'error', configText: 'failure-threshold: style\n' });
    expect(r.threshold).toBe('error');
    expect(r.fails).toBe(false);
  });

  it('passes the .dockerignore to CopyIgnoredFile', () => {
    const code = 'FROM debian:12\nCOPY secret.txt /app/\n';
    expect(runLint({ ...base, code }).diagnostics.map((d) => d.rule)).not.toContain('CopyIgnoredFile');
    const r = runLint({ ...base, code, dockerignore: 'secret.txt\n' });
    expect(r.diagnostics.map((d) => d.rule)).toContain('CopyIgnoredFile');
  });
});

describe('playground examples menu', () => {
  it('lists every bad example of every rule, each firing its rule with the options it carries', () => {
    const { examples, ruleIds } = listExamples('en');
    expect(ruleIds).toContain('DL3006');
    expect(new Set(examples.map((e) => e.rule)).size).toBeGreaterThan(50);
    for (const e of examples) {
      const r = runLint({ ...base, code: e.code, configText: e.configText, dockerignore: e.dockerignore });
      const fired = r.diagnostics.flatMap((d) => [d.rule, ...d.aliases]);
      expect(fired, `${e.rule}: ${e.code}`).toContain(e.rule);
    }
  });
});

describe('playground worker: safe fixes', () => {
  const maintainer = { ...base, code: 'FROM debian:12-slim\nMAINTAINER Ana <ana@example.com>\n' };

  it('passes a finding’s fix through to the page', () => {
    const d = runLint(maintainer).diagnostics.find((x) => x.rule === 'MaintainerDeprecated');
    expect(d?.fix?.edits[0]).toMatchObject({ line: 2, column: 1, endLine: 2 });
    // It survives the trip to the page (structured clone keeps plain data only).
    expect(structuredClone(d)).toEqual(d);
  });

  it('fixes all with the page options, and an ignored rule’s fix is not applied', () => {
    const fixed = runFixAll({ ...maintainer, type: 'fixAll' });
    expect(fixed.applied).toBeGreaterThan(0);
    expect(fixed.text).toContain('LABEL org.opencontainers.image.authors="Ana <ana@example.com>"');
    const ignored = runFixAll({ ...maintainer, type: 'fixAll', ignored: ['DL4000'] });
    expect(ignored.text).toContain('MAINTAINER Ana');
  });
});
