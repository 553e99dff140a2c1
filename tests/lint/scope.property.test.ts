/**
 * Variable scopes (versioned tables, linear in the number of ARG/ENV) against a plain reference model
 * that copies a map at every definition, on generated stage graphs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lint/parse';

const NAMES = ['A', 'B', 'C', 'PATH'];
type Line =
  | { kind: 'FROM'; parent: number | null }
  | { kind: 'ARG' | 'ENV'; name: string; value: string | null }
  | { kind: 'RUN' };

const line: fc.Arbitrary<Line> = fc.oneof(
  fc.record({ kind: fc.constant('FROM' as const), parent: fc.option(fc.nat(5)) }),
  fc.record({
    kind: fc.constantFrom('ARG' as const, 'ENV' as const),
    name: fc.constantFrom(...NAMES),
    value: fc.option(fc.constantFrom('1', '2', 'x y'), { nil: null }),
  }),
  fc.record({ kind: fc.constant('RUN' as const) }),
);

describe('scopes', () => {
  it('see exactly what a copy-per-definition model sees, at every instruction', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), (lines) => {
        const text: string[] = [];
        // reference: global args, then per stage args/env maps copied at each definition
        type Maps = { args: Map<string, string | null>; env: Map<string, string | null> };
        const expected: Maps[] = [];
        const stages: Maps[] = [];
        let global = new Map<string, string | null>();
        let preEnv = new Map<string, string | null>(); // ENV before any FROM (invalid, but modelled)
        let cur: Maps | null = null;
        for (const l of lines) {
          if (l.kind === 'FROM') {
            const parent = l.parent !== null && l.parent < stages.length ? l.parent : null;
            text.push(
              parent === null
                ? `FROM debian:12 AS s${stages.length}`
                : `FROM s${parent} AS s${stages.length}`,
            );
            expected.push({ args: global, env: new Map() });
            const base = parent === null ? null : stages[parent];
            cur = { args: new Map(base?.args ?? []), env: new Map(base?.env ?? []) };
            stages.push(cur);
            continue;
          }
          if (l.kind === 'RUN') {
            text.push('RUN true');
            expected.push(cur ? { args: cur.args, env: cur.env } : { args: global, env: preEnv });
            continue;
          }
          const value = l.value === null ? '' : `=${JSON.stringify(l.value)}`;
          // ENV before any FROM is invalid Dockerfile; not modelled here
          if (l.kind === 'ENV' && (l.value === null || !cur)) {
            text.push('RUN true');
            expected.push(cur ? { args: cur.args, env: cur.env } : { args: global, env: preEnv });
            continue;
          }
          text.push(`${l.kind} ${l.name}${value}`);
          expected.push(cur ? { args: cur.args, env: cur.env } : { args: global, env: preEnv });
          if (!cur) {
            if (l.kind === 'ARG') global = new Map(global).set(l.name, l.value);
            else preEnv = new Map(preEnv).set(l.name, l.value);
          } else if (l.kind === 'ARG') {
            const inherited = global.get(l.name);
            cur.args = new Map(cur.args).set(l.name, l.value ?? inherited ?? null);
          } else cur.env = new Map(cur.env).set(l.name, l.value);
          if (cur) stages[stages.length - 1] = cur;
        }
        const model = buildModel(`${text.join('\n')}\n`);
        model.instructions.forEach((inst, i) => {
          const want = expected[i];
          for (const name of NAMES) {
            const env = want.env.has(name);
            const arg = want.args.has(name);
            expect(inst.scope.has(name), `${text[i]} ${name}`).toBe(env || arg);
            if (env) expect(inst.scope.get(name)?.value).toBe(want.env.get(name));
            else if (arg) expect(inst.scope.get(name)?.value).toBe(want.args.get(name));
          }
          expect([...inst.scope.env.keys()].sort()).toEqual([...want.env.keys()].sort());
        });
      }),
      { numRuns: 500 },
    );
  });
});
