import { Outlet, useNavigation } from 'react-router';

/**
 * Shown in `<main>` while the code of a screen opened by a full page load is still downloading
 * (the router's hydrate fallback): most screens are loaded on first visit, see router.tsx.
 */
export function ScreenLoading() {
  return (
    <p role="status" className="loading">
      Loading the screen…
    </p>
  );
}

/**
 * Renders the current screen and, while a link leads to a screen whose code is still downloading,
 * says so above it: the router keeps the previous screen on view until the next one can render.
 * The status exists only while loading, so screens' own status messages stay the only ones.
 */
export function ScreenOutlet() {
  const navigation = useNavigation();
  return (
    <>
      {navigation.state === 'loading' && <ScreenLoading />}
      <Outlet />
    </>
  );
}
