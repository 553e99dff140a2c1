import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3013');

describe('DL3013', () => {
  it('points at the first unpinned package and lists the others', () => {
    const d = hits('RUN pip install --no-cache-dir flask==3.0.3 requests celery\n');
    expect(d).toHaveLength(1);
    expect(d[0].column).toBe(45);
    expect(d[0].message).toContain('(+ celery)');
  });
  it('recognises pip variants and python -m pip', () => {
    expect(hits('RUN pip3.12 install x\n')).toHaveLength(1);
    expect(hits('RUN /usr/bin/python3 -m pip install x\n')).toHaveLength(1);
    expect(hits('RUN python3 -m venv /v && /v/bin/pip install x\n')).toHaveLength(1);
    expect(hits('RUN python3 setup.py install\n')).toEqual([]);
    expect(hits('RUN pip download x\n')).toEqual([]);
  });
  it('skips requirement and constraint files, in any spelling', () => {
    expect(hits('RUN pip install -rrequirements.txt x\n')).toEqual([]);
    expect(hits('RUN pip install -Ur requirements.txt\n')).toEqual([]);
    expect(hits('RUN pip install --constraint=c.txt x\n')).toEqual([]);
    expect(hits('RUN pip install -e ./lib x\n')).toHaveLength(1);
  });
  it('does not take option values for packages', () => {
    expect(hits('RUN pip install --cache-dir /tmp/c --timeout 60 x==1\n')).toEqual([]);
  });
  it('needs a ref after the path of a VCS URL', () => {
    expect(hits('RUN pip install git+ssh://git@example.com/org/repo.git\n')).toHaveLength(1);
    expect(hits('RUN pip install git+ssh://git@example.com/org/repo.git@v1#egg=repo\n')).toEqual([]);
  });
  it('does not judge packages coming from variables', () => {
    expect(hits('RUN pip install "$PKG"\n')).toEqual([]);
  });
});
