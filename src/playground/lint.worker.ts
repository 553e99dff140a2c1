/**
 * The playground's lint Web Worker: the engine (with mvdan-sh and yaml) lives only in this chunk, so
 * typing never waits for a lint and no other page loads it. Nothing leaves the browser. It keeps its
 * own copy of the text, kept current by the page's edits (doc-sync.ts).
 */
import { applyDocMessage, type SyncedDoc } from './doc-sync';
import { diffChange } from './fixes';
import { listExamples, runFixAll, runLint } from './lint-core';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

let doc: SyncedDoc = { text: '', version: 0 };

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'doc') doc = applyDocMessage(doc, request);
  else if (request.type === 'lint')
    scope.postMessage({
      ...runLint({ ...request, code: doc.text }, () => performance.now()),
      version: doc.version,
    });
  else if (request.type === 'fixAll') {
    const result = runFixAll({ ...request, code: doc.text });
    scope.postMessage({
      type: 'fixAll',
      id: request.id,
      change: diffChange(doc.text, result.text),
      applied: result.applied,
      version: doc.version,
    });
  } else if (request.type === 'examples') scope.postMessage(listExamples(request.locale));
};
