/**
 * remark plugin: replaces each ```mermaid block with its drawing (plugins/mermaid-svg/rendered/), as a
 * <Diagram> element (src/components/Diagram) named by the diagram's `accTitle:` line, so pages ship
 * an SVG and no diagram code. A block without its drawing is left as code (the plugin in index.ts has
 * already stopped the build, or warned under `start`).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Code, Parent, Root } from 'mdast';
import { diagramTitle, renderedPath } from './diagrams';

export const DIAGRAM_COMPONENT = 'Diagram';

export default function remarkMermaidSvg() {
  return (tree: Root, file: { path?: string }) => {
    walk(tree, (node, index, parent) => {
      const title = diagramTitle(node.value);
      const where = `${file.path ?? 'a page'}:${node.position?.start.line ?? '?'}`;
      if (!title)
        throw new Error(
          `[camadas] ${where}: a Mermaid diagram needs an \`accTitle: …\` line (its name for screen readers, in the page's language).`,
        );
      const path = renderedPath(node.value);
      if (!existsSync(path)) return;
      const svg = readFileSync(path, 'utf8').trim();
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: DIAGRAM_COMPONENT,
        attributes: [
          { type: 'mdxJsxAttribute', name: 'title', value: title },
          { type: 'mdxJsxAttribute', name: 'svg', value: svg },
        ],
        children: [],
        position: node.position,
      } as unknown as Parent['children'][number];
    });
  };
}

function walk(parent: Parent, visit: (node: Code, index: number, parent: Parent) => void): void {
  parent.children.forEach((child, index) => {
    if (child.type === 'code' && child.lang === 'mermaid') visit(child, index, parent);
    else if ('children' in child) walk(child as Parent, visit);
  });
}
