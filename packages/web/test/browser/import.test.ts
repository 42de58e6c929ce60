import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityViolations, saveScreenshot, useBrowserApp } from './harness/index.ts';
import { queryApi } from './support/trpc-api.ts';

/** A short General Assembly resolution: three operative paragraphs, two asking something of UNODC's side. */
const RESOLUTION = `United Nations A/RES/99/101
General Assembly Distr.: General
15 January 2045

Ninety-ninth session
Agenda item 105

Resolution adopted by the General Assembly on 10 December 2044

99/101. Strengthening cooperation against money-laundering at sea

The General Assembly,

Recalling its resolution 65/232 of 21 December 2010,

1. Requests the United Nations Office on Drugs and Crime to provide technical assistance to Member States, upon request and within existing resources, to counter money-laundering at sea;

2. Urges Member States to cooperate with one another;

3. Requests the Secretary-General to report to the General Assembly at its one hundredth session on the implementation of the present resolution.
`;

/** The same text with paragraph 2 misnumbered, which the parser reports as a gap. */
const WITH_NUMBERING_GAP = RESOLUTION.replace('2. Urges', '4. Urges');

describe('import screen against the built server on PGlite', () => {
  const app = useBrowserApp({ startTimeoutMs: 120_000 });

  it('previews mandates and warnings while typing, imports as created, unchanged on a second import, updated after an edit', async () => {
    const { page, errors } = await app.openAs('planner', '/import');
    await page.getByRole('heading', { level: 1, name: 'Import a document' }).waitFor();
    const text = page.getByLabel('Or paste the text');

    await text.fill(WITH_NUMBERING_GAP);
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByText('NUMBERING_GAP').waitFor();
    expect(await preview.getByTestId('preview-warnings').innerText()).toBe('1');
    expect(await preview.getByText('Paragraph 4 follows paragraph 1').isVisible()).toBe(true);

    await text.fill(RESOLUTION);
    await preview.getByText('The parser had no doubts about this text.').waitFor();
    expect(await preview.getByTestId('preview-warnings').innerText()).toBe('0');
    expect(await preview.getByTestId('preview-mandates').innerText()).toBe('3');
    const mandates = await preview.getByRole('list').filter({ hasText: 'A/RES/99/101 para. 1' }).innerText();
    expect(mandates).toContain('requests → UNODC');
    expect(mandates).toContain('urges → Member States');
    expect(mandates).toContain('requests → Secretary-General');
    expect(mandates).toContain('within existing resources');
    expect(await preview.innerText()).toContain('GA, 99th session');
    // The preview saved nothing.
    expect(await queryApi<unknown[]>(app.server.url, 'documents.list')).toEqual([]);
    await saveScreenshot(page, 'import-preview');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByRole('region', { name: /Import result/ });
    await result.getByTestId('import-status').getByText('Created').waitFor();
    expect(await result.innerText()).toContain('A/RES/99/101');
    const documents = await queryApi<{ id: number; symbol: string; mandateCount: number }[]>(
      app.server.url,
      'documents.list',
    );
    expect(documents.map((document) => document.symbol)).toEqual(['A/RES/99/101']);
    expect(await result.getByRole('link', { name: 'Open the document' }).getAttribute('href')).toBe(
      `/documents/${documents[0]!.id}`,
    );
    await saveScreenshot(page, 'import-created');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await result.getByTestId('import-status').getByText('Unchanged').waitFor();
    expect(await queryApi<unknown[]>(app.server.url, 'documents.list')).toHaveLength(1);

    // A corrected version of the same document replaces it and says what changed.
    await text.fill(RESOLUTION.replace('to cooperate with one another', 'to cooperate closely with one another'));
    await preview.getByText('to cooperate closely with one another').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await result.getByTestId('import-status').getByText('Updated').waitFor();
    expect(await result.getByRole('heading', { name: 'What changed' }).isVisible()).toBe(true);
    expect(await result.innerText()).toMatch(/99\/101 operative paragraph 2: edited/);
    expect(await queryApi<unknown[]>(app.server.url, 'documents.list')).toHaveLength(1);
    await saveScreenshot(page, 'import-updated');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a binary file in the browser with what to do, and the database is unchanged', async () => {
    const before = await queryApi<unknown[]>(app.server.url, 'documents.list');
    const { page } = await app.openAs('planner', '/import');
    await page.getByRole('heading', { level: 1, name: 'Import a document' }).waitFor();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/trpc/documents.')) requests.push(request.url());
    });

    // The first bytes of a PDF, with the NUL bytes every binary file has.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), Buffer.from([0, 0, 0, 1, 2, 255])]);
    await page
      .getByLabel('Choose a .txt file')
      .setInputFiles({ name: 'resolution.pdf', mimeType: 'application/pdf', buffer: pdf });

    const alert = page.getByRole('alert');
    await alert.getByText(/binary file/).waitFor();
    expect(await alert.innerText()).toContain('Save the document as plain text (.txt, UTF-8)');
    expect(await page.getByLabel('Choose a .txt file').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'import-binary-refused');
    expect(requests).toEqual([]);
    expect(await queryApi<unknown[]>(app.server.url, 'documents.list')).toEqual(before);
    await page.close();
  });

  it("shows the server's refusal of a text that is not a UN document beside the text", async () => {
    const { page } = await app.openAs('planner', '/import');
    await page.getByLabel('Or paste the text').fill('Dear colleagues, the meeting is moved to Tuesday.');
    const alert = page.getByRole('alert');
    await alert.getByText(/does not look like a UN document/).waitFor();
    expect(await alert.innerText()).toContain('Paste the full text of a UN resolution or report');
    await page.close();
  });
});
