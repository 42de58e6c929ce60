import { addDays, isIsoDate } from '../../deadlines/dates.ts';

/**
 * Date deadlines in operative clauses, as the Security Council and others write them: "no later
 * than six months from the adoption of this resolution", "within 90 days", "by 31 December 2011",
 * "every 120 days". Relative periods are counted from the adoption date given by the caller.
 */

export interface DateDeadline {
  relation: 'by-date' | 'within';
  /** ISO date, or null when the period is relative and the adoption date is unknown. */
  due: string | null;
  start: number;
  end: number;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, forty: 40,
  sixty: 60, ninety: 90, hundred: 100,
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const RELATIVE = new RegExp(
  String.raw`\b(?<prep>no\s+later\s+than|not\s+later\s+than|within|by|every|in)\s+(?:a\s+period\s+of\s+|the\s+next\s+)?(?<count>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|sixty|ninety|one\s+hundred)(?:\s*\(\d{1,3}\))?\s+(?<unit>days?|weeks?|months?|years?)\b(?<anchor>\s+(?:from|of|after|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?adoption\s+of\s+(?:this|the\s+present)\s+resolution)?`,
  'gi',
);

const ABSOLUTE = new RegExp(
  String.raw`\b(?<prep>no\s+later\s+than|not\s+later\s+than|by|before|on\s+or\s+before|prior\s+to)\s+(?:the\s+end\s+of\s+)?(?:(?<day>\d{1,2})\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>(?:19|20)\d{2})\b|\b(?<prep2>by|before)\s+the\s+end\s+of\s+(?<year2>(?:19|20)\d{2})\b`,
  'gu',
);

/** `isoDate` shifted by whole months, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7)) - 1 + months;
  const day = Number(isoDate.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

function countOf(word: string): number {
  const key = word.toLowerCase().replace(/\s+/gu, '_');
  if (key === 'one_hundred') return 100;
  return /^\d+$/u.test(key) ? Number(key) : (NUMBER_WORDS[key] ?? 0);
}

function shift(adopted: string, count: number, unit: string): string {
  if (unit.startsWith('day')) return addDays(adopted, count);
  if (unit.startsWith('week')) return addDays(adopted, count * 7);
  if (unit.startsWith('month')) return addMonths(adopted, count);
  return addMonths(adopted, count * 12);
}

/** Date deadlines between `from` and `to` in `text`. */
export function findDateDeadlines(text: string, from: number, to: number, adopted: string | null): DateDeadline[] {
  const slice = text.slice(from, to);
  const deadlines: DateDeadline[] = [];
  const validAdoption = adopted !== null && isIsoDate(adopted) ? adopted : null;
  for (const match of slice.matchAll(RELATIVE)) {
    const groups = match.groups ?? {};
    const prep = (groups.prep ?? '').toLowerCase().replace(/\s+/gu, ' ');
    // "in two years" is only a deadline when counted from the adoption.
    if (prep === 'in' && !groups.anchor) continue;
    const count = countOf(groups.count ?? '');
    if (count <= 0) continue;
    const unit = (groups.unit ?? '').toLowerCase();
    // "every two years" is a recurrence, read by the recurrence finder.
    if (prep === 'every' && unit.startsWith('year')) continue;
    const due = validAdoption ? shift(validAdoption, count, unit) : null;
    const relation = prep === 'within' || prep === 'every' || prep === 'in' ? 'within' : 'by-date';
    deadlines.push({ relation, due, start: from + match.index, end: from + match.index + match[0].length });
  }
  for (const match of slice.matchAll(ABSOLUTE)) {
    const groups = match.groups ?? {};
    let due: string;
    if (groups.year2) due = `${groups.year2}-12-31`;
    else {
      const month = MONTHS.indexOf((groups.month ?? '').toLowerCase()) + 1;
      const year = Number(groups.year);
      const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const day = groups.day ? Math.min(Number(groups.day), lastDay) : lastDay;
      due = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    deadlines.push({ relation: 'by-date', due, start: from + match.index, end: from + match.index + match[0].length });
  }
  return deadlines.sort((a, b) => a.start - b.start);
}
