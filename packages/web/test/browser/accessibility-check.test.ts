import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeriousAccessibilityViolations, launchBrowser } from './harness/index.ts';

// The shell tests expect an empty list from the axe check; this proves the check can fail.
describe('the accessibility check of the browser-test harness', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reports a button without a name and an image without alt text', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>Broken</title><main><h1>Broken</h1>' +
        '<button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>',
    );

    const violations = await findSeriousAccessibilityViolations(page);

    expect(violations.map((violation) => violation.rule).sort()).toEqual(['button-name', 'image-alt']);
    expect(violations.find((violation) => violation.rule === 'button-name')?.targets).toEqual(['button']);
    await page.close();
  });

  it('passes a small page that follows the rules', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>Fine</title><main><h1>Fine</h1><button>Save</button></main></html>',
    );

    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
