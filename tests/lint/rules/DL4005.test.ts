import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const find = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL4005')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL4005', () => {
  it('points at /bin/sh in the ln command, once per RUN', () => {
    expect(find('RUN ln -sf /bin/bash /bin/sh && ln -sf /bin/bash /bin/sh\n')).toEqual([[1, 22, 29]]);
  });
  it('ignores /bin/sh in other commands and other links', () => {
    expect(find('RUN readlink -f /bin/sh && ln -s /bin/sh /usr/local/bin/sh2x\n')).toEqual([[1, 34, 41]]);
    expect(find('RUN echo /bin/sh\n')).toEqual([]);
    expect(find('RUN ln -s /usr/bin/true /sbin/initctl\n')).toEqual([]);
  });
  it('checks ONBUILD triggers', () => {
    expect(find('ONBUILD RUN ln -sf /bin/bash /bin/sh\n')).toHaveLength(1);
  });
});
