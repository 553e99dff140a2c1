// Stand-in for @docusaurus/router when rendering theme components outside Docusaurus: a history that
// records where the component navigated.
export const pushed: string[] = [];

export function useHistory(): { push(to: string): void; replace(to: string): void } {
  return { push: (to) => pushed.push(to), replace: (to) => pushed.push(to) };
}

export function useLocation(): { pathname: string; search: string; hash: string } {
  return { pathname: '/', search: '', hash: '' };
}
