import { createHash, randomBytes } from 'node:crypto';

/** A random secret of 32 bytes (256 bits), URL-safe base64 without padding: 43 characters. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * SHA-256 of a secret, in hex. Session and API tokens are stored only as this hash: they are
 * random enough that no salt or slow hash is needed, and a copy of the table cannot be replayed.
 */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
