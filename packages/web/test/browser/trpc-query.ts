/**
 * Asks the running server a tRPC query over plain HTTP, the way the app does, so browser tests
 * can compare what the page shows with what the API says. Inputs and outputs use superjson's
 * envelope (`{ json: … }`); the queries used here return plain JSON values.
 */
export async function trpcQuery<Output>(baseUrl: string, procedure: string, input?: unknown): Promise<Output> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await fetch(`${baseUrl}/trpc/${procedure}${query}`);
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { result: { data: { json: Output } } };
  return body.result.data.json;
}
