/**
 * Compile-time checks (run by `tsc --noEmit`, never executed): a rule cannot report, and a test cannot
 * expect, a message key the rule does not define. Each `@ts-expect-error` fails the type check if the
 * line below it ever compiles.
 */
import rule from '../../../src/lint/rules/DL3006';
import { defineRule, type RuleContext } from '../../../src/lint/types';
import { ruleTester } from './_harness';

export function typeChecksOnly(): void {
  defineRule({
    id: 'CAM999',
    severity: 'info',
    origin: 'camadas',
    scope: 'instruction',
    title: { 'pt-BR': 'x', en: 'x' },
    messages: { known: { 'pt-BR': 'x', en: 'x' } },
    rationale: { 'pt-BR': 'x', en: 'x' },
    examples: { bad: [], good: [] },
    check(ctx) {
      ctx.report(ctx.instructions[0], 'known');
      // @ts-expect-error unknown message key
      ctx.report(ctx.instructions[0], 'unknown');
      // @ts-expect-error a helper taking RuleContext<string> could report any key
      reportsAnything(ctx);
    },
  });
  ruleTester(rule, {
    valid: [],
    invalid: [
      {
        code: '',
        errors: [
          {
            line: 1,
            column: 1,
            // @ts-expect-error unknown message key in a test expectation
            messageKey: 'nope',
          },
        ],
      },
    ],
  });
}

function reportsAnything(ctx: RuleContext): void {
  ctx.report(ctx.instructions[0], 'anything');
}
