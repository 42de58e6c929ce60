import { Link, useLocation } from 'react-router';

/** Shown for any address the app does not have, with a way back. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <title>Page not found · mandate-tracker</title>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. Check the address, or go to the{' '}
        <Link to="/">Planner workspace</Link>.
      </p>
    </>
  );
}
