/**
 * The theme loaded extra Prism grammars into the browser here. Code is highlighted at build time now
 * (plugins/code-highlight loads `prism.additionalLanguages` in Node), so the browser loads none.
 */
export default function prismIncludeLanguages(): void {}
