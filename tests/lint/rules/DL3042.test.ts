import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3042';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at `pip install`', () => {
    expect(at('RUN pip3 install flask==3.0.3\n')).toEqual([[1, 5, 17]]);
  });

  it('finds python -m pip and skips pipx / pipenv / other pip commands', () => {
    expect(at('RUN python3.12 -m pip install flask==3.0.3\n')).toHaveLength(1);
    expect(at('RUN pipx install black && pipenv install && pip freeze\n')).toEqual([]);
  });

  it('honours PIP_NO_CACHE_DIR from ARG/ENV (latest value) and exported in the RUN', () => {
    expect(at('ARG PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n')).toEqual([]);
    expect(at('ENV PIP_NO_CACHE_DIR=1\nENV PIP_NO_CACHE_DIR=0\nRUN pip install flask==3.0.3\n')).toHaveLength(
      1,
    );
    expect(at('RUN export PIP_NO_CACHE_DIR=yes; pip install flask==3.0.3\n')).toEqual([]);
    expect(at('RUN PIP_NO_CACHE_DIR=1 && pip install flask==3.0.3\n')).toHaveLength(1);
  });

  it('accepts a cache mount on the pip cache of any user', () => {
    expect(at('RUN --mount=type=cache,target=/home/app/.cache/pip pip install flask==3.0.3\n')).toEqual([]);
  });
});
