import isInternalUrl from '@docusaurus/isInternalUrl';
import type { PropSidebarItemCategory, PropSidebarItemLink } from '@docusaurus/plugin-content-docs';
import { findFirstSidebarItemLink, useDocById } from '@docusaurus/plugin-content-docs/client';
import {
  extractLeadingEmoji,
  useDocCardDescriptionCategoryItemsPlural,
} from '@docusaurus/theme-common/internal';
import { DocumentIcon, FolderIcon, LinkIcon } from '@site/src/components/Icons';
import type { Props } from '@theme/DocCard';
import Layout from '@theme/DocCard/Layout';
import type { ReactNode } from 'react';

// Ejected from the classic theme only to draw these icons as SVG instead of the 🗃 📄 🔗 emoji, which
// render as empty boxes where no emoji font is installed.
function getFallbackIcon(item: PropSidebarItemLink | PropSidebarItemCategory): ReactNode {
  if (item.type === 'category') {
    return <FolderIcon />;
  }
  return isInternalUrl(item.href) ? <DocumentIcon /> : <LinkIcon />;
}

function getIconTitleProps(item: PropSidebarItemLink | PropSidebarItemCategory): {
  icon: ReactNode;
  title: string;
} {
  const extracted = extractLeadingEmoji(item.label);
  const emoji = extracted.emoji ?? getFallbackIcon(item);
  return {
    icon: emoji,
    title: extracted.rest.trim(),
  };
}

function CardCategory({ item }: { item: PropSidebarItemCategory }): ReactNode {
  const href = findFirstSidebarItemLink(item);
  const categoryItemsPlural = useDocCardDescriptionCategoryItemsPlural();

  // Unexpected: categories that don't have a link have been filtered upfront
  if (!href) {
    return null;
  }
  return (
    <Layout
      item={item}
      className={item.className}
      href={href}
      description={item.description ?? categoryItemsPlural(item.items.length)}
      {...getIconTitleProps(item)}
    />
  );
}

function CardLink({ item }: { item: PropSidebarItemLink }): ReactNode {
  const doc = useDocById(item.docId ?? undefined);
  return (
    <Layout
      item={item}
      className={item.className}
      href={item.href}
      description={item.description ?? doc?.description}
      {...getIconTitleProps(item)}
    />
  );
}

export default function DocCard({ item }: Props): ReactNode {
  switch (item.type) {
    case 'link':
      return <CardLink item={item} />;
    case 'category':
      return <CardCategory item={item} />;
    default:
      throw new Error(`unknown item type ${JSON.stringify(item)}`);
  }
}
