/** The transport-neutral error codes domain functions may raise. */
export const APP_ERROR_CODES = [
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_DOCUMENT',
  'BAD_REQUEST',
  'UNAVAILABLE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * The one error domain code throws: a code the transports map to a status (see
 * `trpc/trpc.ts` and `http/`), and a message fit to show a user.
 * @example throw new AppError('NOT_FOUND', `No mandate with id ${id}`);
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Structured facts for clients, e.g. the current version on a CONFLICT. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

/** HTTP status for each code, for plain HTTP routes (tRPC maps through its own codes). */
export const httpStatusOfAppError: Readonly<Record<AppErrorCode, number>> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_DOCUMENT: 422,
  BAD_REQUEST: 400,
  UNAVAILABLE: 503,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
};
