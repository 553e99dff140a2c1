import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('ExposeProtoCasing', () => {
  it('reports each port with an uppercase protocol, on the port', () => {
    const ds = findings('FROM alpine:3.20\nEXPOSE 80/TCP 53/udp 53/Udp\n', 'ExposeProtoCasing');
    expect(ds.map((d) => [d.line, d.column, d.endColumn])).toEqual([
      [2, 8, 14],
      [2, 22, 28],
    ]);
    expect(ds[0].message).toContain('80/tcp');
  });
  it('ignores ports without a protocol and unknown protocols (a build error)', () => {
    expect(lines('FROM alpine:3.20\nEXPOSE 80 90/XYZ\n', 'ExposeProtoCasing')).toEqual([]);
  });
  it('expands variables of known value and skips unknown ones', () => {
    expect(lines('FROM alpine:3.20\nARG P=80/TCP\nEXPOSE $P $UNKNOWN\n', 'ExposeProtoCasing')).toEqual([3]);
  });
  it('checks ranges', () => {
    expect(lines('FROM alpine:3.20\nEXPOSE 8000-8010/SCTP\n', 'ExposeProtoCasing')).toEqual([2]);
  });
});
