/** Headers a signed-in browser sends with a tRPC write: the CSRF header and its own origin. */
function writeHeaders(baseUrl: string, cookie: string | undefined): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-mandate-tracker-csrf': '1',
    origin: baseUrl,
    ...(cookie === undefined ? {} : { cookie }),
  };
}

/** Options of a call: `cookie` (`mt_session=…`) acts as that signed-in user; without it, as the public. */
export interface ApiCallOptions {
  cookie?: string;
}

/**
 * Reads a tRPC query of the server under test over plain HTTP, to check the database behind what
 * the browser showed. The server uses superjson, so the value sits under `result.data.json`.
 */
export async function queryApi<Output>(
  baseUrl: string,
  procedure: string,
  input?: unknown,
  options: ApiCallOptions = {},
): Promise<Output> {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await fetch(`${baseUrl}/trpc/${procedure}${search}`, {
    headers: options.cookie === undefined ? {} : { cookie: options.cookie },
  });
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { result: { data: { json: Output } } };
  return body.result.data.json;
}

/** Calls a tRPC mutation of the server under test as the browser would (CSRF header, same origin). */
export async function mutateApi<Output>(
  baseUrl: string,
  procedure: string,
  input: unknown,
  options: ApiCallOptions = {},
): Promise<Output> {
  const response = await fetch(`${baseUrl}/trpc/${procedure}`, {
    method: 'POST',
    headers: writeHeaders(baseUrl, options.cookie),
    body: JSON.stringify({ json: input }),
  });
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: { json: Output } } }).result.data.json;
}

/** Calls a procedure of either kind: a query by GET, a mutation by POST. */
export function callApi<Output>(
  baseUrl: string,
  procedure: string,
  input: unknown,
  kind: 'query' | 'mutation',
  options: ApiCallOptions = {},
): Promise<Output> {
  return kind === 'query'
    ? queryApi<Output>(baseUrl, procedure, input, options)
    : mutateApi<Output>(baseUrl, procedure, input, options);
}
