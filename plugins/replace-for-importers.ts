/**
 * The one way our plugins swap a module inside Docusaurus: a bundler module replacement that serves
 * `replacement` for `request` only to the importers `importer` accepts (by absolute path), and leaves
 * every other import of that request alone. Used by ./deferred-updates and ./shallow-memo.
 */
import type { ConfigureWebpackUtils } from '@docusaurus/types';

/** What the bundler hands the callback: the request, and who imports it. */
export interface ImportResource {
  request: string;
  contextInfo?: { issuer?: string };
}

export function replaceForImporters(
  bundler: ConfigureWebpackUtils['currentBundler'],
  request: RegExp,
  importer: (path: string) => boolean,
  replacement: string,
) {
  return new bundler.instance.NormalModuleReplacementPlugin(request, (resource: ImportResource) => {
    if (importer(resource.contextInfo?.issuer ?? '')) resource.request = replacement;
  });
}
