import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { findRepoRoot } from '../src/paths.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

function configErrorOf(environment: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('uses the documented defaults on an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: null,
      pgliteDataDir: path.join(repoRoot, 'data/pglite'),
      logLevel: 'info',
      webDistDir: path.join(repoRoot, 'packages/web/dist'),
      sampleData: 'load',
      docLeadWeeks: 10,
      adminEmail: null,
      adminPassword: null,
      trustProxy: false,
      trustedOrigins: [],
      repoRoot,
    });
  });

  it('reads every variable and treats empty ones as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgresql://app:pw@db:5432/tracker',
      PGLITE_DATA_DIR: '',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '/srv/web',
      SAMPLE_DATA: 'skip',
      DOC_LEAD_WEEKS: '6',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://app:pw@db:5432/tracker',
      pgliteDataDir: path.join(repoRoot, 'data/pglite'),
      logLevel: 'warn',
      webDistDir: '/srv/web',
      sampleData: 'skip',
      docLeadWeeks: 6,
    });
  });

  it('resolves relative directories against the repository root, not the working directory', () => {
    expect(findRepoRoot()).toBe(repoRoot);
    expect(loadConfig({ PGLITE_DATA_DIR: 'tmp/db' }).pgliteDataDir).toBe(path.join(repoRoot, 'tmp/db'));
  });

  it('keeps memory:// as the in-memory PGlite marker', () => {
    expect(loadConfig({ PGLITE_DATA_DIR: 'memory://' }).pgliteDataDir).toBe('memory://');
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });

  it.each(['abc', '70000', '-1', '80.5', '3e3'])('refuses PORT=%s naming the variable', (port) => {
    expect(configErrorOf({ PORT: port }).message).toContain(
      `PORT: must be a whole number from 0 to 65535 (got "${port}")`,
    );
  });

  it.each(['mysql://db/x', 'not a url', 'postgres://'])('refuses DATABASE_URL=%s naming the variable', (url) => {
    expect(configErrorOf({ DATABASE_URL: url }).message).toContain(
      'DATABASE_URL: must be a URL like postgres://user:password@host:5432/database',
    );
  });

  it('never repeats a DATABASE_URL, which may hold a password', () => {
    expect(configErrorOf({ DATABASE_URL: 'mysql://root:hunter2@db/x' }).message).not.toContain('hunter2');
  });

  it('reads the first admin, the proxy setting and trusted origins', () => {
    expect(
      loadConfig({
        ADMIN_EMAIL: ' Admin@Example.ORG ',
        ADMIN_PASSWORD: 'a long enough password',
        TRUST_PROXY: 'loopback, 10.0.0.0/8',
        TRUSTED_ORIGINS: 'http://localhost:5173, https://tracker.example.org',
      }),
    ).toMatchObject({
      adminEmail: 'admin@example.org',
      adminPassword: 'a long enough password',
      trustProxy: 'loopback, 10.0.0.0/8',
      trustedOrigins: ['http://localhost:5173', 'https://tracker.example.org'],
    });
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  });

  it('refuses a short ADMIN_PASSWORD without repeating it, and a malformed ADMIN_EMAIL or origin', () => {
    const message = configErrorOf({
      ADMIN_PASSWORD: 'hunter2',
      ADMIN_EMAIL: 'not an email',
      TRUSTED_ORIGINS: 'localhost:5173',
    }).message;
    expect(message).toContain('ADMIN_PASSWORD: Use at least 12 characters');
    expect(message).not.toContain('hunter2');
    expect(message).toContain('ADMIN_EMAIL: Enter an email address like name@example.org');
    expect(message).toContain('TRUSTED_ORIGINS: "localhost:5173" is not an origin like http://localhost:5173');
  });

  it('lists every bad variable at once', () => {
    const message = configErrorOf({ PORT: 'x', SAMPLE_DATA: 'maybe', LOG_LEVEL: 'loud', DOC_LEAD_WEEKS: '99' }).message;
    for (const variable of ['PORT', 'SAMPLE_DATA', 'LOG_LEVEL', 'DOC_LEAD_WEEKS'])
      expect(message).toContain(`${variable}:`);
  });
});
