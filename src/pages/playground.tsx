/**
 * `/playground` and `/en/playground`: lint any Dockerfile in the browser. This route chunk is small;
 * the editor (CodeMirror) loads after the first paint, and the engine only in the playground's Web
 * Worker, so no other page carries either.
 */
import Layout from '@theme/Layout';
import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { usePlaygroundStrings } from '../components/Playground/useStrings';

export default function PlaygroundPage(): ReactNode {
  const s = usePlaygroundStrings();
  const [Playground, setPlayground] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('../components/Playground/Playground').then(
      (m) => setPlayground(() => m.default),
      () => setFailed(true),
    );
  }, []);
  return (
    <Layout title={s.title()} description={s.description()}>
      <main className="container container--fluid margin-vert--lg">
        <h1>{s.title()}</h1>
        <p>{s.description()}</p>
        {Playground ? <Playground /> : <p>{failed ? s.loadError() : s.loading()}</p>}
      </main>
    </Layout>
  );
}
