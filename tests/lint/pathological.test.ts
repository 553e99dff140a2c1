/**
 * Pathological inputs (issue 3): each must complete with well-formed, sane output. No wall-clock
 * assertions here — performance is measured by `npm run bench:lint`, never by timing tests; the
 * generous per-test timeouts only catch hangs.
 */
import { describe, expect, it } from 'vitest';
import { lint, lintAllLocales, MAX_LINES, MAX_TEXT_LENGTH } from '../../src/lint/engine';
import { buildModel } from '../../src/lint/parse';
import { rules } from '../../src/lint/rules/index';
import { buildShellScript } from '../../src/lint/shell';
import type { Diagnostic } from '../../src/lint/types';
import { assertWellFormed, lineCount } from './diagnostic-invariants';

const SLOW = 120_000;

function lintChecked(text: string, options: Parameters<typeof lint>[1] = {}): Diagnostic[] {
  let d: Diagnostic[] = [];
  expect(() => {
    d = lint(text, options);
  }).not.toThrow();
  assertWellFormed(text, d);
  expect(d.filter((x) => x.rule === 'CAM000')).toEqual([]); // no rule crashed
  return d;
}
const where = (d: Diagnostic[]) => d.map((x) => `${x.rule}@${x.line}:${x.column}`);
const only = (...ids: string[]) => rules.filter((r) => ids.includes(r.id));

describe('pathological inputs', () => {
  it(
    '10 000 lines',
    () => {
      const block = [
        'FROM debian:12 AS s',
        'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88 \\',
        '    && rm -rf /var/lib/apt/lists/*',
        'COPY . /app',
        'WORKDIR /app',
        '# comment',
        'ENV A=1 B="x y"',
        'RUN make -C /app build && make install > /dev/null 2>&1',
        'USER app',
        'CMD ["/app/server"]',
      ];
      const lines: string[] = [];
      while (lines.length < 10_000) lines.push(...block);
      const text = `${lines.join('\n')}\n`;
      const d = lintChecked(text);
      expect(d.some((x) => x.rule === 'DL1000')).toBe(false);
      expect(d.every((x) => x.endLine <= 10_000)).toBe(true);
      // 1000 stages named `s`: DuplicateStageName fires on the repeats, nothing is lost at the end
      expect(d.filter((x) => x.rule === 'DuplicateStageName').length).toBe(999);
    },
    SLOW,
  );

  it(
    'a 1 MB line',
    () => {
      const big = 'a'.repeat(1 << 20);
      const run = `RUN echo ${big} && apt-get install -y curl`;
      const d = lintChecked(`FROM debian:12\n${run}\nLABEL x="${big}"\n`);
      expect(where(d)).toContain(`DL3008@2:${run.indexOf('curl') + 1}`);
      lintChecked(`# ${big}\nFROM debian:12\n`);
      lintChecked(big); // one unknown "instruction", no newline
    },
    SLOW,
  );

  it(
    '500 chained && commands',
    () => {
      const text = `FROM debian:12\nRUN ${Array.from({ length: 500 }, (_, i) => `apt-get install -y p${i}`).join(' && ')}\n`;
      const d = lintChecked(text);
      expect(d.filter((x) => x.rule === 'DL3008')).toHaveLength(1); // hadolint: one finding per RUN
      const m = buildModel(text);
      const s = buildShellScript(m, m.instructions[1]);
      expect(s?.commands).toHaveLength(500);
      expect(s?.commands[499].prevOp).toBe('&&');
    },
    SLOW,
  );

  it(
    '200 levels of $(…) nesting',
    () => {
      const text = `FROM debian:12\nRUN echo ${'$(echo '.repeat(200)}x${')'.repeat(200)} && apt-get install -y curl\n`;
      const d = lintChecked(text);
      expect(d.some((x) => x.rule === 'DL3008' && x.line === 2)).toBe(true);
      const m = buildModel(text);
      const s = buildShellScript(m, m.instructions[1]);
      expect(s?.commands.filter((c) => c.name === 'echo').length).toBeGreaterThan(1);
      lintChecked(`RUN ${'('.repeat(200)}x${')'.repeat(200)}\n`);
      lintChecked(`RUN echo ${'$('.repeat(300)}\n`); // unbalanced
    },
    SLOW,
  );

  it('NUL bytes', () => {
    const d = lintChecked('FROM debian\0\nRUN apt-get\0install -y curl\0\n\0\0');
    expect(d.some((x) => x.rule === 'DL3006' && x.line === 1)).toBe(true);
    lintChecked('\0'.repeat(1000));
  });

  it('CRLF, lone CR and a BOM give the same findings as LF', () => {
    const lf = 'FROM debian\nWORKDIR app\nRUN apt-get update && apt-get install -y curl\n';
    const ref = where(lintChecked(lf));
    expect(where(lintChecked(lf, { rules: only('DL3006', 'WorkdirRelativePath', 'DL3008') }))).toEqual([
      'DL3006@1:6',
      'WorkdirRelativePath@2:9',
      'DL3008@3:42',
    ]);
    expect(where(lintChecked(lf.replace(/\n/g, '\r\n')))).toEqual(ref);
    expect(where(lintChecked(lf.replace(/\n/g, '\r')))).toEqual(ref);
    expect(where(lintChecked(`\uFEFF${lf}`))).toEqual(ref); // the BOM is not a column
    expect(where(lintChecked(`\uFEFF${lf.replace(/\n/g, '\r\n')}`))).toEqual(ref);
  });

  it('tabs', () => {
    const text = 'FROM\tdebian\nRUN\tapt-get\tinstall\t-y\tcurl\n\t\tWORKDIR\tapp\n';
    lintChecked(text);
    // a tab is one column
    const d = lintChecked(text, { rules: only('DL3006', 'WorkdirRelativePath', 'DL3008') });
    expect(where(d)).toEqual(['DL3006@1:6', 'DL3008@2:24', 'WorkdirRelativePath@3:11']);
  });

  it('an unterminated heredoc', () => {
    const d = lintChecked('FROM debian:12\nRUN <<EOF\napt-get install -y curl\n');
    expect(d.every((x) => x.line <= 3)).toBe(true);
    lintChecked('FROM debian:12\nCOPY <<EOF /x\nhello');
    lintChecked('run cd <<"X" \\\nADD \''); // found by properties.test.ts: spans stayed past the end
    lintChecked('FROM debian:12\nRUN <<A <<B\n');
  });

  it('an unterminated heredoc is a syntax error at its marker (BuildKit rejects the file)', () => {
    const d = lintChecked('FROM debian:12\nRUN <<EOF\necho hi\n');
    expect(where(d.filter((x) => x.rule === 'DL1000'))).toEqual(['DL1000@2:5']);
    expect(d.find((x) => x.rule === 'DL1000')?.message).toMatch(/heredoc <<EOF/);
    // a terminated one is not
    expect(lintChecked('FROM debian:12\nRUN <<EOF\necho hi\nEOF\n').some((x) => x.rule === 'DL1000')).toBe(
      false,
    );
  });

  it('an empty or comments-only Dockerfile is a syntax error when linted as a whole file', () => {
    for (const text of ['', '\n\n', '# only a comment\n', '# syntax=docker/dockerfile:1\n\n# note\n']) {
      const d = lintChecked(text, { fragment: false });
      expect(
        d.map((x) => x.rule),
        JSON.stringify(text),
      ).toEqual(['DL1000']);
    }
    // a snippet without FROM is a fragment: nothing to say about an empty one
    expect(lintChecked('# just a comment\n')).toEqual([]);
  });

  it('long lists of ENV and ARG: scopes grow linearly (20 000 definitions, each still resolved)', () => {
    for (const kw of ['ENV', 'ARG']) {
      const lines = ['FROM debian:12'];
      for (let i = 0; i < 20_000; i++) lines.push(`${kw} V${i}=${i}`);
      lines.push('RUN echo $V0 $V19999 $UNDEFINED_ONE', 'FROM debian:12 AS two', 'RUN echo $V1');
      const text = `${lines.join('\n')}\n`;
      const model = buildModel(text);
      const run = model.instructions[20_001];
      expect(run.scope.get('V19999')?.value).toBe('19999');
      expect(run.scope.get('V0')?.value).toBe('0');
      expect(model.instructions[20_000].scope.has('V19999')).toBe(false); // not yet defined there
      expect(model.instructions[20_003].scope.has('V1')).toBe(false); // another stage
      lintChecked(text);
    }
  }, 60_000); // ~5 s now; copying the scope per definition took minutes (or ran out of heap)

  it('a child stage sees its parent’s variables through a long chain of stages', () => {
    const lines = ['FROM debian:12 AS s0', 'ENV ROOT_VAR=1'];
    for (let i = 1; i <= 200; i++) lines.push(`FROM s${i - 1} AS s${i}`, `ENV V${i}=${i}`);
    lines.push('RUN echo $ROOT_VAR $V1 $V200');
    const model = buildModel(`${lines.join('\n')}\n`);
    const last = model.instructions[model.instructions.length - 1];
    expect([
      last.scope.get('ROOT_VAR')?.value,
      last.scope.get('V1')?.value,
      last.scope.get('V200')?.value,
    ]).toEqual(['1', '1', '200']);
    expect(last.scope.env.size).toBe(201);
  });

  it('a 16 000-line heredoc script: every command found', () => {
    const body = Array.from({ length: 16_000 }, (_, i) => `echo line ${i} "$HOME" && true`).join('\n');
    const text = `FROM debian:12\nRUN <<EOF\n${body}\nEOF\n`;
    const model = buildModel(text);
    const script = buildShellScript(model, model.instructions[1]);
    expect(script?.commands.length).toBe(32_000);
    expect(script?.commands[31_999].range.line).toBe(16_002);
    lintChecked(text);
  }, 30_000); // ~3 s now; the quadratic shell model took about a minute

  it('a text above the size limit is refused with one positioned DL1000, fast', () => {
    const tooManyLines = `FROM debian:12\n${'ENV A=1\n'.repeat(MAX_LINES + 10)}`;
    const d = lint(tooManyLines);
    expect(d.map((x) => `${x.rule}@${x.line}`)).toEqual([`DL1000@${MAX_LINES + 1}`]);
    expect(d[0].message).toMatch(/grande demais/);
    const oneHugeLine = `FROM debian:12\nRUN echo ${'x'.repeat(MAX_TEXT_LENGTH)}\n`;
    const e = lint(oneHugeLine, { locale: 'en' });
    expect(e.map((x) => `${x.rule}@${x.line}`)).toEqual(['DL1000@2']);
    expect(e[0].message).toMatch(/too large.*4 MiB and 200 000 lines/);
    // just under the limit is linted normally
    expect(lint(`FROM debian:12\n${'ENV A=1\n'.repeat(1000)}`).some((x) => x.rule === 'DL1000')).toBe(false);
  });

  it('unterminated quotes', () => {
    const d = lintChecked(
      'FROM debian:12\nRUN apt-get install -y "curl && echo \'x\nLABEL a="b\nENV X=\'y\n',
    );
    expect(d.some((x) => x.rule === 'DL3008' && x.line === 2)).toBe(true); // the fallback tokenizer
    lintChecked('FROM debian:12\nCMD ["unterminated\n');
  });

  it('a line continuation at EOF', () => {
    lintChecked('FROM debian:12\nRUN echo \\');
    lintChecked('FROM debian:12\nRUN echo \\\n');
    lintChecked('FROM debian:12\nRUN apt-get install -y curl \\\n\\\n\\');
    lintChecked('\\');
  });

  it('the # escape=` directive', () => {
    const text =
      '# escape=`\nFROM debian:12\nRUN apt-get update && `\n    apt-get install -y curl\nWORKDIR C:\\app\n';
    expect(buildModel(text).escapeChar).toBe('`');
    const d = lintChecked(text);
    expect(d.filter((x) => x.rule === 'DL3008').map((x) => [x.line, x.column])).toEqual([[4, 24]]);
    expect(lint(text, { rules: only('DL3008') })).toHaveLength(1);
  });

  it('both locales from one run for every pathological shape', () => {
    for (const t of [
      '\0',
      '\r\r\r',
      '\uFEFF',
      'RUN \\',
      'RUN <<EOF',
      'FROM a\nRUN "x',
      '# escape=`\nRUN `',
    ]) {
      const all = lintAllLocales(t);
      expect(all.en).toEqual(lint(t, { locale: 'en' }));
      expect(all['pt-BR']).toEqual(lint(t));
      expect(lineCount(t)).toBeGreaterThanOrEqual(1);
    }
  });
});
