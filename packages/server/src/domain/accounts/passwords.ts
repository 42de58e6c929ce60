import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@mandate-tracker/shared';
import { AppError } from '../errors.ts';

// `Algorithm` is an ambient const enum, which isolatedModules cannot reference by member name;
// 2 is Argon2id. The migration's check (password_hash like '$argon2id$%') backs this up.
const ARGON2ID = 2 as Algorithm;

/**
 * OWASP's recommended argon2id parameters (19 MiB, 2 passes, 1 lane): about 30–60 ms per hash
 * here, cheap for a sign-in, costly for an offline guesser.
 */
const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id; the result is a PHC string carrying its salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

/** True when `password` matches the PHC string `passwordHash`; false for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one real verification against a hash of nothing, so a sign-in with an
 * unknown email takes about as long as one with a wrong password and does not reveal which
 * emails have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(await dummyHash, password);
}

/**
 * The password policy: at least PASSWORD_MIN_LENGTH and at most PASSWORD_MAX_LENGTH characters.
 * Length is what makes a password strong; composition rules only make it harder to remember.
 * @throws AppError BAD_REQUEST saying which limit was broken
 */
export function assertPasswordPolicy(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new AppError('BAD_REQUEST', `The password is too short: use at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new AppError('BAD_REQUEST', `The password is too long: use at most ${PASSWORD_MAX_LENGTH} characters.`);
  }
}

/** A random one-time password (128 bits, 22 URL-safe characters) for a new or reset account. */
export function generateTemporaryPassword(): string {
  return randomBytes(16).toString('base64url');
}
