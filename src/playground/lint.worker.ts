/**
 * The playground's lint Web Worker: the engine (with mvdan-sh and yaml) lives only in this chunk, so
 * typing never waits for a lint and no other page loads it. Nothing leaves the browser.
 */
import { listExamples, runFixAll, runLint } from './lint-core';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'lint') scope.postMessage(runLint(request, () => performance.now()));
  else if (request.type === 'fixAll') scope.postMessage(runFixAll(request));
  else if (request.type === 'examples') scope.postMessage(listExamples(request.locale));
};
