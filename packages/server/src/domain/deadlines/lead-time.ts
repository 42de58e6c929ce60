import { DEFAULT_DOC_LEAD_WEEKS } from '@mandate-tracker/shared';
import { loadConfig } from '../../config.ts';

let configured: number | undefined;

/**
 * The documentation lead time in weeks (`DOC_LEAD_WEEKS`, default 10): a planning assumption
 * that documentation is due this long before a session opens. Read once from the validated
 * configuration; falls back to the default when the environment cannot be read (scripts, tests).
 */
export function documentationLeadWeeks(): number {
  if (configured === undefined) {
    try {
      configured = loadConfig().docLeadWeeks;
    } catch {
      configured = DEFAULT_DOC_LEAD_WEEKS;
    }
  }
  return configured;
}

/** Today's date in UTC as 'YYYY-MM-DD': the one place the deadline code reads the clock. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
