/**
 * Compresses the playground's state for the URL (src/playground/url-state.ts) off the main thread:
 * lz-string takes hundreds of milliseconds on a 10 000-line text, which would block typing. A worker
 * of its own, so a URL update never waits behind a long lint. `hash: null`: too large for a link.
 */
import type { UrlRequest, UrlResponse } from './protocol';
import { encodeStateForLink } from './url-state';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<UrlRequest>) => void) | null;
  postMessage(message: UrlResponse): void;
};

scope.onmessage = (event) => {
  scope.postMessage({ id: event.data.id, hash: encodeStateForLink(event.data.state) });
};
