/**
 * npm run diagrams: draws every new or changed ```mermaid block of the docs (both locales) to SVG with
 * Mermaid in Chromium, into plugins/mermaid-svg/rendered/ (committed), and deletes drawings no block
 * uses any more. `--check` draws nothing and exits 1 when a drawing is missing.
 */
import { existsSync } from 'node:fs';
import { findSiteDiagrams, missingDiagramsMessage, renderedPath } from '../plugins/mermaid-svg/diagrams';
import { DiagramsNotRenderedError, syncDiagrams } from '../plugins/mermaid-svg/sync';

async function main() {
  if (process.argv.includes('--check')) {
    const missing = findSiteDiagrams().filter((b) => !existsSync(renderedPath(b.source)));
    if (missing.length > 0) {
      console.error(missingDiagramsMessage(missing));
      process.exit(1);
    }
    console.log('Every diagram has its drawing.');
    return;
  }
  const result = await syncDiagrams({ prune: true });
  console.log(
    `${result.diagrams} diagrams, ${result.rendered} drawn, ${result.removed.length} stale drawing(s) removed, ${(result.milliseconds / 1000).toFixed(1)} s`,
  );
}

main().catch((error) => {
  console.error(error instanceof DiagramsNotRenderedError ? error.message : error);
  process.exit(1);
});
