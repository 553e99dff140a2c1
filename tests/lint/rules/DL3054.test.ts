import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (value: string) =>
  lint(`LABEL lic="${value}"\n`, { locale: 'en', config: { 'label-schema': { lic: 'spdx' } } }).filter(
    (d) => d.rule === 'DL3054',
  );

describe('DL3054', () => {
  it('accepts ids case-insensitively and SPDX expressions', () => {
    for (const v of [
      'MIT',
      'mit',
      'Apache-2.0 OR MIT',
      '(MIT AND BSD-3-Clause) OR GPL-2.0-or-later',
      'GPL-2.0-only WITH Classpath-exception-2.0',
      'LicenseRef-acme',
      'GPL-2.0+',
    ])
      expect(hits(v), v).toEqual([]);
  });
  it('rejects free-form names and broken expressions', () => {
    for (const v of ['Apache 2', 'GPL', 'MIT OR', '(MIT', '']) expect(hits(v), v).toHaveLength(1);
  });
});
