import superjson, { type SuperJSONResult } from 'superjson';

/** How a test request proves who it is: a session cookie (`mt_session=…`), a bearer token, or nothing. */
export interface Credentials {
  cookie?: string;
  bearer?: string;
}

/** The headers the web app sends on every request: the CSRF header and its own origin. */
export function sameSiteHeaders(baseUrl: string): Record<string, string> {
  return { 'x-mandate-tracker-csrf': '1', origin: baseUrl };
}

function credentialHeaders(credentials: Credentials): Record<string, string> {
  return {
    ...(credentials.cookie !== undefined && { cookie: credentials.cookie }),
    ...(credentials.bearer !== undefined && { authorization: `Bearer ${credentials.bearer}` }),
  };
}

/**
 * Calls one tRPC procedure over HTTP as the web app does (GET for queries, POST for mutations,
 * superjson-encoded input, CSRF header and same origin unless `headers` override them).
 */
export function callProcedure(
  baseUrl: string,
  procedure: string,
  type: 'query' | 'mutation',
  input: unknown,
  options: Credentials & { headers?: Record<string, string> } = {},
): Promise<Response> {
  const encoded = JSON.stringify(superjson.serialize(input));
  const headers = { ...sameSiteHeaders(baseUrl), ...credentialHeaders(options), ...options.headers };
  if (type === 'query') {
    return fetch(`${baseUrl}/trpc/${procedure}?input=${encodeURIComponent(encoded)}`, { headers });
  }
  return fetch(`${baseUrl}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: encoded,
  });
}

/** The `data` of a successful tRPC answer, deserialised; throws with the body otherwise. */
export async function resultOf<T>(response: Response): Promise<T> {
  const body = (await response.json()) as { result?: { data: SuperJSONResult } };
  if (!response.ok || body.result === undefined) {
    throw new Error(`tRPC call answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return superjson.deserialize(body.result.data) as T;
}

/** The session cookie pair (`mt_session=…`) a response sets, or null. */
export function sessionCookieOf(response: Response): string | null {
  const header = response.headers.getSetCookie().find((value) => value.startsWith('mt_session='));
  return header === undefined ? null : (header.split(';')[0] ?? null);
}

/** Signs in through `auth.login` and returns the session cookie pair. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await callProcedure(baseUrl, 'auth.login', 'mutation', { email, password });
  const cookie = sessionCookieOf(response);
  if (!response.ok || cookie === null) {
    throw new Error(`auth.login as ${email} answered ${response.status}: ${await response.text()}`);
  }
  return cookie;
}
