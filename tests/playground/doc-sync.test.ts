import { describe, expect, it } from 'vitest';
import { applyDocMessage, type SyncedDoc } from '../../src/playground/doc-sync';

describe("the workers' copy of the text (edits only)", () => {
  const doc: SyncedDoc = { text: 'FROM debian\nRUN true\n', version: 1 };

  it('applies several edits given in the coordinates of the text before them', () => {
    const next = applyDocMessage(doc, {
      type: 'doc',
      version: 2,
      edits: [
        { from: 5, to: 11, insert: 'alpine:3' },
        { from: 16, to: 20, insert: 'echo hi' },
        { from: 21, to: 21, insert: 'CMD sh\n' },
      ],
    });
    expect(next).toEqual({ text: 'FROM alpine:3\nRUN echo hi\nCMD sh\n', version: 2 });
  });

  it('replaces the whole text on a reset, then applies edits in order of messages', () => {
    let d = applyDocMessage(doc, { type: 'doc', version: 5, reset: 'FROM x\n' });
    expect(d).toEqual({ text: 'FROM x\n', version: 5 });
    d = applyDocMessage(d, { type: 'doc', version: 6, edits: [{ from: 6, to: 6, insert: 'y' }] });
    d = applyDocMessage(d, { type: 'doc', version: 7, edits: [{ from: 0, to: 4, insert: 'from' }] });
    expect(d).toEqual({ text: 'from xy\n', version: 7 });
  });
});
