import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportReport } from '@mandate-tracker/shared';
import { createApiToken, createUser } from '../../src/domain/accounts/index.ts';
import { createApp } from '../../src/http/app.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { listenOnFreePort } from '../helpers/http.ts';
import { corpusText } from '../imports/corpus.ts';
import { resetDatabase } from '../planning/reference-data.ts';

describeEachEngine('POST /api/import in the audit log', (getDb, engine) => {
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

  it("records the import in the name of the API token's user, with the request id, and sets imported_by", async () => {
    await resetDatabase(getDb());
    const write = { actor: TEST_ACTORS.admin };
    const { user } = await createUser(getDb(), write, { email: 'importer@test.invalid', role: 'planner' });
    const { token } = await createApiToken(getDb(), write, { userId: user.id, name: 'audit test' });
    const response = await fetch(`${baseUrl}/api/import?symbol=A/RES/65/232`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${token}` },
      body: corpusText('A-RES-65-232.txt'),
    });
    expect(response.status).toBe(201);
    const report = (await response.json()) as ImportReport;

    const entries = await getDb().selectFrom('audit_log').selectAll().where('entity_type', '=', 'document').execute();
    expect(entries).toEqual([
      expect.objectContaining({
        actor_user_id: user.id,
        actor_label: 'importer@test.invalid',
        actor_via: 'token',
        action: 'import',
        entity_id: String(report.documentId),
        request_id: response.headers.get('x-request-id'),
        after: expect.objectContaining({ status: 'created', symbol: 'A/RES/65/232', counts: report.counts }),
      }),
    ]);
    const document = await getDb()
      .selectFrom('document')
      .select('imported_by')
      .where('id', '=', report.documentId)
      .executeTakeFirstOrThrow();
    expect(document.imported_by).toBe('importer@test.invalid');
  });
});
