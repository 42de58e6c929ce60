import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

// A proxy's id is kept when it looks like an id, so one request can be followed across services.
const ACCEPTABLE_INCOMING_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives each request an id (the incoming `x-request-id` when sensible, else a UUID) and echoes
 * it in the response header, so a user can quote it and it can be found in the logs.
 */
export function assignRequestId(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && ACCEPTABLE_INCOMING_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}
