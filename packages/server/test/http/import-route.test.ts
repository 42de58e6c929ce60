import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, type ImportReport } from '@mandate-tracker/shared';
import { createApiToken, createUser } from '../../src/domain/accounts/index.ts';
import { createApp } from '../../src/http/app.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { listenOnFreePort } from '../helpers/http.ts';
import { corpusText, rowCounts } from '../imports/corpus.ts';
import { resetDatabase } from '../planning/reference-data.ts';

describeEachEngine('POST /api/import', (getDb, engine) => {
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const app = createApp({
      database: { db: getDb(), engine },
      logger: pino({ level: 'silent' }),
      webDistDir: '/nonexistent',
    });
    ({ baseUrl, close } = await listenOnFreePort(app));
  });
  afterAll(() => close());
  // Imports need a planner; scripts prove it with an API token (test/http/auth.test.ts covers the refusals).
  let authorization = '';
  beforeEach(async () => {
    await resetDatabase(getDb());
    const write = { actor: TEST_ACTORS.admin };
    const { user } = await createUser(getDb(), write, { email: 'importer@test.invalid', role: 'planner' });
    const { token } = await createApiToken(getDb(), write, { userId: user.id, name: 'import tests' });
    authorization = `Bearer ${token}`;
  });

  const post = (body: string | Uint8Array, query = '', contentType = 'text/plain; charset=utf-8') =>
    fetch(`${baseUrl}/api/import${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization },
      body,
    });

  it('imports a text body with 201, then answers 200 unchanged for the same text', async () => {
    const created = await post(corpusText('A-65-457.txt'), '?symbol=A/65/457');
    expect(created.status).toBe(201);
    const report = (await created.json()) as ImportReport;
    expect(report).toMatchObject({ status: 'created', symbol: 'A/65/457', counts: { resolutions: 7 } });

    const again = await post(corpusText('A-65-457.txt'), '?symbol=A/65/457');
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'unchanged', documentId: report.documentId });
  });

  it('rejects binary, invalid UTF-8, empty, oversized and non-UN bodies with 400 and a specific message, writing nothing', async () => {
    await post(corpusText('A-RES-65-232.txt'));
    const before = await rowCounts(getDb());
    const cases: [string | Uint8Array, RegExp][] = [
      [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]), /binary/i],
      [
        new Uint8Array([...new TextEncoder().encode('General Assembly resolution '), 0xc3, 0x28, 0x41]),
        /not valid UTF-8/,
      ],
      ['', /empty/i],
      [new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61), /5 MB limit/],
      ['Shopping list: apples, pears, bread, milk, cheese and a newspaper for the weekend. '.repeat(20), /./],
    ];
    for (const [body, message] of cases) {
      const response = await post(body, '', 'application/octet-stream');
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { error: { code: string; message: string } };
      expect(answer.error.code).toBe('INVALID_DOCUMENT');
      expect(answer.error.message).toMatch(message);
    }
    const badSymbol = await post(corpusText('A-RES-65-232.txt'), '?symbol=%3Cscript%3E');
    expect(badSymbol.status).toBe(400);
    expect(await rowCounts(getDb())).toEqual(before);
  });

  it('answers 200 updated with what changed for a new version under the same symbol', async () => {
    await post(corpusText('A-RES-65-232.txt'));
    const edited = corpusText('A-RES-65-232.txt').replace('Reaffirms', 'Strongly reaffirms');
    const response = await post(edited);
    expect(response.status).toBe(200);
    const report = (await response.json()) as ImportReport;
    expect(report).toMatchObject({ status: 'updated', symbol: 'A/RES/65/232', notCarried: [] });
    expect(report.changes.length).toBeGreaterThan(0);
  });
});
