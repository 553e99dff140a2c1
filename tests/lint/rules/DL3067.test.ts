import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const lines = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3067')
    .map((d) => d.line);

describe('DL3067', () => {
  it('flags the root of another stage or image copied to /, in shell and exec form', () => {
    expect(lines('COPY --from=build / /\n')).toEqual([1]);
    expect(lines('COPY --from=busybox:1.36 --chown=10001 ["/", "/"]\n')).toEqual([1]);
    expect(lines('COPY --from=build /etc/ssl / /\n')).toEqual([1]);
  });
  it('leaves other copies alone', () => {
    expect(lines('COPY --from=build / /rootfs/\n')).toEqual([]);
    expect(lines('ADD --chown=10001 / /\n')).toEqual([]);
    expect(lines('COPY / /\n')).toEqual([]);
  });
});
