/**
 * User administration from the command line, on the configured database (DATABASE_URL or the
 * embedded PGlite, exactly as the server), migrating it first:
 *   pnpm user:add EMAIL --role admin|planner|donor [--password-stdin]
 *   pnpm user:reset EMAIL
 * `add` prints a generated one-time password (the user chooses their own at first sign-in)
 * unless --password-stdin reads one from standard input. `reset` prints a new one-time password
 * and signs the user out everywhere. Exits 2 on bad usage, 1 when the change is refused.
 */
import { ROLES, ZEmail, ZRole } from '@mandate-tracker/shared';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { assertPasswordPolicy, createUser, findUserByEmail, resetPassword } from '../domain/accounts/index.ts';
import type { WriteContext } from '../domain/audit/index.ts';
import { AppError } from '../domain/errors.ts';

const USAGE = `usage: pnpm user:add EMAIL --role ${ROLES.join('|')} [--password-stdin]
       pnpm user:reset EMAIL`;

const CLI_WRITE: WriteContext = { actor: 'cli', requestId: null };

/** A refusal worth one line on stderr, with the exit code to leave with. */
class UsageError extends Error {}

interface Command {
  action: 'add' | 'reset';
  email: string;
  role: (typeof ROLES)[number] | null;
  passwordFromStdin: boolean;
}

function parseCommand(args: readonly string[]): Command {
  const [action, ...rest] = args;
  if (action !== 'add' && action !== 'reset') throw new UsageError(USAGE);
  let role: string | null = null;
  let passwordFromStdin = false;
  const positional: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    if (arg === '--role') {
      role = rest[index + 1] ?? '';
      index += 1;
    } else if (arg.startsWith('--role=')) role = arg.slice('--role='.length);
    else if (arg === '--password-stdin') passwordFromStdin = true;
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(`Give exactly one EMAIL.\n${USAGE}`);
  const email = ZEmail.safeParse(positional[0]);
  if (!email.success) throw new UsageError(`"${positional[0]}" is not an email address.\n${USAGE}`);
  if (action === 'reset' && (role !== null || passwordFromStdin)) {
    throw new UsageError(`user:reset takes only an EMAIL.\n${USAGE}`);
  }
  let checkedRole: Command['role'] = null;
  if (action === 'add') {
    const parsed = ZRole.safeParse(role);
    if (!parsed.success) {
      throw new UsageError(
        role === null
          ? `Give the role with --role ${ROLES.join('|')}.\n${USAGE}`
          : `Unknown role "${role}": use one of ${ROLES.join(', ')}.`,
      );
    }
    checkedRole = parsed.data;
  }
  return { action, email: email.data, role: checkedRole, passwordFromStdin };
}

async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // `echo secret | …` and files end with a newline that is not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const command = parseCommand(process.argv.slice(2));
  const password = command.passwordFromStdin ? await readPasswordFromStdin() : undefined;
  // Checked before the database opens, so a typo costs no start-up time.
  if (password !== undefined) assertPasswordPolicy(password);
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    if (command.action === 'add' && command.role !== null) {
      const { user, temporaryPassword } = await createUser(database.db, CLI_WRITE, {
        email: command.email,
        role: command.role,
        password,
      });
      console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
      if (temporaryPassword !== undefined) printOneTimePassword(user.email, temporaryPassword);
      return 0;
    }
    const user = await findUserByEmail(database.db, command.email);
    if (user === undefined) throw new AppError('NOT_FOUND', `No user with email ${command.email}.`);
    const { temporaryPassword } = await resetPassword(database.db, CLI_WRITE, user.id);
    console.log(`Reset the password of ${user.email} and signed them out everywhere.`);
    printOneTimePassword(user.email, temporaryPassword);
    return 0;
  } finally {
    await database.close();
  }
}

function printOneTimePassword(email: string, password: string): void {
  console.log(
    `One-time password for ${email} (shown once; a new one is chosen at first sign-in):\n\n    ${password}\n`,
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`${error instanceof AppError ? '' : 'user command failed: '}${reason}`);
    process.exitCode = 1;
  },
);
