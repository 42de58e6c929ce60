import { useRouteError } from 'react-router';

/** Shown in place of a screen that failed to render; the header and navigation stay usable. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <>
      <title>Something went wrong · mandate-tracker</title>
      <h1>Something went wrong on this page</h1>
      <div role="alert" className="notice notice--error">
        <p className="notice__title">This screen stopped with an error: {message}</p>
        <p className="notice__detail">
          Reload the page to try again. If it keeps happening, note the address and the message above.
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    </>
  );
}
