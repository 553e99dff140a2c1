import { describe, expect, it } from 'vitest';
import { exceedsThreshold, parseConfig, resolveConfig, validateConfig } from '../../src/lint/config';
import { lint } from '../../src/lint/engine';

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
