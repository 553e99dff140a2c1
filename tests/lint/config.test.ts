import { describe, expect, it } from 'vitest';
import { exceedsThreshold, parseConfig, resolveConfig, validateConfig } from '../../src/lint/config';
import { lint } from '../../src/lint/engine';
import { allRuleIds } from '../../src/lint/rules/index';

describe('parseConfig', () => {
  it('reads a .hadolint.yaml', () => {
    const { config, diagnostics } = parseConfig(
      [
        'ignored:',
        '  - DL3008',
        'override:',
        '  error: [DL3006]',
        '  info:',
        '    - WorkdirRelativePath',
        'failure-threshold: warning',
        'trustedRegistries: [docker.io, ghcr.io]',
        'label-schema:',
        '  author: text',
        '  url: url',
        'strict-labels: true',
        'no-color: true',
        '',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      ignored: ['DL3008'],
      override: { error: ['DL3006'], info: ['WorkdirRelativePath'] },
      'failure-threshold': 'warning',
      trustedRegistries: ['docker.io', 'ghcr.io'],
      'label-schema': { author: 'text', url: 'url' },
      'strict-labels': true,
    });
    const r = resolveConfig(config);
    expect(r.severityOverrides.get('DL3006')).toBe('error');
    expect(r.trustedRegistries).toEqual(['docker.io', 'ghcr.io']);
  });

  it('reports malformed YAML and bad keys with positions, in both locales, without throwing', () => {
    const bad = parseConfig('ignored: [DL3008\n');
    expect(bad.config).toEqual({});
    expect(bad.diagnostics[0].rule).toBe('CAM901');
    const keys = parseConfig('ignored: DL3008\nbogus: 1\nfailure-threshold: loud\n', 'en');
    expect(keys.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [1, 'Invalid configuration key "ignored": expected a list of rule ids'],
      [2, 'Invalid configuration key "bogus": unknown key'],
      [3, 'Invalid configuration key "failure-threshold": use error, warning, info, style or none'],
    ]);
    expect(parseConfig('bogus: 1\n').diagnostics[0].message).toContain('chave desconhecida');
    expect(parseConfig('- a\n- b\n').diagnostics).toHaveLength(1);
    expect(parseConfig('').diagnostics).toEqual([]);
    expect(validateConfig({ 'label-schema': { a: 'weird' } }).diagnostics).toHaveLength(1);
  });

  it('is honoured by lint', () => {
    const { config } = parseConfig('ignored: [DL3006]\n');
    expect(lint('FROM debian\n', { config })).toEqual([]);
  });
});

describe('exceedsThreshold', () => {
  const d = lint('FROM debian\n'); // one warning
  it('compares with failure-threshold', () => {
    expect(exceedsThreshold(d)).toBe(true);
    expect(exceedsThreshold(d, { 'failure-threshold': 'error' })).toBe(false);
    expect(exceedsThreshold(d, { 'failure-threshold': 'style' })).toBe(true);
    expect(exceedsThreshold(d, { 'no-fail': true })).toBe(false);
    expect(exceedsThreshold([], {})).toBe(false);
  });
});

describe('configuration validation', () => {
  const knownIds = allRuleIds();

  it('names unknown rule ids in ignored and override, at their line, with the nearest known ids', () => {
    const { config, diagnostics } = parseConfig(
      'ignored:\n  - DL3008\n  - DL3OO8\noverride:\n  error: [DL3006, WorkdirRelativPath]\n',
      'en',
      { knownIds },
    );
    expect(diagnostics.map((d) => [d.severity, d.line, d.column, d.message])).toEqual([
      [
        'warning',
        3,
        5,
        '"ignored" names the unknown rule "DL3OO8", which changes nothing; did you mean DL3008, DL3018, DL3028?',
      ],
      [
        'warning',
        5,
        19,
        '"override.error" names the unknown rule "WorkdirRelativPath", which changes nothing; did you mean WorkdirRelativePath?',
      ],
    ]);
    expect(config).toEqual({ ignored: ['DL3008'], override: { error: ['DL3006'] } });
    expect(parseConfig('ignored: [DL3OO8]\n', 'pt-BR', { knownIds }).diagnostics[0].message).toContain(
      'você quis dizer',
    );
  });

  it('places an override.<severity> problem at that key, not at 1:1', () => {
    const { diagnostics } = parseConfig('ignored: []\noverride:\n  loud: [DL3006]\n  info: DL3008\n', 'en');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [
        3,
        3,
        'Invalid configuration key "override.loud": unknown severity (use error, warning, info or style)',
      ],
      [4, 3, 'Invalid configuration key "override.info": expected a list of rule ids'],
    ]);
  });

  it('reports a __proto__ key as unknown instead of dropping it', () => {
    const { diagnostics, config } = parseConfig('__proto__:\n  ignored: [DL3006]\n', 'en');
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [1, 'Invalid configuration key "__proto__": unknown key'],
    ]);
    expect(config).toEqual({});
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
  });

  it('says a binary file is not YAML in one short line', () => {
    const binary = `\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR${'\u0000\u0001\u0002'.repeat(2000)}`;
    const { diagnostics } = parseConfig(binary, 'en');
    expect(diagnostics.map((d) => d.message)).toEqual(['the file is not YAML text (binary content)']);
    // a long bad line is quoted short
    const long = parseConfig(`ignored: [${'x'.repeat(5000)}\n`, 'en');
    for (const d of long.diagnostics) expect(d.message.length).toBeLessThan(300);
  });
});
