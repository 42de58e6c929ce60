import path from 'node:path';
import { ZEmail, ZNewPassword } from '@mandate-tracker/shared';
import { z } from 'zod';
import { findRepoRoot } from './paths.ts';

/** The in-memory PGlite data directory, used by tests and throwaway runs. */
export const IN_MEMORY_PGLITE = 'memory://';

const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a URL like postgres://user:password@host:5432/database' },
);

/** A whole number within bounds, written in decimal digits (so '3e3' or '80.5' are refused). */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { message: `must be a whole number from ${min} to ${max}` });

/**
 * Express's `trust proxy`: `false` (default: no proxy, so X-Forwarded-* headers are ignored),
 * `true`, a number of proxy hops, or a comma-separated list of proxy addresses or subnets
 * (`loopback`, `10.0.0.0/8`, …). It decides what the client's IP (rate limits) and protocol
 * (the Secure cookie flag) are.
 */
const trustProxy = z.string().transform((value): boolean | number | string => {
  const trimmed = value.trim();
  if (trimmed === 'false') return false;
  if (trimmed === 'true') return true;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
});

/** Extra origins allowed to send cookie requests, e.g. the Vite dev server `http://localhost:5173`. */
const trustedOrigins = z.string().transform((value, context) => {
  const origins = value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      context.addIssue({ code: 'custom', message: `"${origin}" is not an origin like http://localhost:5173` });
      return z.NEVER;
    }
  }
  return origins;
});

const environmentSchema = z.object({
  PORT: z.preprocess(emptyAsUndefined, wholeNumber(0, 65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  PGLITE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data/pglite')),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  WEB_DIST_DIR: z.preprocess(emptyAsUndefined, z.string().default('packages/web/dist')),
  SAMPLE_DATA: z.preprocess(emptyAsUndefined, z.enum(['load', 'skip']).default('load')),
  DOC_LEAD_WEEKS: z.preprocess(emptyAsUndefined, wholeNumber(0, 52).default(10)),
  ADMIN_EMAIL: z.preprocess(emptyAsUndefined, ZEmail.optional()),
  ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, ZNewPassword.optional()),
  TRUST_PROXY: z.preprocess(emptyAsUndefined, trustProxy.default(false)),
  TRUSTED_ORIGINS: z.preprocess(emptyAsUndefined, trustedOrigins.default([])),
});

/** The validated server configuration; every path is absolute. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** `null` selects the embedded PGlite database. */
  readonly databaseUrl: string | null;
  /** Absolute directory, or `memory://` for an in-memory database. */
  readonly pgliteDataDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly webDistDir: string;
  readonly sampleData: 'load' | 'skip';
  /** Planning assumption: documentation is due this many weeks before a session opens. */
  readonly docLeadWeeks: number;
  /** The first admin's email when the database has no admin; null means `admin@localhost`. */
  readonly adminEmail: string | null;
  /** The first admin's password; null generates a one-time password printed once at start. */
  readonly adminPassword: string | null;
  /** Express's `trust proxy` setting. */
  readonly trustProxy: boolean | number | string;
  /** Origins besides the server's own allowed to make cookie-authenticated writes. */
  readonly trustedOrigins: readonly string[];
  readonly repoRoot: string;
}

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once. Relative paths resolve against the repository
 * root, not the working directory, so the server behaves the same wherever it is started.
 * @throws ConfigError naming each invalid variable, e.g. `PORT: must be a whole number …`.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      const received = environment[variable];
      // Secrets are named, never echoed.
      const shown =
        variable === 'DATABASE_URL' || variable === 'ADMIN_PASSWORD'
          ? ''
          : received === undefined
            ? ''
            : ` (got "${received}")`;
      return `${variable}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  const repoRoot = findRepoRoot();
  const resolveFromRoot = (value: string) => path.resolve(repoRoot, value);
  return Object.freeze({
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL ?? null,
    pgliteDataDir:
      values.PGLITE_DATA_DIR === IN_MEMORY_PGLITE ? IN_MEMORY_PGLITE : resolveFromRoot(values.PGLITE_DATA_DIR),
    logLevel: values.LOG_LEVEL,
    webDistDir: resolveFromRoot(values.WEB_DIST_DIR),
    sampleData: values.SAMPLE_DATA,
    docLeadWeeks: values.DOC_LEAD_WEEKS,
    adminEmail: values.ADMIN_EMAIL ?? null,
    adminPassword: values.ADMIN_PASSWORD ?? null,
    trustProxy: values.TRUST_PROXY,
    trustedOrigins: Object.freeze([...values.TRUSTED_ORIGINS]),
    repoRoot,
  });
}
