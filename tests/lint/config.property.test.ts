/** The configuration parser on generated input: never throws, positions inside the text, short clean messages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/lint/config';
import { allRuleIds } from '../../src/lint/rules/index';

const knownIds = allRuleIds();

const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'ignored:',
        '  - DL3008',
        '  - DL30O8',
        'override:',
        '  error: [DL3006, Bogus]',
        '  loud: [DL3006]',
        '  info: DL3008',
        '__proto__:',
        '  ignored: [DL3006]',
        'constructor: 1',
        'failure-threshold: loud',
        'label-schema:',
        '  a: weird',
        'trustedRegistries: [docker.io',
        '- a',
        '"unterminated',
        '\t',
        ': :',
      ),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'));

describe('parseConfig on generated input', () => {
  it('never throws; every diagnostic is inside the text, short and free of control characters', () => {
    fc.assert(
      fc.property(yamlish, fc.constantFrom('pt-BR' as const, 'en' as const), (text, locale) => {
        const { diagnostics, config } = parseConfig(text, locale, { knownIds });
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines + 1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeLessThan(400);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the property under test
          expect(d.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        }
        expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
        for (const id of [...(config.ignored ?? []), ...Object.values(config.override ?? {}).flat()])
          expect(knownIds).toContain(id);
      }),
      { numRuns: 400 },
    );
  });
});
