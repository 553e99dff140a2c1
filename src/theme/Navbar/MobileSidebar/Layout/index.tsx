import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import type LayoutType from '@theme/Navbar/MobileSidebar/Layout';
import Layout from '@theme-original/Navbar/MobileSidebar/Layout';
import { type ComponentProps, type ReactNode, useState } from 'react';

type Props = ComponentProps<typeof LayoutType>;

/**
 * The phone menu's layout, wrapped: its two menus (the site's links and the docs sidebar, 300-odd
 * nodes on a docs page) are rendered the first time the menu opens, not on every page load while the
 * menu is closed. The frame and its header stay, so the menu still slides in.
 */
export default function NavbarMobileSidebarLayout({ header, primaryMenu, secondaryMenu }: Props): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  if (shown && !opened) {
    // Set during render, so the menus are there in the same commit that shows the menu.
    setOpened(true);
  }
  return (
    <Layout
      header={header}
      primaryMenu={opened ? primaryMenu : null}
      secondaryMenu={opened ? secondaryMenu : null}
    />
  );
}
