// The docs' Dockerfile snippets of the locale built, written by plugins/playground-examples (`actions.createData`).
declare module '@generated/camadas-playground-examples/default/*.json' {
  import type { DocsExample } from '../playground/protocol';

  const value: DocsExample[];
  export default value;
}
