/**
 * Reads a tRPC query of the server under test over plain HTTP, to check the database behind what
 * the browser showed. The server uses superjson, so the value sits under `result.data.json`.
 */
export async function queryApi<Output>(baseUrl: string, procedure: string, input?: unknown): Promise<Output> {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await fetch(`${baseUrl}/trpc/${procedure}${search}`);
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { result: { data: { json: Output } } };
  return body.result.data.json;
}
