import { translate } from '@docusaurus/Translate';
import { ThemeClassNames, useThemeConfig } from '@docusaurus/theme-common';
import { useHideableNavbar, useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/Navbar/Layout';
import NavbarMobileSidebar from '@theme/Navbar/MobileSidebar';
import clsx from 'clsx';
import type { ReactNode, Ref } from 'react';
import styles from './styles.module.css';

/**
 * The theme's navbar layout (Docusaurus, MIT licence), ejected for one change: the hide-on-scroll hook
 * runs only when `navbar.hideOnScroll` is set. That hook reads the window's scroll position on every
 * render of the navbar, and each page update re-renders it (the playground's address follows its text,
 * the search page's its query): when the update has just changed the page, that read made the browser
 * lay out the whole page inside React's task (56 ms of an 82 ms task on the playground, 28 of 62 on the
 * search page, at 4× CPU slowdown). Without the option, the hook only ever answered "visible".
 */
export default function NavbarLayout({ children }: Props): ReactNode {
  const { navbar } = useThemeConfig();
  return navbar.hideOnScroll ? <HideableNav>{children}</HideableNav> : <Nav>{children}</Nav>;
}

function HideableNav({ children }: Props): ReactNode {
  const { navbarRef, isNavbarVisible } = useHideableNavbar(true);
  return (
    <Nav navRef={navbarRef} className={clsx(styles.navbarHideable, !isNavbarVisible && styles.navbarHidden)}>
      {children}
    </Nav>
  );
}

function Nav({
  children,
  navRef,
  className,
}: Props & { navRef?: Ref<HTMLElement>; className?: string }): ReactNode {
  const {
    navbar: { style },
  } = useThemeConfig();
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <nav
      ref={navRef}
      aria-label={translate({
        id: 'theme.NavBar.navAriaLabel',
        message: 'Main',
        description: 'The ARIA label for the main navigation',
      })}
      className={clsx(ThemeClassNames.layout.navbar.container, 'navbar', 'navbar--fixed-top', className, {
        'navbar--dark': style === 'dark',
        'navbar--primary': style === 'primary',
        'navbar-sidebar--show': mobileSidebar.shown,
      })}
    >
      {children}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a click outside the open menu closes it; keyboards use its close button */}
      <div role="presentation" className="navbar-sidebar__backdrop" onClick={mobileSidebar.toggle} />
      <NavbarMobileSidebar />
    </nav>
  );
}
