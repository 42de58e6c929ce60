import type { DocumentDetail, DocumentListItem } from '@mandate-tracker/shared';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityViolations, saveScreenshot, useBrowserApp } from './harness/index.ts';
import { trpcQuery } from './trpc-query.ts';

describe('document reading view against the built server with the sample corpus', () => {
  const app = useBrowserApp({ sampleData: 'load' });

  async function reportA65457(): Promise<DocumentDetail> {
    const documents = await trpcQuery<DocumentListItem[]>(app.server.url, 'documents.list');
    const listed = documents.find((document) => document.symbol === 'A/65/457');
    if (listed === undefined) throw new Error('A/65/457 is not in the sample corpus');
    return trpcQuery<DocumentDetail>(app.server.url, 'documents.get', { id: listed.id });
  }

  it('lists the documents and opens A/65/457 with its six draft resolutions in the contents', async () => {
    const detail = await reportA65457();
    const { page, errors } = await app.open('/documents');
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    expect(await page.getByRole('link', { name: 'Documents' }).first().getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'A/65/457', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: /^A\/65\/457/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/documents/${detail.id}`);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    const drafts = contents.getByRole('link', { name: /^Draft resolution [IVX]+/ });
    expect(await drafts.count()).toBe(6);
    expect((await drafts.allInnerTexts()).map((text) => text.split('\n')[0])).toEqual([
      'Draft resolution I',
      'Draft resolution II',
      'Draft resolution III',
      'Draft resolution IV',
      'Draft resolution V',
      'Draft resolution VI',
    ]);

    const facts = page.getByRole('region', { name: 'About this document' });
    expect(await facts.innerText()).toContain('General Assembly (GA, 65th session)');
    expect(await facts.innerText()).toContain(detail.agendaItems.join(', '));
    const warnings = page.getByRole('region', { name: 'Parser warnings' });
    for (const warning of detail.warnings) expect(await warnings.innerText()).toContain(warning.code);

    await saveScreenshot(page, 'document-a-65-457');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('jumps from the contents to a resolution and from a marked paragraph to its mandate', async () => {
    const detail = await reportA65457();
    const sixth = detail.resolutions.find((resolution) => resolution.label === 'VI');
    expect(sixth).toBeDefined();
    const marked = sixth!.operative.find((paragraph) => paragraph.mandates.some((mandate) => mandate.unodcFacing));
    expect(marked).toBeDefined();
    const mandate = marked!.mandates.find((candidate) => candidate.unodcFacing)!;

    const { page, errors } = await app.open(`/documents/${detail.id}`);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await contents.getByRole('link', { name: /^Draft resolution VI/ }).click();
    await page.waitForURL((url) => url.hash === `#resolution-${sixth!.id}`);

    const paragraph = page.locator(`#p-${marked!.id}`);
    expect(await paragraph.innerText()).toContain(marked!.text.slice(0, 60));
    const markers = paragraph.getByRole('list', { name: 'Mandates in this paragraph' });
    expect(await markers.innerText()).toContain('UNODC');
    const open = markers.getByRole('link', { name: `Open mandate ${mandate.id}` });
    expect(await open.getAttribute('href')).toBe(`/mandates/${mandate.id}`);
    await open.click();
    await page.waitForURL((url) => url.pathname === `/mandates/${mandate.id}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens at a paragraph anchor and shows that paragraph', async () => {
    const detail = await reportA65457();
    const target = detail.resolutions[3]!.operative.at(-1)!;
    const { page } = await app.open(`/documents/${detail.id}#p-${target.id}`);
    const paragraph = page.locator(`#p-${target.id}`);
    await paragraph.waitFor();
    await page.waitForFunction((id) => document.activeElement?.id === id, `p-${target.id}`);
    expect(await paragraph.isVisible()).toBe(true);
    const box = await paragraph.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    await page.close();
  });

  it('sets sub-paragraphs and annexes apart from the operative text', async () => {
    const detail = await reportA65457();
    const second = detail.resolutions.find((resolution) => resolution.label === 'II')!;
    expect(second.annexes.length).toBeGreaterThan(0);
    const { page } = await app.open(`/documents/${detail.id}`);
    const section = page.getByRole('region', { name: /^Draft resolution II\b/ });
    const annex = section.getByRole('complementary', { name: 'Annex to draft resolution II' });
    await annex.waitFor();
    expect(await annex.getByRole('heading', { level: 5, name: 'Preamble' }).count()).toBeGreaterThan(0);
    const listed = second.annexes[0]!.paragraphs.find((paragraph) => /: \(a\) .*; \(b\) /.test(paragraph.text));
    if (listed !== undefined) {
      const items = page.locator(`#p-${listed.id} .subparagraphs > li`);
      expect(await items.count()).toBeGreaterThanOrEqual(2);
      expect(await items.first().innerText()).toMatch(/^\(a\) /);
    }
    await page.close();
  });

  it('says so when a document does not exist', async () => {
    const { page } = await app.open('/documents/999999');
    await page.getByRole('heading', { level: 1, name: 'Document not found' }).waitFor();
    await page.getByRole('link', { name: 'list of documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await page.close();
  });

  it.each([['/documents'], ['/documents/1']])(
    'has no serious or critical accessibility violations on %s',
    async (path) => {
      const { page } = await app.open(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('status').waitFor({ state: 'detached' });
      await page.locator('.ledger-table, .resolution').first().waitFor();
      expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
