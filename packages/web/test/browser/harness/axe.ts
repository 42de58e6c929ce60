import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One accessibility rule broken on the page, with the elements that break it. */
export interface AccessibilityViolation {
  rule: string;
  impact: 'serious' | 'critical';
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and returns the serious and
 * critical violations; an empty array means the page passes the bar issue 5 sets.
 */
export async function findSeriousAccessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  // page.evaluate, unlike a <script> tag, is not blocked by a Content-Security-Policy.
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact as 'serious' | 'critical',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
