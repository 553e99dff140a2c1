/**
 * Messages between the playground page and its lint Web Worker (src/playground/lint.worker.ts).
 * Types only: the page imports nothing of the engine, so mvdan-sh and the rules stay in the worker chunk.
 */
import type { FailureThreshold } from '../lint/config';
import type { SnippetSummary } from '../lint/summary';
import type { Diagnostic, Locale } from '../lint/types';
import type { DocMessage } from './doc-sync';
import type { Change } from './fixes';
import type { PlaygroundState } from './url-state';

export interface LintRequest {
  type: 'lint';
  /** Increases with every request; the page ignores answers to older ones. */
  id: number;
  locale: Locale;
  code: string;
  /** Text of the `.hadolint.yaml` box (parsed with the CLI's parser). */
  configText: string;
  /** Rule ids to ignore, on top of the configuration's `ignored`. */
  ignored: string[];
  /** `null`: the configuration's (or the default, `info`). */
  threshold: FailureThreshold | null;
  dockerignore: string;
}

export interface ExamplesRequest {
  type: 'examples';
  locale: Locale;
}

/** Apply every safe fix (a few rounds of lint → apply), with the same options as a lint. */
export interface FixAllRequest extends Omit<LintRequest, 'type'> {
  type: 'fixAll';
}

/**
 * What the page sends: the text itself travels as `doc` messages (edits, src/playground/doc-sync.ts);
 * a lint or a fix-all is about the worker's copy of it at the time it is handled.
 */
export type PageLintRequest = Omit<LintRequest, 'code'>;
export type PageFixAllRequest = Omit<FixAllRequest, 'code'>;
export type WorkerRequest = DocMessage | PageLintRequest | ExamplesRequest | PageFixAllRequest;

export interface LintResponse {
  type: 'lint';
  id: number;
  /** The engine's findings; a finding with a safe fix carries it (`fix.edits`, diagnostic coordinates). */
  diagnostics: Diagnostic[];
  /** Problems of the `.hadolint.yaml` box (CAM901), positioned in that box. */
  configDiagnostics: Diagnostic[];
  /** The layer summary without its per-instruction list (one entry per line: costly to send, unused). */
  summary: Omit<SnippetSummary, 'instructions'>;
  threshold: FailureThreshold;
  /** Would `camadas lint` exit non-zero on this text with these options? */
  fails: boolean;
  /** Time spent linting in the worker, in milliseconds. */
  ms: number;
  /** The version of the text linted (doc-sync.ts); set by the worker. */
  version: number;
}

export interface PlaygroundExample {
  /** Rule id. */
  rule: string;
  title: string;
  code: string;
  /** The rule's `examplesConfig` as YAML, when it needs one. */
  configText: string;
  dockerignore: string;
}

/** A linted Dockerfile snippet of a docs page (plugins/playground-examples, generated at build time). */
export interface DocsExample {
  /** Title of the page. */
  page: string;
  /** The heading above the snippet ('' when none). */
  heading: string;
  permalink: string;
  code: string;
  /** A deliberately bad example (`expect="…"`): its findings are the point. */
  bad: boolean;
}

export interface ExamplesResponse {
  type: 'examples';
  examples: PlaygroundExample[];
  /** Every id the engine knows (rules and aliases), for the ignore box. */
  ruleIds: string[];
}

export interface FixAllResponse {
  type: 'fixAll';
  id: number;
  /** The text with the fixes applied. */
  text: string;
  /** Fixes applied, over all rounds. */
  applied: number;
}

/** What the worker sends back for a fix-all: one edit of the text of `version` (null: nothing to do). */
export interface PageFixAllResponse {
  type: 'fixAll';
  id: number;
  change: Change | null;
  applied: number;
  version: number;
}

export type WorkerResponse = LintResponse | ExamplesResponse | PageFixAllResponse;

/** To the URL worker (src/playground/url.worker.ts): compress this state (its copy of the text) for the fragment. */
export interface UrlRequest {
  type: 'url';
  id: number;
  state: Omit<PlaygroundState, 'code'>;
}

export interface UrlResponse {
  id: number;
  /** `p=<lz-string>` (see url-state.ts), or `null` when the state is too large for a link. */
  hash: string | null;
}
