import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { mainNavigation } from '../navigation.ts';
import { AccountMenu } from './auth/AccountMenu.tsx';
import { PasswordChangeGate } from './auth/PasswordChangeGate.tsx';
import { HeaderSearch } from './search/HeaderSearch.tsx';

/**
 * The frame around every screen: a skip link, the header with the product name and the main
 * navigation, and the `<main>` landmark. After a client-side navigation, focus moves to `<main>`
 * so keyboard and screen-reader users start reading the new screen, not the old link.
 */
export function AppLayout() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">mandate-tracker</span>
            <span className="brand__tagline">UN resolutions as a UNODC work plan</span>
          </Link>
          <nav aria-label="Main" className="main-nav">
            <ul>
              {mainNavigation.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header__tools">
            <HeaderSearch />
            <AccountMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="page">
        <PasswordChangeGate>
          <Outlet />
        </PasswordChangeGate>
      </main>
      <ScrollRestoration />
    </>
  );
}
