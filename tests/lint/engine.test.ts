import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, lint } from '../../src/lint/engine';
import { ruleById } from '../../src/lint/rules/index';
import { defineRule, type Rule } from '../../src/lint/types';

/** The registered rules with these ids: tests about engine mechanics must not depend on which rules exist. */
const only = (...ids: string[]): Rule[] =>
  ids.map((id) => {
    const r = ruleById(id);
    if (!r) throw new Error(`no rule ${id}`);
    return r;
  });

const rulesOf =
  (...ids: string[]) =>
  (d: { rule: string }[]) =>
    d.filter((x) => ids.includes(x.rule));

describe('lint', () => {
  it('returns sorted diagnostics with positions, locale and url', () => {
    const text = 'FROM debian\nWORKDIR app\nRUN apt-get install -y curl\n';
    const rules = only('DL3006', 'WorkdirRelativePath', 'DL3008');
    const pt = lint(text, { rules });
    expect(pt.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['DL3006', 1, 6, 1, 12],
      ['WorkdirRelativePath', 2, 9, 2, 12],
      ['DL3008', 3, 24, 3, 28],
    ]);
    expect(pt[0].url).toBe('/docs/rules/DL3006');
    expect(pt[0].message).toContain('Sempre declare a tag');
    const en = lint(text, { locale: 'en', rules });
    expect(en[0].url).toBe('/en/docs/rules/DL3006');
    expect(en[0].message).toContain('Always tag');
  });

  it('names both ids of an overlapped pair', () => {
    const [d] = lint('FROM debian:12\nWORKDIR app\n');
    expect(d.rule).toBe('WorkdirRelativePath');
    expect(d.aliases).toEqual(['DL3000']);
    expect(lint('FROM debian:12\n')[0]?.aliases ?? []).toEqual([]);
  });

  it('lets a finding carry only some of its rule aliases; every id still suppresses it', () => {
    const multi = defineRule({
      id: 'CAM996TEST',
      aliases: ['DL9991', 'DL9992'],
      severity: 'warning',
      origin: 'camadas',
      scope: 'instruction',
      title: { 'pt-BR': 't', en: 't' },
      messages: { m: { 'pt-BR': 'm', en: 'm' } },
      rationale: { 'pt-BR': 'r', en: 'r' },
      examples: { bad: [], good: [] },
      check(ctx) {
        const [from, run] = ctx.instructions;
        ctx.report(from, 'm', {}, { aliases: ['DL9992', 'NOT_AN_ALIAS'] });
        ctx.report(run, 'm');
      },
    });
    const rules = [multi as Rule];
    const text = 'FROM a:1\nRUN x\n';
    expect(lint(text, { rules }).map((d) => [d.line, d.aliases])).toEqual([
      [1, ['DL9992']],
      [2, ['DL9991', 'DL9992']],
    ]);
    // an alias the finding does not carry still suppresses it (pragma and config)
    expect(lint(`# hadolint ignore=DL9991\n${text}`, { rules }).map((d) => d.line)).toEqual([3]);
    expect(lint(text, { rules, config: { ignored: ['DL9991'] } })).toEqual([]);
  });

  it('lints RUN inside ONBUILD with the trigger position', () => {
    const d = lint('FROM debian:12\nONBUILD RUN apt-get install -y curl\n', { rules: only('DL3008') });
    expect(d.map((x) => [x.rule, x.line, x.column])).toEqual([['DL3008', 2, 32]]);
  });

  it('treats text without FROM as a fragment (whole-file rules off), unless fragment=false', () => {
    let ran = 0;
    const wholeFile = defineRule({
      id: 'CAM999TEST',
      severity: 'warning',
      origin: 'camadas',
      scope: 'whole-file',
      title: { 'pt-BR': 't', en: 't' },
      messages: { m: { 'pt-BR': 'm', en: 'm' } },
      rationale: { 'pt-BR': 'r', en: 'r' },
      examples: { bad: [], good: [] },
      check(ctx) {
        ran++;
        ctx.report({ line: 1, column: 1, endLine: 1, endColumn: 2 }, 'm');
      },
    });
    expect(lint('RUN echo\n', { rules: [wholeFile as Rule] })).toEqual([]);
    expect(lint('RUN echo\n', { rules: [wholeFile as Rule], fragment: false })).toHaveLength(1);
    expect(lint('FROM a:1\n', { rules: [wholeFile as Rule] })).toHaveLength(1);
    expect(ran).toBe(2);
  });

  it('turns a throwing rule into a CAM000 diagnostic and keeps going', () => {
    const broken = defineRule({
      id: 'CAM998TEST',
      severity: 'warning',
      origin: 'camadas',
      scope: 'instruction',
      title: { 'pt-BR': 't', en: 't' },
      messages: { m: { 'pt-BR': 'm', en: 'm' } },
      rationale: { 'pt-BR': 'r', en: 'r' },
      examples: { bad: [], good: [] },
      check() {
        throw new Error('boom');
      },
    });
    const d = lint('FROM debian\n', { rules: [broken as Rule], locale: 'en' });
    expect(d.map((x) => [x.rule, x.message])).toEqual([['CAM000', 'Rule CAM998TEST failed: boom']]);
  });

  it('reports unparseable instructions as DL1000 and still runs the rules', () => {
    const d = lint('FROM debian\nBADCMD foo\n', { locale: 'en' });
    expect(d.map((x) => [x.rule, x.line, x.severity])).toEqual([
      ['DL3006', 1, 'warning'],
      ['DL1000', 2, 'error'],
    ]);
    expect(d[1].message).toBe('Unknown instruction: BADCMD');
  });

  it('runs off rules only with includeOff or an override; experimental only when enabled', () => {
    const mk = (extra: Partial<Rule>) =>
      ({
        id: 'CAM997TEST',
        severity: 'off',
        origin: 'camadas',
        scope: 'instruction',
        title: { 'pt-BR': 't', en: 't' },
        messages: { m: { 'pt-BR': 'm', en: 'm' } },
        rationale: { 'pt-BR': 'r', en: 'r' },
        examples: { bad: [], good: [] },
        check(ctx) {
          ctx.report(ctx.instructions[0], 'm');
        },
        ...extra,
      }) as Rule;
    const off = mk({});
    expect(lint('FROM a:1\n', { rules: [off] })).toEqual([]);
    expect(lint('FROM a:1\n', { rules: [off], includeOff: true })[0].severity).toBe('info');
    expect(
      lint('FROM a:1\n', { rules: [off], config: { override: { error: ['CAM997TEST'] } } })[0].severity,
    ).toBe('error');
    const exp = mk({ severity: 'warning', experimental: true });
    expect(lint('FROM a:1\n', { rules: [exp] })).toEqual([]);
    expect(lint('# check=experimental=CAM997TEST\nFROM a:1\n', { rules: [exp] })).toHaveLength(1);
    expect(lint('# check=experimental=all;skip=all\nFROM a:1\n', { rules: [exp] })).toHaveLength(1);
  });

  it('applies config: ignored (by id or alias) and severity overrides', () => {
    const text = 'FROM debian\nWORKDIR app\n';
    expect(rulesOf('WorkdirRelativePath')(lint(text, { config: { ignored: ['DL3000'] } }))).toEqual([]);
    const d = lint(text, { config: { override: { info: ['DL3000'], style: ['DL3006'] } } });
    expect(d.map((x) => [x.rule, x.severity])).toEqual([
      ['DL3006', 'style'],
      ['WorkdirRelativePath', 'info'],
    ]);
  });

  it('never throws on odd input and always terminates', () => {
    const inputs = [
      '',
      '\0\0\0',
      '\uFEFF',
      'FROM',
      'RUN \\',
      'RUN <<EOF\n',
      'RUN "unterminated',
      'ONBUILD ONBUILD RUN x',
      '# hadolint ignore=\n',
      '# check=bogus\nFROM a\n',
      'FROM a\r\nRUN b\r',
      `RUN ${'a && '.repeat(2000)}b`,
      '\\\n\\\n\\',
    ];
    for (const t of inputs) expect(() => lint(t)).not.toThrow();
  });

  it('drops exact duplicates (same rule, span and message) and keeps the first of each where it was', () => {
    const at = (line: number, column: number, endColumn: number) => ({
      line,
      column,
      endLine: line,
      endColumn,
    });
    const mk = (id: string, check: (ctx: Parameters<Rule['check']>[0]) => void) =>
      defineRule({
        id,
        severity: 'warning',
        origin: 'camadas',
        scope: 'instruction',
        title: { 'pt-BR': 't', en: 't' },
        messages: { m: { 'pt-BR': 'm {x}', en: 'm {x}' } },
        rationale: { 'pt-BR': 'r', en: 'r' },
        examples: { bad: [], good: [] },
        check,
      }) as Rule;
    const a = mk('CAM994TEST', (ctx) => {
      ctx.report(at(2, 1, 4), 'm', { x: 'one' });
      ctx.report(at(1, 1, 5), 'm', { x: 'one' });
      ctx.report(at(2, 1, 4), 'm', { x: 'two' }); // another message: kept
      ctx.report(at(2, 1, 6), 'm', { x: 'one' }); // another end: kept
      ctx.report(at(2, 1, 4), 'm', { x: 'one' }); // duplicate of the first
      ctx.report(at(1, 1, 5), 'm', { x: 'one' }); // duplicate of the second
    });
    const b = mk('CAM993TEST', (ctx) => {
      ctx.report(at(2, 1, 4), 'm', { x: 'one' }); // same span and message, another rule: kept
    });
    const view = lint('FROM a:1\nRUN x\n', { rules: [a, b], locale: 'en' }).map(
      (d) => `${d.rule} ${d.line}:${d.column}-${d.endColumn} ${d.message}`,
    );
    expect(view).toEqual([
      'CAM994TEST 1:1-5 m one',
      'CAM993TEST 2:1-4 m one',
      'CAM994TEST 2:1-4 m one',
      'CAM994TEST 2:1-4 m two',
      'CAM994TEST 2:1-6 m one',
    ]);
  });

  it('formatMessage fills placeholders', () => {
    expect(formatMessage('use {a} not {b} {c}', { a: 'x', b: 2 })).toBe('use x not 2 {c}');
  });

  it('formatMessage reads placeholders as the regular expression it replaced would (it scans by hand)', () => {
    const byRegex = (t: string, p: Record<string, string | number>) =>
      t.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));
    const piece = fc.constantFrom(
      '{',
      '}',
      'a',
      '_',
      ' ',
      'é',
      '{a}',
      '{b}',
      '{a_1}',
      '{}',
      '{a',
      'x}',
      '{{b}}',
      '{é}',
    );
    const params = fc.dictionary(fc.constantFrom('a', 'b', 'a_1', 'é'), fc.oneof(fc.string(), fc.integer()));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), params, (pieces, p) => {
        const t = pieces.join('');
        expect(formatMessage(t, p)).toBe(byRegex(t, p));
      }),
      { numRuns: 2000 },
    );
  });
});
