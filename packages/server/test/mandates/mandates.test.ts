import type { MandateListItem, TMandateListInput } from '@mandate-tracker/shared';
import { TRPCError } from '@trpc/server';
import { beforeAll, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { appRouter } from '../../src/trpc/root.ts';
import { createCallerFactory, createContext } from '../../src/trpc/trpc.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { corpusText } from '../imports/corpus.ts';
import { resetDatabase } from '../planning/reference-data.ts';

const createCaller = createCallerFactory(appRouter);

async function failureOf(call: () => Promise<unknown>): Promise<TRPCError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describeEachEngine('mandates', (getDb, engine) => {
  const caller = () => createCaller(createContext({ db: getDb(), engine }, { actor: TEST_ACTORS.planner }));
  let reportId = 0;
  let all: MandateListItem[] = [];

  beforeAll(async () => {
    await resetDatabase(getDb());
    reportId = (await caller().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' })).documentId;
    await caller().documents.import({ text: corpusText('A-RES-65-232.txt') });
    all = (await caller().mandates.list({ unodcFacing: null, limit: 200 })).items;
  });

  const list = async (input: Partial<TMandateListInput>) =>
    (await caller().mandates.list({ limit: 200, ...input })).items;
  const at = (label: string, paragraph: string, documentId = reportId) => {
    const found = all.find(
      (mandate) =>
        mandate.documentId === documentId && mandate.resolutionLabel === label && mandate.paragraphNumber === paragraph,
    );
    if (found === undefined) throw new Error(`no mandate at ${label}.${paragraph}`);
    return found;
  };

  it('filters by addressee, verb, reporting body and session, due range, subject and text', async () => {
    const facing = await list({});
    expect(facing.length).toBeGreaterThan(37);
    expect(all.length).toBeGreaterThan(facing.length);
    expect(facing.every((mandate) => mandate.unodcFacing)).toBe(true);
    expect((await list({ unodcFacing: false })).every((mandate) => !mandate.unodcFacing)).toBe(true);

    const toSecretaryGeneral = await list({ addressee: ['secretary-general'] });
    expect(toSecretaryGeneral.length).toBeGreaterThan(0);
    expect(toSecretaryGeneral.length).toBeLessThan(facing.length);
    expect(toSecretaryGeneral.every((mandate) => mandate.addressees.includes('secretary-general'))).toBe(true);

    const urged = await list({ verb: ['urge'], unodcFacing: null });
    expect(urged.length).toBeGreaterThan(0);
    expect(urged.every((mandate) => mandate.verbs.includes('urge'))).toBe(true);

    const toCcpcj20 = await list({ body: ['ccpcj'], session: 20 });
    expect(toCcpcj20.map((mandate) => mandate.id)).toContain(at('I', '14').id);
    expect(
      toCcpcj20.every((mandate) =>
        mandate.obligations.some(
          (obligation) => obligation.body === 'ccpcj' && (obligation.session === 20 || obligation.untilSession === 20),
        ),
      ),
    ).toBe(true);

    const dueInSeptember2011 = await list({ dueFrom: '2011-09-01', dueTo: '2011-09-30' });
    expect(dueInSeptember2011.map((mandate) => mandate.id)).toContain(at('VI', '36').id);
    expect(
      dueInSeptember2011.every((mandate) =>
        mandate.obligations.some(
          (obligation) =>
            obligation.dueDate !== null && obligation.dueDate >= '2011-09-01' && obligation.dueDate <= '2011-09-30',
        ),
      ),
    ).toBe(true);

    const onPrisoners = await list({ subject: 'prisoner treatment', unodcFacing: null });
    expect(onPrisoners.length).toBeGreaterThan(0);
    expect(onPrisoners.every((mandate) => mandate.documentId === reportId)).toBe(true);

    const laundering = await list({ q: 'money laundering' });
    expect(laundering.map((mandate) => mandate.id)).toContain(at('VI', '14').id);
    expect(laundering.length).toBeLessThan(facing.length);
  });

  it('pages through every mandate with a keyset cursor in each order and direction', async () => {
    for (const sort of ['resolution', 'due', 'status'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const whole = await list({ sort, direction, unodcFacing: null });
        const paged: number[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<ReturnType<typeof caller>['mandates']['list']>> = await caller().mandates.list(
            { sort, direction, unodcFacing: null, limit: 45, cursor },
          );
          expect(page.items.length).toBeLessThanOrEqual(45);
          paged.push(...page.items.map((mandate) => mandate.id));
          cursor = page.nextCursor;
        } while (cursor !== null);
        expect(paged).toEqual(whole.map((mandate) => mandate.id));
        expect(new Set(paged).size).toBe(all.length);
      }
    }
    const byDue = await list({ sort: 'due' });
    const dues = byDue.map((mandate) => mandate.nextDue ?? '9999-12-31');
    expect(dues).toEqual([...dues].sort());
    expect(byDue[0]!.nextDue).toBe('2011-03-21');

    const dueCursor = (await caller().mandates.list({ sort: 'due', limit: 1 })).nextCursor;
    const error = await failureOf(() => caller().mandates.list({ sort: 'status', cursor: dueCursor }));
    expect(error.code).toBe('BAD_REQUEST');
  }, 120_000);

  it('saves planning fields with optimistic versioning and refuses a stale update with CONFLICT and the current values', async () => {
    const mandate = at('II', '10');
    const saved = await caller().mandates.update({
      id: mandate.id,
      version: mandate.version,
      status: 'in-progress',
      ownerUnit: 'HTMSS',
      notes: 'Started',
    });
    expect(saved).toMatchObject({
      status: 'in-progress',
      ownerUnit: 'HTMSS',
      notes: 'Started',
      version: mandate.version + 1,
    });

    const stale = await failureOf(() =>
      caller().mandates.update({ id: mandate.id, version: mandate.version, status: 'closed' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.cause).toBeInstanceOf(AppError);
    expect((stale.cause as AppError).details?.current).toMatchObject({
      version: mandate.version + 1,
      status: 'in-progress',
    });

    expect((await list({ status: ['in-progress'], unodcFacing: null })).map((row) => row.id)).toContain(mandate.id);
    expect((await list({ owner: 'htmss', unodcFacing: null })).map((row) => row.id)).toEqual([mandate.id]);
    const missing = await failureOf(() => caller().mandates.update({ id: 999_999, version: 1, status: 'open' }));
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('filters funded and unfunded mandates and by project through links to projects and budget lines', async () => {
    const db = getDb();
    const project = (code: string) =>
      db
        .insertInto('project')
        .values({
          code,
          title: `Project ${code}`,
          theme: null,
          region: null,
          status: 'active',
          period_start: null,
          period_end: null,
          source: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const funded = await project('FUND01');
    const unfunded = await project('NOFUND1');
    await db
      .insertInto('budget_line')
      .values({
        title: 'FUND01 2011',
        fund: 'special-purpose',
        period: '2010-2011',
        amount: 250000,
        project_id: funded.id,
        source: null,
      })
      .execute();
    const withMoney = at('III', '5');
    const withoutMoney = at('III', '6');
    await db
      .insertInto('mandate_project')
      .values([
        { mandate_id: withMoney.id, project_id: funded.id },
        { mandate_id: withoutMoney.id, project_id: unfunded.id },
      ])
      .execute();

    const fundedIds = (await list({ funded: true, unodcFacing: null })).map((row) => row.id);
    const unfundedIds = (await list({ funded: false, unodcFacing: null })).map((row) => row.id);
    expect(fundedIds).toEqual([withMoney.id]);
    expect(unfundedIds).toContain(withoutMoney.id);
    expect(unfundedIds).not.toContain(withMoney.id);
    expect(fundedIds.length + unfundedIds.length).toBe(all.length);
    expect((await list({ projectId: unfunded.id, unodcFacing: null })).map((row) => row.id)).toEqual([withoutMoney.id]);
  });

  it('applies an override in lists and filters, and clearing it restores the extracted values', async () => {
    const target = at('VI', '14');
    expect(target.obligations).toEqual([]);
    const overridden = await caller().mandates.override({
      id: target.id,
      version: (await caller().mandates.get({ id: target.id })).version,
      field: 'reporting',
      value: [{ body: 'ccpcj', session: 21, relation: 'at', untilSession: null, due: null, recurrence: null }],
    });
    expect(overridden.overridden).toEqual(['reporting']);
    expect(overridden.obligations).toEqual([
      expect.objectContaining({
        body: 'ccpcj',
        session: 21,
        origin: 'entered',
        dueDate: expect.stringMatching(/^2012-/),
      }),
    ]);
    expect(overridden.extracted.reporting).toEqual([]);
    expect((await list({ body: ['ccpcj'], session: 21 })).map((row) => row.id)).toContain(target.id);

    const cleared = await caller().mandates.clearOverride({
      id: target.id,
      version: overridden.version,
      field: 'reporting',
    });
    expect(cleared.obligations).toEqual([]);
    expect(cleared.overridden).toEqual([]);
    expect((await list({ body: ['ccpcj'], session: 21 })).map((row) => row.id)).not.toContain(target.id);

    const notFacing = all.find((mandate) => !mandate.unodcFacing && mandate.documentId === reportId)!;
    const corrected = await caller().mandates.override({
      id: notFacing.id,
      version: (await caller().mandates.get({ id: notFacing.id })).version,
      field: 'addressees',
      value: ['unodc'],
    });
    expect((await list({ addressee: ['unodc'] })).map((row) => row.id)).toContain(notFacing.id);
    await caller().mandates.clearOverride({ id: notFacing.id, version: corrected.version, field: 'addressees' });
    expect((await list({})).map((row) => row.id)).not.toContain(notFacing.id);
  });

  it('returns a mandate with its paragraph, spans, resolution context and extracted values', async () => {
    const detail = await caller().mandates.get({ id: at('I', '14').id });
    expect(detail.paragraph.text).toContain(
      'Commission on Crime Prevention and Criminal Justice at its twentieth session',
    );
    expect(detail.spans.clause.end).toBeLessThanOrEqual(detail.paragraph.text.length);
    expect(detail.spans.verbs.length).toBeGreaterThan(0);
    expect(detail.resolution).toMatchObject({ label: 'I', kind: 'resolution' });
    expect(detail.document).toMatchObject({ id: reportId, symbol: 'A/65/457', body: 'ga', session: 65 });
    expect(detail.extracted.addressees).toEqual(detail.addressees);
    expect(
      detail.obligations.map((obligation) => [obligation.body, obligation.sessionStart, obligation.sessionProjected]),
    ).toEqual(
      expect.arrayContaining([
        ['cnd', '2011-03-21', false],
        ['ccpcj', '2011-04-11', false],
      ]),
    );
    expect((await failureOf(() => caller().mandates.get({ id: 999_999 }))).code).toBe('NOT_FOUND');
  });

  it('suggests GLOU40 for the Global Programme against Money-Laundering, then links it or forgets it', async () => {
    const db = getDb();
    const glou40 = await db
      .insertInto('project')
      .values({
        code: 'GLOU40',
        title: 'Global Programme against Money Laundering, Proceeds of Crime and the Financing of Terrorism',
        theme: 'Money laundering',
        region: 'Global',
        status: 'active',
        period_start: null,
        period_end: null,
        source: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const fourteen = at('VI', '14');
    const suggestions = await caller().mandates.suggestions({ id: fourteen.id });
    expect(suggestions).toEqual([expect.objectContaining({ projectId: glou40.id, code: 'GLOU40' })]);
    expect(suggestions[0]!.matched).toMatch(/Global Programme against Money.Laundering/i);
    expect(await caller().mandates.suggestions({ id: at('I', '14').id })).toEqual([]);

    expect(await caller().mandates.acceptSuggestion({ mandateId: fourteen.id, projectId: glou40.id })).toEqual([]);
    const linked = await caller().mandates.get({ id: fourteen.id });
    expect(linked.projects.map((project) => project.code)).toEqual(['GLOU40']);
    expect(linked.suggestions).toEqual([]);

    const adopted = all.find(
      (mandate) => mandate.documentId !== reportId && mandate.programmes.some((name) => /money/i.test(name)),
    );
    expect(adopted).toBeDefined();
    expect((await caller().mandates.suggestions({ id: adopted!.id })).map((suggestion) => suggestion.code)).toEqual([
      'GLOU40',
    ]);
    expect(await caller().mandates.dismissSuggestion({ mandateId: adopted!.id, projectId: glou40.id })).toEqual([]);
    expect(await caller().mandates.suggestions({ id: adopted!.id })).toEqual([]);
    expect(
      (await failureOf(() => caller().mandates.dismissSuggestion({ mandateId: adopted!.id, projectId: 999_999 }))).code,
    ).toBe('NOT_FOUND');
  });
});
