interface ServerErrorNoticeProps {
  /** A tRPC client error: `data` is set only when the server sent an error response. */
  error: { message: string; data?: unknown };
  /** Called by the Retry button; usually the query's `refetch`. */
  onRetry: () => void;
  /** True while the retry is in flight, so the button cannot be pressed twice. */
  retrying: boolean;
}

/**
 * Tells the user what went wrong with a request and what to do next. A request that never got
 * an answer (server stopped, network down) says so plainly; an error the server sent back shows
 * the server's own message.
 */
export function ServerErrorNotice({ error, onRetry, retrying }: ServerErrorNoticeProps) {
  const serverAnswered = error.data != null;
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">
        {serverAnswered ? 'The server could not answer this request.' : 'Cannot reach the server — is it running?'}
      </p>
      <p className="notice__detail">
        {serverAnswered
          ? error.message
          : 'Start it with "pnpm start" (or check the terminal where it runs), then retry.'}
      </p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
