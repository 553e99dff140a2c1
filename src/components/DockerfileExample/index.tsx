/**
 * Wraps every Dockerfile code block of the docs (inserted by plugins/remark-dockerfile-lint): a bad
 * example is labelled and followed by its findings, each linking to its rule page; a clean snippet
 * gets a discreet "verified" line with the layer facts computed from it. Every one has an "Open in
 * playground" button: the code is read from the rendered block on click and the URL state module
 * (lz-string) is loaded only then, so docs pages carry no playground code.
 */
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { type ReactNode, type RefObject, useRef } from 'react';
import type { ExampleData } from '../../snippets/lint-tree';
import { CrossIcon, SuppressedIcon } from '../Icons';
import styles from './styles.module.css';

interface Props {
  data: string;
  children: ReactNode;
}

function parse(data: string): ExampleData | null {
  try {
    return JSON.parse(data) as ExampleData;
  } catch {
    return null;
  }
}

/** Messages quote code in backquotes (`debian:12`); show those parts as code. */
function MessageText({ text }: { text: string }): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
    i % 2 === 1 ? <code key={i}>{part.slice(1, -1)}</code> : part,
  );
}

function severityLabel(severity: string): string {
  switch (severity) {
    case 'error':
      return translate({ id: 'dockerfileExample.severity.error', message: 'erro' });
    case 'warning':
      return translate({ id: 'dockerfileExample.severity.warning', message: 'aviso' });
    case 'info':
      return translate({ id: 'dockerfileExample.severity.info', message: 'informação' });
    default:
      return translate({ id: 'dockerfileExample.severity.style', message: 'estilo' });
  }
}

function RuleLink({ id }: { id: string }): ReactNode {
  return (
    <Link to={`/docs/rules/${id}`} className={styles.rule}>
      <code>{id}</code>
    </Link>
  );
}

function Findings({ data }: { data: ExampleData }): ReactNode {
  return (
    <ul className={styles.findings}>
      {data.findings.map((f) => (
        <li key={`${f.rule}-${f.line}-${f.message}`}>
          <RuleLink id={f.rule} />
          {f.aliases.length > 0 && (
            <span className={styles.aliases}>
              {' '}
              ({f.aliases.map((a, i) => [i > 0 ? ', ' : '', <code key={a}>{a}</code>])})
            </span>
          )}{' '}
          <span className={styles.where}>
            <Translate id="dockerfileExample.line" values={{ line: f.line }}>
              {'linha {line}'}
            </Translate>
            {' · '}
            {severityLabel(f.severity)}
          </span>
          {': '}
          <MessageText text={f.message} />
        </li>
      ))}
    </ul>
  );
}

function Summary({ data }: { data: ExampleData }): ReactNode {
  const s = data.summary;
  if (!s) return null;
  const parts: string[] = [];
  if (!s.fragment) {
    parts.push(
      s.stages === 1
        ? translate({ id: 'dockerfileExample.summary.oneStage', message: '1 estágio' })
        : translate(
            { id: 'dockerfileExample.summary.stages', message: '{count} estágios' },
            { count: s.stages },
          ),
    );
    if (s.baseImages.length > 0) {
      parts.push(
        translate(
          { id: 'dockerfileExample.summary.bases', message: 'imagem base: {images}' },
          { images: s.baseImages.join(', ') },
        ),
      );
    }
  } else {
    parts.push(translate({ id: 'dockerfileExample.summary.fragment', message: 'fragmento (sem FROM)' }));
  }
  parts.push(
    translate(
      {
        id: 'dockerfileExample.summary.layers',
        message:
          'camadas no BuildKit (RUN, COPY, ADD, WORKDIR): {layers}; instruções que só mudam metadados: {metadata}',
        description:
          'Counts as BuildKit, the default builder, commits them: RUN/COPY/ADD and every WORKDIR other than / (an empty layer when the directory exists) vs metadata-only instructions',
      },
      { layers: s.layers, metadata: s.metadata },
    ),
  );
  return <span>{parts.join(' · ')}</span>;
}

/** The snippet as written: one `.token-line` per line (Prism drops the line breaks from the DOM). */
function codeOf(container: HTMLElement | null): string | null {
  const lines = container?.querySelectorAll('pre .token-line');
  if (!lines || lines.length === 0) return container?.querySelector('pre')?.textContent ?? null;
  return Array.from(lines, (line) => line.textContent ?? '').join('\n');
}

function OpenInPlayground({ container }: { container: RefObject<HTMLDivElement | null> }): ReactNode {
  const history = useHistory();
  const playground = useBaseUrl('/playground');
  const open = () => {
    const code = codeOf(container.current);
    if (code === null) return;
    void import('../../playground/url-state').then(({ encodeState, EMPTY_STATE }) =>
      history.push(`${playground}#${encodeState({ ...EMPTY_STATE, code })}`),
    );
  };
  return (
    <button type="button" className={styles.open} onClick={open} data-open-playground="">
      <Translate id="playground.open">Abrir no playground</Translate>
    </button>
  );
}

export default function DockerfileExample({ data: raw, children }: Props): ReactNode {
  const data = parse(raw);
  const ref = useRef<HTMLDivElement>(null);
  if (!data) return <>{children}</>;
  if (data.status === 'invalid') {
    // Only seen in `docusaurus start`: the build refuses such a snippet.
    return (
      <div ref={ref} className={`${styles.example} ${styles.bad}`} data-lint-status="invalid">
        <div className={styles.badLabel}>
          <Translate id="dockerfileExample.invalidLabel">
            ⚠ Este trecho não passa no lint como anotado (o build vai falhar)
          </Translate>
        </div>
        {children}
        <Findings data={data} />
        <OpenInPlayground container={ref} />
      </div>
    );
  }
  if (data.status === 'bad-example') {
    return (
      <div ref={ref} className={`${styles.example} ${styles.bad}`} data-lint-status="bad-example">
        {data.label !== false && (
          <div className={styles.badLabel}>
            <CrossIcon /> <Translate id="dockerfileExample.badLabel">Exemplo problemático</Translate>
          </div>
        )}
        {children}
        <div className={styles.findingsTitle}>
          <Translate id="dockerfileExample.findingsTitle">O que o lint encontra neste exemplo:</Translate>
        </div>
        <Findings data={data} />
        <OpenInPlayground container={ref} />
      </div>
    );
  }
  const suppressed = data.suppressed ?? [];
  if (suppressed.length > 0) {
    // Clean only because the snippet silences rules itself: say so rather than "verified".
    return (
      <div ref={ref} className={styles.example} data-lint-status="suppressed">
        {children}
        <div className={styles.verified}>
          <span
            className={styles.suppressed}
            title={translate({
              id: 'dockerfileExample.suppressedTitle',
              message:
                'Estas regras disparariam neste trecho; os comentários de supressão dele as desligam. O build confere que nada mais dispara.',
            })}
          >
            <SuppressedIcon />{' '}
            <Translate id="dockerfileExample.suppressed" values={{ rules: suppressed.join(', ') }}>
              {'regras suprimidas no trecho: {rules}'}
            </Translate>
          </span>{' '}
          <Summary data={data} />
        </div>
      </div>
    );
  }
  return (
    <div ref={ref} className={styles.example} data-lint-status="clean">
      {children}
      <div className={styles.verified}>
        <span
          className={styles.check}
          title={translate({
            id: 'dockerfileExample.verifiedTitle',
            message:
              'Verificado no build: nenhuma regra do hadolint, do BuildKit ou do Camadas dispara neste trecho',
          })}
        >
          <Translate id="dockerfileExample.verified">✓ verificado</Translate>
        </span>{' '}
        <Summary data={data} /> <OpenInPlayground container={ref} />
      </div>
    </div>
  );
}
