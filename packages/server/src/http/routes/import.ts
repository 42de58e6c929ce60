import { MAX_DOCUMENT_BYTES, PLANNING_ROLES, ZImportDocumentInput } from '@mandate-tracker/shared';
import express from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../domain/errors.ts';
import { decodeUtf8Strict, importDocument } from '../../domain/imports/index.ts';
import { requireRoleOverHttp } from '../auth/guards.ts';
import { requestAuth } from '../auth/request-auth.ts';

function badRequest(response: express.Response, request: express.Request, message: string): void {
  response.status(400).json({ error: { code: 'INVALID_DOCUMENT', message, requestId: request.id } });
}

/**
 * `POST /api/import[?symbol=A/65/457]` with the document as a text/plain body (UTF-8, up to the
 * size limit), for scripts. Answers the import report as JSON: 201 when the document is new,
 * 200 when it was unchanged or updated, 400 with the reason for input that is not an
 * importable UN document. Planners and admins only, signed in or with an API token (the caller is
 * established by the /api middleware in app.ts): 401 for the public, 403 for donors, 429 past
 * `rateLimit`; the body is not read before these checks.
 */
export function createImportRouter(
  db: Kysely<Database>,
  options: { rateLimit: express.RequestHandler },
): express.Router {
  const importRouter = express.Router();
  importRouter.post(
    '/api/import',
    requireRoleOverHttp(PLANNING_ROLES),
    options.rateLimit,
    // Raw bytes whatever the declared type, so binary uploads and bad encodings are caught and named.
    express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES }),
    async (request, response) => {
      const symbol =
        typeof request.query.symbol === 'string' && request.query.symbol !== '' ? request.query.symbol : undefined;
      const checkedSymbol = ZImportDocumentInput.shape.symbol.safeParse(symbol);
      if (!checkedSymbol.success) {
        badRequest(response, request, `symbol: ${checkedSymbol.error.issues[0]?.message ?? 'invalid'}`);
        return;
      }
      const body: unknown = request.body;
      const bytes = body instanceof Uint8Array ? body : new Uint8Array();
      try {
        // Recorded in the audit log in the caller's name (session or API token) with this request's id.
        const writer = { actor: requestAuth(request).actor, requestId: String(request.id) };
        const report = await importDocument(db, { text: decodeUtf8Strict(bytes), symbol: checkedSymbol.data }, writer);
        response.status(report.status === 'created' ? 201 : 200).json(report);
      } catch (error) {
        if (error instanceof AppError && (error.code === 'INVALID_DOCUMENT' || error.code === 'BAD_REQUEST')) {
          badRequest(response, request, error.message);
          return;
        }
        throw error;
      }
    },
  );
  // The body parser refuses oversized bodies before the handler runs; say so in the same shape.
  importRouter.use(
    '/api/import',
    (error: unknown, request: express.Request, response: express.Response, next: express.NextFunction) => {
      const type = (error as { type?: unknown } | null)?.type;
      if (type === 'entity.too.large') {
        badRequest(response, request, `The document is larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit.`);
        return;
      }
      if (type === 'request.aborted' || type === 'encoding.unsupported') {
        badRequest(response, request, 'The request body could not be read.');
        return;
      }
      next(error);
    },
  );
  return importRouter;
}
