/**
 * Turns one Markdown/MDX page into search records, one per section, the way readers see it: the page
 * title, the heading path, a deep link to the heading's anchor (the same slugs Docusaurus gives
 * headings), the prose and the code of the section. Node only (the build and the CLI); the browser
 * loads the records this produces.
 */
import type {
  createSlugger as createSluggerType,
  parseMarkdownHeadingId as parseHeadingIdType,
} from '@docusaurus/utils';
import type { Heading, Nodes, Root } from 'mdast';
import type { toString as toStringType } from 'mdast-util-to-string';
import type remarkDirectiveType from 'remark-directive';
import type remarkFrontmatterType from 'remark-frontmatter';
import type remarkGfmType from 'remark-gfm';
import type remarkMdxType from 'remark-mdx';
import type remarkParseType from 'remark-parse';
import type { unified as unifiedType } from 'unified';
import type { parse as parseYamlType } from 'yaml';
import { KNOWN_KEYWORDS as DOCKERFILE_INSTRUCTIONS } from '../lint/parse';
import type { SearchRecord } from './types';

/**
 * The Markdown toolchain and Docusaurus's slugger, loaded on first use: the CLI's other commands
 * (`camadas lint` on a Dockerfile) start without them.
 */
declare const require: (id: string) => unknown;
interface Toolchain {
  unified: typeof unifiedType;
  plugins: {
    parse: typeof remarkParseType;
    frontmatter: typeof remarkFrontmatterType;
    gfm: typeof remarkGfmType;
    directive: typeof remarkDirectiveType;
    mdx: typeof remarkMdxType;
  };
  toString: typeof toStringType;
  createSlugger: typeof createSluggerType;
  parseMarkdownHeadingId: typeof parseHeadingIdType;
  parseYaml: typeof parseYamlType;
}
let toolchain: Toolchain | undefined;
function tools(): Toolchain {
  if (!toolchain) {
    const load = <T>(id: string) => {
      const mod = require(id) as { default?: T };
      return (mod.default ?? mod) as T;
    };
    const docusaurus = require('@docusaurus/utils') as {
      createSlugger: typeof createSluggerType;
      parseMarkdownHeadingId: typeof parseHeadingIdType;
    };
    toolchain = {
      unified: (require('unified') as { unified: typeof unifiedType }).unified,
      plugins: {
        parse: load('remark-parse'),
        frontmatter: load('remark-frontmatter'),
        gfm: load('remark-gfm'),
        directive: load('remark-directive'),
        mdx: load('remark-mdx'),
      },
      toString: (require('mdast-util-to-string') as { toString: typeof toStringType }).toString,
      createSlugger: docusaurus.createSlugger,
      parseMarkdownHeadingId: docusaurus.parseMarkdownHeadingId,
      parseYaml: (require('yaml') as { parse: typeof parseYamlType }).parse,
    };
  }
  return toolchain;
}

const mdastToString: typeof toStringType = (node, options) => tools().toString(node, options);

export interface PageSource {
  /** Markdown or MDX source of the page. */
  source: string;
  /** `.md` pages are CommonMark, everything else MDX (as Docusaurus decides). */
  isMdx: boolean;
  /** The page's site path, e.g. `/en/docs/images/layers`. */
  permalink: string;
  /** The page title when the caller knows it (Docusaurus's metadata); else front matter or first h1. */
  title?: string;
  /** The sidebar category the page belongs to. */
  section: string;
  /** Names that must match this page exactly (a rule page's id and aliases). */
  keywords?: readonly string[];
}

/** Headings that start a new record; deeper ones stay in their parent's text. */
const SECTION_DEPTHS = new Set([2, 3, 4]);
/** Code that is not something a reader would search for (diagram sources). */
const SKIPPED_CODE = new Set(['mermaid']);

interface FrontMatter {
  title?: unknown;
}

function parseTree(source: string, isMdx: boolean): Root {
  const { unified, plugins } = tools();
  const processor = unified()
    .use(plugins.parse)
    .use(plugins.frontmatter)
    .use(plugins.gfm)
    .use(plugins.directive);
  if (isMdx) processor.use(plugins.mdx);
  return processor.parse(source) as Root;
}

function readFrontMatter(tree: Root): FrontMatter {
  const node = tree.children.find((child) => child.type === 'yaml');
  if (node?.type !== 'yaml') return {};
  try {
    const data = tools().parseYaml(node.value) as unknown;
    return data && typeof data === 'object' ? (data as FrontMatter) : {};
  } catch {
    return {};
  }
}

/** The heading text and anchor exactly as Docusaurus renders them (explicit `{#id}` honoured). */
function headingText(heading: Heading): { text: string; explicitId?: string } {
  const last = heading.children.at(-1);
  // In MDX `{#id}` is parsed as an expression; in Markdown it stays text.
  if (last && last.type === 'mdxTextExpression' && last.value.startsWith('#')) {
    const text = mdastToString({ ...heading, children: heading.children.slice(0, -1) }).trim();
    return { text, explicitId: last.value.slice(1).trim() };
  }
  const parsed = tools().parseMarkdownHeadingId(mdastToString(heading));
  return { text: parsed.text, explicitId: parsed.id };
}

interface SectionText {
  text: string[];
  code: string[];
  /** Characters of text inside links, to tell reading lists from explanations. */
  linkChars: number;
}

/** Sections whose text is mostly link text weigh this much (see SearchRecord.weight). */
const LINK_LIST_WEIGHT = 0.35;
const LINK_LIST_RATIO = 0.3;

/** Plain text of a node for the index: code blocks go to `code`, imports/exports and expressions away. */
function collect(node: Nodes, out: SectionText): void {
  switch (node.type) {
    case 'code':
      if (!SKIPPED_CODE.has(node.lang ?? '')) out.code.push(node.value);
      return;
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'yaml':
    case 'html':
      return;
    case 'text':
    case 'inlineCode':
      out.text.push(node.value);
      return;
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      out.text.push(`${mdastToString(node, { includeHtml: false })}\n`);
      for (const child of node.children as Nodes[]) countLinks(child, out);
      return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collect(child, out);
}

function countLinks(node: Nodes, out: SectionText): void {
  if (node.type === 'link') out.linkChars += mdastToString(node).length;
  else if ('children' in node) for (const child of node.children as Nodes[]) countLinks(child, out);
}

function clean(text: string): string {
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** The Dockerfile instruction a page is about, when its title starts with one (`FROM`, `RUN: …`). */
function instructionOfTitle(title: string): string | undefined {
  const first = /^`?([A-Z]+)\b/.exec(title)?.[1];
  return first && DOCKERFILE_INSTRUCTIONS.has(first) ? first : undefined;
}

export function pageRecords(page: PageSource): SearchRecord[] {
  const tree = parseTree(page.source, page.isMdx);
  const frontMatter = readFrontMatter(tree);
  const h1 = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const title =
    page.title ??
    (typeof frontMatter.title === 'string' ? frontMatter.title : undefined) ??
    (h1 ? headingText(h1).text : page.permalink);

  const keywords = new Set<string>(page.keywords ?? []);
  const instruction = instructionOfTitle(title);
  if (instruction) keywords.add(instruction);

  // Every heading of the file takes a slug in document order, as Docusaurus numbers duplicates.
  const slugger = tools().createSlugger();
  const anchors = new Map<Heading, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') {
      const { text, explicitId } = headingText(node);
      anchors.set(node, explicitId ?? slugger.slug(text));
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);

  const records: SearchRecord[] = [];
  let current: SectionText & { headings: string[]; depths: number[]; anchor: string } = {
    headings: [],
    depths: [],
    anchor: '',
    text: [],
    code: [],
    linkChars: 0,
  };
  const flush = () => {
    const text = clean(current.text.join(''));
    const code = current.code.join('\n').trim();
    if (!text && !code && current.headings.length === 0) return;
    const linkList = text.length > 0 && current.linkChars / text.length > LINK_LIST_RATIO;
    records.push({
      url: current.anchor ? `${page.permalink}#${current.anchor}` : page.permalink,
      page: title,
      headings: current.headings,
      section: page.section,
      text,
      code,
      keywords: [...keywords],
      ...(linkList ? { weight: LINK_LIST_WEIGHT } : {}),
    });
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) continue;
    if (node.type === 'heading' && SECTION_DEPTHS.has(node.depth)) {
      flush();
      // Keep the ancestors of this heading (shallower depths) in the path.
      const keep = current.depths.filter((depth) => depth < node.depth).length;
      current = {
        headings: [...current.headings.slice(0, keep), headingText(node).text],
        depths: [...current.depths.slice(0, keep), node.depth],
        anchor: anchors.get(node) ?? '',
        text: [],
        code: [],
        linkChars: 0,
      };
      continue;
    }
    collect(node as Nodes, current);
  }
  flush();
  return records;
}
