// Stand-in for @docusaurus/useBaseUrl outside Docusaurus: the default locale's base URL is `/`.
export default function useBaseUrl(path: string): string {
  return path;
}
