// The per-locale search index written by plugins/search-index (`actions.createData`).
declare module '@generated/camadas-search-index/default/*.json' {
  import type { SearchIndexFile } from '../search/types';

  const value: SearchIndexFile;
  export default value;
}
