/**
 * The page keeps its workers' copy of the Dockerfile up to date with the edits only, not the whole text
 * on every keystroke: copying a 10 000-line text into a message costs the main thread tens of
 * milliseconds, an edit a few bytes. Each message carries the version it makes; the workers answer
 * with the version they used, so the page knows whether findings are about the text on screen.
 */
import type { Change } from './fixes';

/** To a worker: the text is now `reset`, or the old text with `edits` applied. */
export interface DocMessage {
  type: 'doc';
  version: number;
  reset?: string;
  /** Non-overlapping, in ascending order, in the coordinates of the text before the message. */
  edits?: Change[];
}

/** A worker's copy of the text. */
export interface SyncedDoc {
  text: string;
  version: number;
}

/** The text after the message (edits applied from the last, so earlier offsets stay valid). */
export function applyDocMessage(doc: SyncedDoc, message: DocMessage): SyncedDoc {
  let text = message.reset ?? doc.text;
  const edits = message.edits ?? [];
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i];
    text = text.slice(0, e.from) + e.insert + text.slice(e.to);
  }
  return { text, version: message.version };
}
