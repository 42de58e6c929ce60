import { mandateFilterFromQuery, type TMandateFilter } from '@mandate-tracker/shared';
import type express from 'express';
import { z } from 'zod';

/**
 * Reads the mandate-list filter from the query string (`?body=ccpcj&addressee=unodc`), the same
 * parameters as the mandate list in the web app. On invalid parameters answers 400 with a
 * message naming each bad parameter and returns null.
 */
export function filterFromRequest(request: express.Request, response: express.Response): TMandateFilter | null {
  try {
    return mandateFilterFromQuery(request.query as Record<string, unknown>);
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const problems = error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`);
    response.status(400).json({
      error: {
        code: 'BAD_REQUEST',
        message: `Invalid filter parameters: ${problems.join('; ')}`,
        issues: problems,
        requestId: request.id,
      },
    });
    return null;
  }
}

/** The app's own origin as the client reached it, for links inside feeds. */
export function originOf(request: express.Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
