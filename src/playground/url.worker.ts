/**
 * Compresses the playground's state for the URL (src/playground/url-state.ts) off the main thread:
 * lz-string takes hundreds of milliseconds on a 10 000-line text, which would block typing. A worker
 * of its own, so a URL update never waits behind a long lint. It keeps its own copy of the text, kept
 * current by the page's edits (doc-sync.ts). `hash: null`: too large for a link.
 */
import { applyDocMessage, type DocMessage, type SyncedDoc } from './doc-sync';
import type { UrlRequest, UrlResponse } from './protocol';
import { encodeStateForLink } from './url-state';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<UrlRequest | DocMessage>) => void) | null;
  postMessage(message: UrlResponse): void;
};

let doc: SyncedDoc = { text: '', version: 0 };

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'doc') doc = applyDocMessage(doc, message);
  else scope.postMessage({ id: message.id, hash: encodeStateForLink({ ...message.state, code: doc.text }) });
};
