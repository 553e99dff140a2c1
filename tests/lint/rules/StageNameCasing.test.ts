import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import { applyFixes } from '../../../src/lint/fixes';
import rule from '../../../src/lint/rules/StageNameCasing';
import { ruleTester } from './_harness';

/** A multi-stage file whose stage `Build` is referenced in each way a later stage can name it. */
const REFERENCED =
  'FROM golang:1.22 AS Build\nRUN go version\nFROM Build AS test\nRUN --mount=type=cache,from=BUILD,target=/x true\nFROM alpine:3.20\nCOPY --from=Build /a /b\nONBUILD COPY --from=Build /a /b\n';

ruleTester(rule, {
  valid: [
    // accepts lowercase names, digits, dashes and unnamed stages
    'FROM alpine:3.20 AS build-2\nFROM alpine:3.20\n',
    // is skipped by check=skip
    '# check=skip=StageNameCasing\nFROM alpine:3.20 AS Up\n',
    // a reference in capitals to a lowercase stage is not this rule's business
    'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=BUILD /a /b\n',
  ],
  invalid: [
    // reports a stage name with capitals, on the name
    {
      code: 'FROM alpine:3.20 AS MyStage\n',
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 28, messageKey: 'upper', data: { name: 'MyStage' } },
      ],
      output: 'FROM alpine:3.20 AS mystage\n',
    },
    // reports every offending stage
    {
      code: 'FROM alpine:3.20 AS A\nFROM alpine:3.20 AS b\nFROM alpine:3.20 AS C\n',
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 22, messageKey: 'upper', data: { name: 'A' } },
        { line: 3, column: 21, endLine: 3, endColumn: 22, messageKey: 'upper', data: { name: 'C' } },
      ],
      output: 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nFROM alpine:3.20 AS c\n',
    },
    // the fix lower-cases FROM, COPY --from and RUN --mount=from= references; an ONBUILD trigger's
    // --from names a stage of the build using the image, so it stays as written
    {
      code: REFERENCED,
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 26, messageKey: 'upper', data: { name: 'Build' } },
      ],
      output:
        'FROM golang:1.22 AS build\nRUN go version\nFROM build AS test\nRUN --mount=type=cache,from=build,target=/x true\nFROM alpine:3.20\nCOPY --from=build /a /b\nONBUILD COPY --from=Build /a /b\n',
    },
    // a stage named like its base image's stage: both fixes apply without overlapping
    {
      code: 'FROM alpine:3.20 AS Base\nFROM Base AS App\nFROM App\n',
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 25, messageKey: 'upper', data: { name: 'Base' } },
        { line: 2, column: 14, endLine: 2, endColumn: 17, messageKey: 'upper', data: { name: 'App' } },
      ],
      output: 'FROM alpine:3.20 AS base\nFROM base AS app\nFROM app\n',
    },
    // references before the stage or through a variable are not edited (they still resolve the same)
    {
      code: 'FROM alpine:3.20 AS first\nCOPY --from=Later /a /b\nFROM alpine:3.20 AS Later\nARG S=Later\nFROM alpine:3.20\nCOPY --from=${S} /a /b\n',
      errors: [
        { line: 3, column: 21, endLine: 3, endColumn: 26, messageKey: 'upper', data: { name: 'Later' } },
      ],
      output:
        'FROM alpine:3.20 AS first\nCOPY --from=Later /a /b\nFROM alpine:3.20 AS later\nARG S=Later\nFROM alpine:3.20\nCOPY --from=${S} /a /b\n',
    },
    // two stages of the same name (DuplicateStageName): which one a reference means is unclear, no fix
    {
      code: 'FROM alpine:3.20 AS Build\nFROM alpine:3.20 AS build\nFROM Build\n',
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 26, messageKey: 'upper', data: { name: 'Build' } },
      ],
      output: null,
    },
    // a quoted --from is left as written; the declaration is still fixed
    {
      code: 'FROM alpine:3.20 AS Build\nFROM alpine:3.20\nCOPY --from="Build" /a /b\n',
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 26, messageKey: 'upper', data: { name: 'Build' } },
      ],
      output: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from="Build" /a /b\n',
    },
  ],
});

describe('StageNameCasing fix', () => {
  it.each([
    ['referenced in every way', REFERENCED],
    [
      'two capitalised stages, one built on the other',
      'FROM alpine:3.20 AS Base\nFROM Base AS App\nFROM App\n',
    ],
    [
      'with other findings around',
      'FROM golang:1.22 as Build\nrun go build\nFROM alpine:latest\nCOPY --from=Build /out /usr/bin/app\nCMD app\n',
    ],
  ])('the fixed file (%s) lints without the finding and otherwise unchanged', (_, text) => {
    const before = lint(text, { locale: 'en' });
    const fixed = applyFixes(
      text,
      before.filter((d) => d.rule === rule.id),
    ).text;
    const after = lint(fixed, { locale: 'en' });
    expect(after.filter((d) => d.rule === rule.id)).toEqual([]);
    const others = (ds: typeof before) =>
      ds.filter((d) => d.rule !== rule.id).map((d) => `${d.rule}@${d.line}:${d.column}`);
    expect(others(after)).toEqual(others(before));
    // only the case of the stage names changed
    expect(fixed).not.toBe(text);
    expect(fixed.toLowerCase()).toBe(text.toLowerCase());
  });
});
