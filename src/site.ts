/** Where the site and its repository live; read by docusaurus.config.ts and by the CLI's help links. */
export const SITE_URL = (process.env.CAMADAS_SITE_URL ?? 'https://camadas.dev').replace(/\/$/, '');
// Forks and mirrors set CAMADAS_REPO_URL so that "Edit this page" points at them.
export const REPO_URL = (process.env.CAMADAS_REPO_URL ?? 'https://github.com/camadas-docs/camadas').replace(
  /\/$/,
  '',
);
