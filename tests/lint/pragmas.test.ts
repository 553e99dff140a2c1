import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/engine';
import { parseCheckOptions, parseHadolintComment } from '../../src/lint/pragmas';
import { ruleById } from '../../src/lint/rules/index';
import type { Rule } from '../../src/lint/types';

const ids = (text: string, opts = {}) => lint(text, opts).map((d) => `${d.rule}@${d.line}`);

describe('hadolint pragmas', () => {
  it('ignore applies to the next line only', () => {
    expect(ids('# hadolint ignore=DL3006\nFROM debian\nFROM ubuntu\n')).toEqual(['DL3006@3']);
    expect(ids('# hadolint ignore=DL3006\n\nFROM debian\n')).toEqual(['DL3006@3']);
  });

  it('ignore covers every finding of a multi-line instruction', () => {
    // Only DL3008 runs: the test is about the pragma's reach, not about which other rules exist.
    const rules = [ruleById('DL3008') as Rule];
    const text = 'FROM debian:12\nRUN apt-get update \\\n  && apt-get install -y curl\n';
    expect(ids(text, { rules })).toEqual(['DL3008@3']); // the finding is on the continuation line…
    const [d] = lint(text, { rules });
    expect([d.line, d.endLine]).toEqual([3, 3]);
    expect(d.column).toBeGreaterThan(1);
    // …and a pragma above the instruction's first line suppresses it
    expect(ids(text.replace('RUN', '# hadolint ignore=DL3008\nRUN'), { rules })).toEqual([]);
  });

  it('accepts several ids, spaces and a trailing comment; any id of an overlapped pair', () => {
    expect(ids('FROM debian:12\n# hadolint ignore=DL3008, DL3000 # why\nWORKDIR app\n')).toEqual([]);
    expect(ids('FROM debian:12\n# hadolint ignore=WorkdirRelativePath\nWORKDIR app\n')).toEqual([]);
  });

  it('an unknown id invalidates the pragma (like hadolint) and is reported', () => {
    expect(ids('# hadolint ignore=crazy,DL3006\nFROM debian\n')).toEqual(['CAM900@1', 'DL3006@2']);
  });

  it('global ignore applies everywhere', () => {
    expect(ids('FROM debian\n# hadolint global ignore = DL3006\nFROM ubuntu\n')).toEqual([]);
  });

  it('stage ignore applies to the rest of the stage', () => {
    expect(
      ids('# hadolint stage ignore=DL3000\nFROM debian:12\nWORKDIR a\nFROM debian:12\nWORKDIR b\n'),
    ).toEqual(['WorkdirRelativePath@5']);
    expect(
      ids('FROM debian:12\nWORKDIR a\n# hadolint stage ignore=DL3000\nFROM debian:12\nWORKDIR b\n'),
    ).toEqual(['WorkdirRelativePath@2']);
    expect(
      ids('FROM debian:12\n# hadolint stage ignore=DL3000\nWORKDIR a\nFROM debian:12\nWORKDIR b\n'),
    ).toEqual(['WorkdirRelativePath@5']);
  });

  it('disable-ignore-pragma turns pragmas off', () => {
    expect(
      ids('# hadolint ignore=DL3006\nFROM debian\n', { config: { 'disable-ignore-pragma': true } }),
    ).toEqual(['DL3006@2']);
  });

  it('exposes shell and ignore pragmas to rules', () => {
    expect(parseHadolintComment('# hadolint shell=powershell # x')).toEqual({
      kind: 'shell',
      shell: 'powershell',
    });
    expect(parseHadolintComment('# hadolint ignore=DL3002 ')).toEqual({ kind: 'ignore', rules: ['DL3002'] });
    expect(parseHadolintComment('# just a comment')).toBeUndefined();
    expect(parseHadolintComment('# hadolint what')).toEqual({ kind: 'bad' });
  });

  it('reports a malformed pragma', () => {
    expect(ids('# hadolint ignore\nFROM debian:12\n')).toEqual(['CAM900@1']);
  });
});

describe('BuildKit check directive', () => {
  it('parses options', () => {
    const { options, error } = parseCheckOptions('skip=A, B;error=true;experimental=all // note');
    expect(error).toBeNull();
    expect([...options.skip]).toEqual(['A', 'B']);
    expect(options.error).toBe(true);
    expect(options.experimentalAll).toBe(true);
    expect(parseCheckOptions('nope').error).toBe('nope');
    expect(parseCheckOptions('error=maybe').error).toBe('error=maybe');
  });

  it('skip at the top of the file, by any id', () => {
    expect(ids('# check=skip=DL3000\nFROM debian:12\nWORKDIR app\n')).toEqual([]);
    expect(ids('#check=skip=WorkdirRelativePath\nFROM debian:12\nWORKDIR app\n')).toEqual([]);
    expect(ids('# check=skip=all\nFROM debian\nWORKDIR app\n')).toEqual([]);
  });

  it('error=true raises severity', () => {
    const d = lint('# check=error=true\nFROM debian\n');
    expect(d.map((x) => [x.rule, x.severity])).toEqual([['DL3006', 'error']]);
  });

  it('is only a directive at the very top; below, it skips for the next instruction', () => {
    expect(ids('\n# check=skip=all\nFROM debian\n')).toEqual([]);
    expect(ids('FROM debian:12\n# check=skip=WorkdirRelativePath // local\nWORKDIR a\nWORKDIR b\n')).toEqual([
      'WorkdirRelativePath@4',
    ]);
  });

  it('the BUILDKIT_DOCKERFILE_CHECK build arg overrides the directive', () => {
    expect(
      ids('# check=skip=all\nFROM debian\n', {
        buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=WorkdirRelativePath' },
      }),
    ).toEqual(['DL3006@2']);
  });

  it('reports invalid options and unknown rules', () => {
    expect(ids('# check=bogus\nFROM debian:12\n')).toEqual(['CAM900@1']);
    expect(ids('# check=skip=NoSuchRule\nFROM debian:12\n')).toEqual(['CAM900@1']);
    expect(ids('# check=skip=JSONArgsRecommended\nFROM debian:12\n')).toEqual([]);
  });
});
