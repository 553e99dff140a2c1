/**
 * The theme's CodeBlock, ejected: fenced code blocks arrive highlighted at build time
 * (plugins/code-highlight turns each one into <CodeBlock language code html title>), so this renders
 * that HTML as it is, with the theme's own copy and word-wrap buttons. Nothing is tokenised in the
 * browser and nothing re-renders after hydration (the theme's version re-rendered every block once
 * mounted, to swap the light colours for the dark ones; here both modes come from CSS). A code block
 * written in TSX without `html` shows its text unhighlighted, with the same frame.
 */
import { ThemeClassNames } from '@docusaurus/theme-common';
import { CodeBlockContextProvider, useCodeWordWrap } from '@docusaurus/theme-common/internal';
import Buttons from '@theme/CodeBlock/Buttons';
import clsx from 'clsx';
import { Children, type ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  /** Set by plugins/code-highlight. */
  html?: string;
  code?: string;
  language?: string;
  title?: ReactNode;
  /** A CodeBlock used directly in TSX, or multi-line inline code: plain text children. */
  children?: ReactNode;
  className?: string;
}

function textOf(children: ReactNode): string {
  return Children.toArray(children)
    .filter((child) => typeof child === 'string' || typeof child === 'number')
    .join('')
    .replace(/\r?\n$/, '');
}

export default function CodeBlock({ html, code, language, title, children, className }: Props): ReactNode {
  const text = code ?? textOf(children);
  const lang = (language ?? className?.match(/language-(\S+)/)?.[1] ?? 'text').toLowerCase();
  const wordWrap = useCodeWordWrap();
  const metadata = {
    codeInput: text,
    code: text,
    className: `language-${lang}`,
    language: lang,
    title,
    lineNumbersStart: undefined,
    lineClassNames: {},
  };
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <div className={clsx(`language-${lang}`, ThemeClassNames.common.codeBlock, styles.container)}>
        {title && <div className={styles.title}>{title}</div>}
        <div className={styles.content}>
          <pre
            ref={wordWrap.codeBlockRef}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (as the theme does)
            tabIndex={0}
            className={clsx('prism-code', `language-${lang}`, styles.pre, 'thin-scrollbar')}
          >
            {html !== undefined ? (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: our own markup, highlighted from the docs at build time
              <code className={styles.lines} dangerouslySetInnerHTML={{ __html: html }} />
            ) : (
              <code className={styles.lines}>{text}</code>
            )}
          </pre>
          <Buttons />
        </div>
      </div>
    </CodeBlockContextProvider>
  );
}
