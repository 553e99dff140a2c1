import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('ExposeInvalidFormat', () => {
  it('reports each host mapping or IP address', () => {
    const ds = findings('FROM alpine:3.20\nEXPOSE 8080:80 80 10.0.0.1:53:53/udp\n', 'ExposeInvalidFormat');
    expect(ds.map((d) => d.column)).toEqual([8, 19]);
    expect(ds[0].message).toContain('`80`');
  });
  it('reports IPv6 addresses', () => {
    expect(lines('FROM alpine:3.20\nEXPOSE [::1]:80:80\n', 'ExposeInvalidFormat')).toEqual([2]);
  });
  it('accepts ports, ranges and protocols', () => {
    expect(lines('FROM alpine:3.20\nEXPOSE 80 443/tcp 8000-8010 53/udp\n', 'ExposeInvalidFormat')).toEqual(
      [],
    );
  });
  it('reports on the instruction line when the port is on a continuation line', () => {
    expect(lines('FROM alpine:3.20\nEXPOSE 80 \\\n    8080:80\n', 'ExposeInvalidFormat')).toEqual([2]);
  });
});
