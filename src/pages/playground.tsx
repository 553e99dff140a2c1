/**
 * `/playground` and `/en/playground`: lint any Dockerfile in the browser. The page, with the starter
 * text where the editor goes, is in the HTML built; the editor (CodeMirror) loads when the page is idle
 * after the first paint, and the engine only in the playground's Web Worker, so no other page carries
 * either (src/components/Playground/Playground.tsx).
 */
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import Playground from '../components/Playground/Playground';
import { usePlaygroundStrings } from '../components/Playground/useStrings';

export default function PlaygroundPage(): ReactNode {
  const s = usePlaygroundStrings();
  return (
    <Layout title={s.title()} description={s.description()}>
      <main className="container container--fluid margin-vert--lg">
        <h1>{s.title()}</h1>
        <p>{s.description()}</p>
        <Playground />
      </main>
    </Layout>
  );
}
