/**
 * The playground (only on /playground): editor, findings, layer summary and options. The engine runs in
 * a Web Worker (src/playground/lint.worker.ts); edits are debounced and only the newest request is
 * answered, so typing never waits for a lint. State lives in the URL fragment (src/playground/url-state.ts).
 *
 * This module holds no CodeMirror: the page is rendered at build time with the starter text shown as
 * plain lines where the editor goes (same size, so nothing moves), and the editor (./Editor.ts) loads
 * once the browser is idle after the first paint; the findings of the text arrive from the worker
 * meanwhile. The first render never reads the address (the HTML was built without one): the state in
 * its fragment is applied by the back/forward effect, right after hydration.
 */

import type { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { memo, type ReactNode, type Ref, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FailureThreshold } from '../../lint/config';
import type { Diagnostic, Locale } from '../../lint/types';
import type { DocMessage } from '../../playground/doc-sync';
import type { Change } from '../../playground/fixes';
import type {
  DocsExample,
  ExamplesResponse,
  LintResponse,
  PageFixAllRequest,
  PageLintRequest,
  UrlRequest,
  UrlResponse,
  WorkerRequest,
  WorkerResponse,
} from '../../playground/protocol';
import {
  decodeState,
  encodeStateForLink,
  MAX_FRAGMENT_CHARS,
  type PlaygroundState,
} from '../../playground/url-state';
import { whenIdle } from '../../when-idle';
import styles from './styles.module.css';
import { usePlaygroundStrings } from './useStrings';

const STARTER = `FROM debian
WORKDIR app
RUN apt-get update && apt-get install -y curl
COPY . .
CMD node server.js
`;

const STARTER_STATE: PlaygroundState = {
  code: STARTER,
  threshold: null,
  ignored: [],
  configText: '',
  dockerignore: '',
};

const THRESHOLDS: FailureThreshold[] = ['error', 'warning', 'info', 'style', 'none'];

/** The findings list shows this many at first (a long list would cost a long render on each answer). */
const FINDINGS_PAGE = 100;

type EditorModule = typeof import('./Editor');

/**
 * CodeMirror's packages in the order they depend on each other. Each is loaded and run in an idle task
 * of its own before ./Editor, so no single task runs all of CodeMirror's code at once (a long task that
 * would delay a tap or a key on a slow phone).
 */
const EDITOR_STEPS: (() => Promise<unknown>)[] = [
  () => import('@codemirror/state'),
  () => import('@codemirror/view'),
  () => import('@codemirror/language'),
  () => Promise.all([import('@codemirror/lint'), import('@codemirror/commands')]),
  () => import('@codemirror/legacy-modes/mode/dockerfile'),
];

/**
 * Run `steps` one per idle task, in order; stops (resolving `false`) once `isLive()` is false. With
 * `afterFrame`, each step also waits for a frame, so the page is laid out before it (a step that reads
 * the layout then does not redo the layout of the whole page in its own task).
 */
function inIdleSteps(
  steps: readonly (() => unknown)[],
  isLive: () => boolean,
  afterFrame = false,
): Promise<boolean> {
  const wait = (done: () => void) =>
    afterFrame ? window.requestAnimationFrame(() => whenIdle(done)) : whenIdle(done);
  return steps.reduce<Promise<boolean>>(
    (previous, step) =>
      previous.then((go) =>
        go
          ? new Promise<void>((done) => wait(done)).then(() =>
              isLive() ? Promise.resolve(step()).then(() => true) : false,
            )
          : false,
      ),
    Promise.resolve(true),
  );
}

/** ./Editor, its packages loaded one idle task at a time; `null` once `isLive()` is false. */
function loadEditor(isLive: () => boolean): Promise<EditorModule | null> {
  return inIdleSteps(EDITOR_STEPS, isLive).then((go) => (go && isLive() ? import('./Editor') : null));
}

/** Debounce grows with the text: small files answer at once, a huge paste is linted once typing pauses. */
function debounceFor(length: number): number {
  if (length < 5_000) return 15;
  if (length < 20_000) return 40;
  if (length < 300_000) return 300;
  return 600;
}

/**
 * The address follows the text once typing pauses: each update re-renders the page's frame (Docusaurus
 * and its links follow the location), which on a long text should not come between two keys.
 */
function urlDelayFor(length: number): number {
  return length < 20_000 ? 250 : 1000;
}

function severityLabel(severity: string): string {
  // The same words as the findings under the docs' examples.
  switch (severity) {
    case 'error':
      return translateSeverity('dockerfileExample.severity.error', 'erro');
    case 'warning':
      return translateSeverity('dockerfileExample.severity.warning', 'aviso');
    case 'info':
      return translateSeverity('dockerfileExample.severity.info', 'informação');
    default:
      return translateSeverity('dockerfileExample.severity.style', 'estilo');
  }
}

function translateSeverity(id: string, message: string): string {
  return translate({ id, message });
}

function MessageText({ text }: { text: string }): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
    i % 2 === 1 ? <code key={i}>{part.slice(1, -1)}</code> : part,
  );
}

function splitIds(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

export default function Playground(): ReactNode {
  const s = usePlaygroundStrings();
  const { i18n } = useDocusaurusContext();
  const locale: Locale = i18n.currentLocale === 'en' ? 'en' : 'pt-BR';
  const location = useLocation();
  const history = useHistory();

  // The starter text, as in the HTML built; a link's state is applied by the back/forward effect.
  const initial = STARTER_STATE;
  /** The text the stand-in shows until the editor is there (the editor's text is never React state). */
  const [shownCode, setShownCode] = useState(initial.code);
  const [threshold, setThreshold] = useState<FailureThreshold | null>(initial.threshold);
  const [ignoredText, setIgnoredText] = useState(initial.ignored.join(', '));
  const [configText, setConfigText] = useState(initial.configText);
  const [dockerignore, setDockerignore] = useState(initial.dockerignore);
  const [result, setResult] = useState<LintResponse | null>(null);
  const [examples, setExamples] = useState<ExamplesResponse | null>(null);
  const [docsExamples, setDocsExamples] = useState<DocsExample[]>([]);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const [copied, setCopied] = useState(false);
  const [textCopied, setTextCopied] = useState(false);
  /** The state is too large for a link (url-state.ts): offer a copy or a download instead. */
  const [tooLarge, setTooLarge] = useState(false);
  /** The text changed since the findings shown were computed (fixes would land in the wrong place). */
  const [stale, setStale] = useState(true);
  const [fixNote, setFixNote] = useState<string | null>(null);
  /** CodeMirror is loaded and shows the text (until then, plain lines stand in for it). */
  const [editorReady, setEditorReady] = useState(false);

  const editorParent = useRef<HTMLDivElement>(null);
  const standIn = useRef<HTMLPreElement>(null);
  const view = useRef<EditorView | null>(null);
  const cm = useRef<EditorModule | null>(null);
  /** The text before the editor exists; after, the editor's document is the text. */
  const textRef = useRef(initial.code);
  /** Version of the text (each change adds one); the workers' copies follow it (doc-sync.ts). */
  const version = useRef(1);
  const textLength = useRef(initial.code.length);
  const resultRef = useRef<LintResponse | null>(null);
  const worker = useRef<Worker | null>(null);
  const urlWorker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const busy = useRef(false);
  const queued = useRef<PageLintRequest | null>(null);
  const lastHash = useRef<string>('');
  const fixAllId = useRef(0);
  const strings = useRef(s);
  strings.current = s;
  const ignored = useMemo(() => splitIds(ignoredText), [ignoredText]);
  const options = { configText, ignored, threshold, dockerignore };
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const currentText = useCallback(() => view.current?.state.doc.toString() ?? textRef.current, []);

  /** Apply one finding's fix, if the editor still holds the text it was computed for. */
  const applyFix = useCallback((d: Diagnostic) => {
    const v = view.current;
    const m = cm.current;
    if (!v || !m) return;
    const changes = resultRef.current?.version === version.current ? m.fixChanges(v, d) : null;
    if (changes && m.applyEdit(v, changes)) setFixNote(strings.current.fixed(1));
    else setFixNote(strings.current.fixStale());
  }, []);

  const send = useCallback((request: WorkerRequest) => worker.current?.postMessage(request), []);
  /** Both workers' copies of the text follow every change. */
  const sendDoc = useCallback((message: DocMessage) => {
    worker.current?.postMessage(message);
    urlWorker.current?.postMessage(message);
  }, []);

  // The worker: created once; at most one lint waits, and an answer older than the one shown is dropped.
  useEffect(() => {
    let w: Worker;
    try {
      w = new Worker(new URL('../../playground/lint.worker.ts', import.meta.url));
    } catch {
      setFailed(true);
      return;
    }
    worker.current = w;
    w.postMessage({ type: 'doc', version: version.current, reset: currentText() } satisfies DocMessage);
    w.onerror = () => setFailed(true);
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const answer = event.data;
      if (answer.type === 'examples') {
        setExamples(answer);
        return;
      }
      if (answer.type === 'fixAll') {
        const v = view.current;
        if (answer.id !== fixAllId.current || !v) return;
        // Typed meanwhile: the fix is about an older version; do nothing rather than undo typing.
        if (answer.version !== version.current) {
          setFixNote(strings.current.fixStale());
          return;
        }
        if (answer.change) cm.current?.applyEdit(v, [answer.change]);
        setFixNote(strings.current.fixed(answer.applied));
        return;
      }
      busy.current = false;
      if (queued.current) {
        const next = queued.current;
        queued.current = null;
        busy.current = true;
        w.postMessage(next);
      }
      // An answer newer than the one shown is shown, even if the text changed since (a newer lint is
      // then queued, and fixes wait for it): after a large paste, typing on must not hide the findings.
      if (answer.id <= (resultRef.current?.id ?? 0)) return;
      setPending(answer.id !== lastId.current);
      setResult(answer);
      resultRef.current = answer;
      setStale(answer.version !== version.current);
      if (view.current && cm.current)
        cm.current.showDiagnostics(view.current, answer.diagnostics, {
          label: strings.current.fixAction(),
          apply: applyFix,
        });
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [applyFix, currentText]);

  // Lint, debounced (the debounce grows with the text).
  const lintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const scheduleLint = useCallback(() => {
    setPending(true);
    clearTimeout(lintTimer.current);
    lintTimer.current = setTimeout(() => {
      lastId.current += 1;
      const request: PageLintRequest = { type: 'lint', id: lastId.current, locale, ...optionsRef.current };
      if (busy.current) queued.current = request;
      else {
        busy.current = true;
        send(request);
      }
    }, debounceFor(textLength.current));
  }, [locale, send]);

  // The URL follows the state (replace while typing; a new example is a new history entry). The
  // state is compressed in a worker of its own: on a large text lz-string would block typing.
  const pushNext = useRef(false);
  const urlId = useRef(0);
  /** `null`: too large for a link; the address then drops its fragment (it would show an older text). */
  const applyHash = useCallback(
    (link: string | null) => {
      setTooLarge(link === null);
      const hash = link ?? '';
      if (hash === lastHash.current) return;
      lastHash.current = hash;
      const to = { pathname: location.pathname, search: location.search, hash: hash ? `#${hash}` : '' };
      if (pushNext.current) history.push(to);
      else history.replace(to);
      pushNext.current = false;
    },
    [history, location.pathname, location.search],
  );
  const applyHashRef = useRef(applyHash);
  applyHashRef.current = applyHash;
  useEffect(() => {
    let w: Worker;
    try {
      w = new Worker(new URL('../../playground/url.worker.ts', import.meta.url));
    } catch {
      return; // compressed on the main thread instead
    }
    urlWorker.current = w;
    w.postMessage({ type: 'doc', version: version.current, reset: currentText() } satisfies DocMessage);
    w.onmessage = (event: MessageEvent<UrlResponse>) => {
      if (event.data.id === urlId.current) applyHashRef.current(event.data.hash);
    };
    return () => {
      w.terminate();
      urlWorker.current = null;
    };
  }, [currentText]);
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const scheduleUrl = useCallback(() => {
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(() => {
      urlId.current += 1;
      const state = optionsRef.current;
      // The starter, untouched, keeps the bare address (also: no page update right after it loads).
      const isStarter =
        textLength.current === STARTER.length &&
        state.threshold === null &&
        state.ignored.length === 0 &&
        state.configText === '' &&
        state.dockerignore === '' &&
        currentText() === STARTER;
      if (isStarter) applyHashRef.current('');
      else if (urlWorker.current)
        urlWorker.current.postMessage({ type: 'url', id: urlId.current, state } satisfies UrlRequest);
      else applyHashRef.current(encodeStateForLink({ ...state, code: currentText() }));
    }, urlDelayFor(textLength.current));
  }, [currentText]);

  /** Every change of the text: the workers get the edits, a lint and a URL update are scheduled. */
  const onEdits = useCallback(
    (edits: Change[], length: number) => {
      version.current += 1;
      textLength.current = length;
      sendDoc({ type: 'doc', version: version.current, edits });
      // Set once per answer: React skips the render when the value does not change.
      setStale(true);
      setFixNote(null);
      scheduleLint();
      scheduleUrl();
    },
    [sendDoc, scheduleLint, scheduleUrl],
  );

  /** Replace the whole text (a link, an example): through the editor once it exists. */
  const loadText = useCallback(
    (text: string) => {
      if (view.current && cm.current) {
        cm.current.replaceText(view.current, text);
        return;
      }
      textRef.current = text;
      setShownCode(text);
      version.current += 1;
      textLength.current = text.length;
      sendDoc({ type: 'doc', version: version.current, reset: text });
      setStale(true);
      scheduleLint();
      scheduleUrl();
    },
    [sendDoc, scheduleLint, scheduleUrl],
  );

  // The options: a lint and a URL update (also the first ones, on mount).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the options are read through optionsRef
  useEffect(() => {
    scheduleLint();
    scheduleUrl();
  }, [configText, ignored, threshold, dockerignore, scheduleLint, scheduleUrl]);
  useEffect(
    () => () => {
      clearTimeout(lintTimer.current);
      clearTimeout(urlTimer.current);
    },
    [],
  );

  // The editor: CodeMirror's chunk is fetched when the page is idle after the first paint, and the
  // editor is built in idle tasks of its own (state, view outside the page, then the swap, then the
  // findings), so that none is a long task on a slow phone; it takes the place of the plain lines, at
  // the same size. Until the swap the text can only change as a whole (loadText), never by typing.
  useEffect(() => {
    let live = true;
    const isLive = () => live;
    let built: EditorView | null = null;
    const cancelLoad = whenIdle(() => {
      loadEditor(isLive).then(
        (m) => {
          if (!m) return;
          let state: EditorState;
          let stateText = '';
          const label = strings.current.editorLabel();
          void inIdleSteps(
            [
              () => {
                stateText = textRef.current;
                state = m.createState(stateText, label, onEdits);
              },
              () => {
                built = m.createView(state);
              },
              () => {
                const parent = editorParent.current;
                if (!parent || !built) return;
                // A link or an example replaced the text meanwhile: a new state, not an edit (the
                // workers already have that text).
                if (textRef.current !== stateText)
                  built.setState(m.createState(textRef.current, label, onEdits));
                parent.appendChild(built.dom);
                if (standIn.current) standIn.current.hidden = true;
                built.requestMeasure();
                cm.current = m;
                view.current = built;
              },
              () => {
                const v = view.current;
                const shown = resultRef.current;
                if (v && shown && shown.version === version.current)
                  m.showDiagnostics(v, shown.diagnostics, {
                    label: strings.current.fixAction(),
                    apply: applyFix,
                  });
                setEditorReady(true);
              },
            ],
            isLive,
            true,
          );
        },
        () => live && setFailed(true),
      );
    });
    return () => {
      live = false;
      cancelLoad();
      if (view.current) textRef.current = view.current.state.doc.toString();
      (view.current ?? built)?.destroy();
      view.current = null;
    };
  }, [applyFix, onEdits]);

  // The examples menu, once the editor is there: the rule examples (from the worker) and the docs'
  // snippets (a chunk of their own, generated at build time). Neither is needed for the first paint.
  useEffect(() => {
    if (!editorReady) return;
    let live = true;
    const cancel = whenIdle(() => {
      worker.current?.postMessage({ type: 'examples', locale } satisfies WorkerRequest);
      import('@generated/camadas-playground-examples/default/docs-examples.json').then(
        (m) => live && setDocsExamples(m.default),
        () => undefined, // the menu keeps the rule examples
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [editorReady, locale]);

  // Back/forward (and a link opened): the URL wins.
  useEffect(() => {
    const hash = location.hash.replace(/^#/, '');
    if (hash === lastHash.current) return;
    const state = decodeState(hash);
    if (!state) return;
    lastHash.current = hash;
    setThreshold(state.threshold);
    setIgnoredText(state.ignored.join(', '));
    setConfigText(state.configText);
    setDockerignore(state.dockerignore);
    loadText(state.code);
  }, [location.hash, loadText]);

  /** `r<i>`: the i-th rule example (with its configuration); `d<i>`: the i-th docs snippet. */
  const openExample = (value: string) => {
    const index = Number(value.slice(1));
    const example =
      value[0] === 'r'
        ? examples?.examples[index]
        : docsExamples[index] && { code: docsExamples[index].code, configText: '', dockerignore: '' };
    if (!example) return;
    pushNext.current = true;
    setConfigText(example.configText);
    setDockerignore(example.dockerignore);
    setIgnoredText('');
    setThreshold(null);
    loadText(example.code);
  };

  // Stable callbacks, so typing does not re-render the menu and the findings (memoized below).
  const openExampleRef = useRef(openExample);
  openExampleRef.current = openExample;
  const onOpenExample = useCallback((value: string) => openExampleRef.current(value), []);
  const goTo = useCallback((d: Diagnostic) => {
    if (view.current) cm.current?.moveCursor(view.current, d.line, d.column);
  }, []);

  const copyLink = () => {
    void navigator.clipboard?.writeText(window.location.href).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  const copyText = () => {
    void navigator.clipboard?.writeText(currentText()).then(
      () => setTextCopied(true),
      () => setTextCopied(false),
    );
  };

  const download = () => {
    // octet-stream: with text/plain, Chromium would save it as Dockerfile.txt
    const blob = new Blob([currentText()], { type: 'application/octet-stream' });
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = 'Dockerfile';
    a.click();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  };

  const fixAll = () => {
    if (!view.current) return;
    fixAllId.current += 1;
    send({ type: 'fixAll', id: fixAllId.current, locale, ...optionsRef.current } satisfies PageFixAllRequest);
  };
  const known = examples ? new Set(examples.ruleIds) : null;
  // Fixes need the editor, and findings about the text it holds.
  const current = editorReady && result !== null && !stale;
  const fixable = result ? result.diagnostics.filter((d) => d.fix).length : 0;
  const unknown = known ? ignored.filter((id) => !known.has(id)) : [];
  const effectiveThreshold = result?.threshold ?? 'info';

  if (failed) return <p className={styles.error}>{s.loadError()}</p>;

  return (
    <div
      className={styles.playground}
      data-playground-ready={result && editorReady ? 'true' : 'false'}
      data-lint-id={result?.id ?? 0}
      data-lint-ms={result ? Math.round(result.ms) : undefined}
    >
      <div className={styles.toolbar}>
        <ExamplesMenu examples={examples} docsExamples={docsExamples} onOpen={onOpenExample} />
        {tooLarge ? (
          <>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={copyText}
              data-testid="copy-text"
            >
              {textCopied ? s.textCopied() : s.copyText()}
            </button>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={download}
              data-testid="download"
            >
              {s.download()}
            </button>
            <span className={styles.hint} data-testid="too-large">
              {s.tooLarge(MAX_FRAGMENT_CHARS)}
            </span>
          </>
        ) : (
          <>
            <button type="button" className="button button--secondary button--sm" onClick={copyLink}>
              {copied ? s.shared() : s.share()}
            </button>
            <span className={styles.hint}>{s.shareHint()}</span>
          </>
        )}
      </div>

      <div className={styles.columns}>
        <div className={styles.editorColumn}>
          <div ref={editorParent} className={styles.editor} data-testid="editor" />
          {editorReady ? null : <StandIn ref={standIn} code={shownCode} />}
          <section className={styles.panel} aria-labelledby="pg-summary">
            <h2 id="pg-summary" className={styles.panelTitle}>
              {s.summary()}
            </h2>
            {result ? <Summary result={result} /> : <p>{s.loading()}</p>}
          </section>
        </div>

        <div className={styles.sideColumn}>
          <section className={styles.panel} aria-labelledby="pg-findings">
            <h2 id="pg-findings" className={styles.panelTitle}>
              {s.findings()}{' '}
              <span className={styles.status} aria-live="polite" data-testid="findings-status">
                {result ? s.count(result.diagnostics.length) : ''}
                {pending ? ` · ${s.linting()}` : ''}
              </span>
            </h2>
            {result ? (
              <p className={result.fails ? styles.fails : styles.passes} data-testid="verdict">
                <MessageText
                  text={result.fails ? s.fails(effectiveThreshold) : s.passes(effectiveThreshold)}
                />
              </p>
            ) : null}
            {result && result.diagnostics.length === 0 ? <p>{s.noFindings()}</p> : null}
            {result && result.diagnostics.length > 0 ? (
              <div className={styles.fixBar}>
                {fixable > 0 ? (
                  <button
                    type="button"
                    className="button button--primary button--sm"
                    onClick={fixAll}
                    disabled={!current}
                    title={current ? s.fixAllTitle() : s.fixStale()}
                    data-testid="fix-all"
                  >
                    {s.fixAll(fixable)}
                  </button>
                ) : (
                  <span className={styles.hint}>{s.fixesNone()}</span>
                )}
              </div>
            ) : null}
            {fixNote ? (
              <p className={styles.hint} role="status" data-testid="fix-note">
                {fixNote}
              </p>
            ) : null}
            {result ? (
              <Findings diagnostics={result.diagnostics} onGo={goTo} onFix={current ? applyFix : null} />
            ) : (
              <p>{s.loading()}</p>
            )}
          </section>

          <section className={styles.panel} aria-labelledby="pg-options">
            <h2 id="pg-options" className={styles.panelTitle}>
              {s.options()}
            </h2>
            <label className={styles.field}>
              <span>{s.threshold()}</span>
              <select
                value={threshold ?? ''}
                onChange={(event) => setThreshold((event.target.value || null) as FailureThreshold | null)}
                data-testid="threshold"
              >
                <option value="">{s.thresholdDefault()}</option>
                {THRESHOLDS.map((t) => (
                  <option key={t} value={t}>
                    {t === 'none' ? s.thresholdNone() : `${t} (${severityLabel(t)})`}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.field}>
              <span>{s.ignored()}</span>
              <input
                type="text"
                value={ignoredText}
                onChange={(event) => setIgnoredText(event.target.value)}
                placeholder={s.ignoredHint()}
                spellCheck={false}
                data-testid="ignored"
              />
            </label>
            {unknown.length > 0 ? <p className={styles.warning}>{s.unknownIds(unknown.join(', '))}</p> : null}
            <label className={styles.field}>
              <span>
                <code>{s.config()}</code>
              </span>
              <textarea
                value={configText}
                onChange={(event) => setConfigText(event.target.value)}
                rows={5}
                spellCheck={false}
                placeholder={'ignored:\n  - DL3008\nfailure-threshold: warning'}
                data-testid="config"
              />
            </label>
            {result && result.configDiagnostics.length > 0 ? (
              <div className={styles.warning} data-testid="config-problems">
                {s.configProblems()}
                <ul>
                  {result.configDiagnostics.map((d) => (
                    <li key={`${d.line}-${d.column}-${d.message}`}>
                      {s.lineColumn(d.line, d.column)}: {d.message}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <label className={styles.field}>
              <span>{s.dockerignore()}</span>
              <textarea
                value={dockerignore}
                onChange={(event) => setDockerignore(event.target.value)}
                rows={3}
                spellCheck={false}
                placeholder={'node_modules\n.git\n*.env'}
                data-testid="dockerignore"
              />
            </label>
          </section>
        </div>
      </div>
    </div>
  );
}

/** Memoized: typing re-renders the page, and the list only changes with a new answer. */
const Findings = memo(function Findings({
  diagnostics,
  onGo,
  onFix,
}: {
  diagnostics: Diagnostic[];
  onGo: (d: Diagnostic) => void;
  /** `null` while the findings are about an older text (a fix would land in the wrong place). */
  onFix: ((d: Diagnostic) => void) | null;
}): ReactNode {
  const s = usePlaygroundStrings();
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const more = Math.min(diagnostics.length - limit, FINDINGS_PAGE);
  return (
    <>
      <ul className={styles.findings} data-testid="findings">
        {diagnostics.slice(0, limit).map((d) => (
          <li key={`${d.rule}-${d.line}-${d.column}-${d.message}`} className={styles[`sev-${d.severity}`]}>
            <Link to={`/docs/rules/${d.rule}`} className={styles.rule}>
              <code>{d.rule}</code>
            </Link>{' '}
            <span className={styles.severity}>{severityLabel(d.severity)}</span>{' '}
            <button
              type="button"
              className={styles.where}
              onClick={() => onGo(d)}
              data-testid="go"
              // the visible text starts the accessible name (WCAG 2.5.3 label in name)
              aria-label={`${d.line}:${d.column}, ${s.goTo(d.line, d.column)}`}
              title={s.goTo(d.line, d.column)}
            >
              {d.line}:{d.column}
            </button>
            {d.fix ? (
              <>
                {' '}
                <button
                  type="button"
                  className={styles.fix}
                  onClick={() => onFix?.(d)}
                  disabled={!onFix}
                  title={onFix ? s.fixTitle(d.rule, d.line, d.column) : s.fixStale()}
                  aria-label={`${s.fix()}: ${s.fixTitle(d.rule, d.line, d.column)}`}
                  data-testid="fix"
                >
                  {s.fix()}
                </button>
              </>
            ) : null}
            <div className={styles.message}>
              <MessageText text={d.message} />
            </div>
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => setLimit((n) => n + FINDINGS_PAGE)}
          data-testid="more-findings"
        >
          {s.moreFindings(more, diagnostics.length)}
        </button>
      ) : null}
    </>
  );
});

const Summary = memo(function Summary({ result }: { result: LintResponse }): ReactNode {
  const s = usePlaygroundStrings();
  const sm = result.summary;
  return (
    <div data-testid="summary">
      {sm.fragment ? <p>{s.fragment()}</p> : null}
      <p>{s.summaryTotals(sm.layers, sm.metadata)}</p>
      {sm.stages.length > 0 ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th>{s.stage()}</th>
              <th>{s.base()}</th>
              <th>{s.line()}</th>
              <th>{s.layers()}</th>
              <th>{s.metadata()}</th>
            </tr>
          </thead>
          <tbody>
            {sm.stages.map((st) => (
              <tr key={st.index}>
                <td>
                  {st.index}
                  {st.name ? ` (${st.name})` : ''}
                </td>
                <td>
                  <code>{st.base ?? '—'}</code>
                </td>
                <td>{st.line}</td>
                <td>{st.layers}</td>
                <td>{st.metadata}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
});

/** The examples menu: the rule examples (from the worker) and the docs' snippets (build-time list). */
const ExamplesMenu = memo(function ExamplesMenu({
  examples,
  docsExamples,
  onOpen,
}: {
  examples: ExamplesResponse | null;
  docsExamples: DocsExample[];
  onOpen: (value: string) => void;
}): ReactNode {
  const s = usePlaygroundStrings();
  return (
    <label className={styles.field}>
      <span>{s.examples()}</span>
      <select
        value=""
        onChange={(event) => onOpen(event.target.value)}
        // Never disabled while the examples load: enabling a select that holds 270-odd options makes
        // Chromium re-check every option's style (a 120-160 ms task under Lighthouse's tracing).
        data-testid="examples"
      >
        <option value="">{examples ? s.examplesPlaceholder() : s.examplesLoading()}</option>
        <optgroup label={s.examplesRules()}>
          {examples?.examples.map((e, i) => (
            <option key={`${e.rule}-${e.title}`} value={`r${i}`}>
              {e.rule} — {e.title}
            </option>
          ))}
        </optgroup>
        {docsExamples.length > 0 ? (
          <optgroup label={s.examplesDocs()}>
            {docsExamples.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, built once per build
              <option key={`${e.permalink}-${i}`} value={`d${i}`}>
                {e.page}
                {e.heading ? ` — ${e.heading}` : ''}
                {e.bad ? ` (${s.examplesBad()})` : ''}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </label>
  );
});

/** Lines the stand-in shows: more than the editor's 70vh could, never the whole of a huge text. */
const STAND_IN_LINES = 80;

/**
 * The text as plain lines, in the editor's place and size (font, line height, gutter, borders) until
 * CodeMirror is there: part of the HTML built, so the page paints at once and nothing moves later.
 */
function StandIn({ code, ref }: { code: string; ref: Ref<HTMLPreElement> }): ReactNode {
  const lines = code.split('\n', STAND_IN_LINES);
  return (
    <pre ref={ref} className={styles.standIn} data-testid="editor-stand-in">
      <span className={styles.standInGutter} aria-hidden="true">
        {lines.map((_, i) => i + 1).join('\n')}
      </span>
      <code className={styles.standInCode}>{lines.join('\n')}</code>
    </pre>
  );
}
