import { ORDINAL_WORDS, parseOrdinal } from './ordinals.ts';
import { firstMatchAtLiteral } from './structure/scan.ts';
import type { BodyId, ParsedDocumentInfo } from './types.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = '(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})';

/** "21 December 2010" → "2010-12-21". */
export function isoDate(day: string, month: string, year: string): string | null {
  const monthIndex = MONTHS.indexOf(month.toLowerCase());
  const dayNumber = Number(day);
  if (monthIndex < 0 || dayNumber < 1 || dayNumber > 31) return null;
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
}

const ADOPTED_ON = new RegExp(`(?:Resolution adopted by the [A-Z][A-Za-z ]+? on|Adopted by the [A-Z][A-Za-z ]+? at its \\d+(?:st|nd|rd|th) meeting, on) ${DATE}`, 'i');
const PLENARY_MEETING = new RegExp(`\\d+(?:st|nd|rd|th) plenary meeting,? ${DATE}`);

/** "71st plenary meeting 21 December 2010", printed after the operative paragraphs. */
function plenaryMeetingDate(text: string): RegExpExecArray | null {
  const at = text.indexOf('plenary meeting');
  return at < 0 ? null : PLENARY_MEETING.exec(text.slice(Math.max(0, at - 12), at + 60));
}

const ADOPTED_BY_AT = /Adopted by the ([A-Z][A-Za-z ]+?) at its/;

const BODY_NAMES: ReadonlyArray<[RegExp, BodyId]> = [
  [/Security Council/i, 'sc'],
  [/Economic and Social Council/i, 'ecosoc'],
  [/Commission on Crime Prevention and Criminal Justice/i, 'ccpcj'],
  [/Commission on Narcotic Drugs/i, 'cnd'],
  [/Human Rights Council/i, 'hrc'],
  [/Conference of the Parties to the United Nations Convention against Transnational Organized Crime/i, 'cop-untoc'],
  [/Conference of the States Parties to the United Nations Convention against Corruption/i, 'cosp-uncac'],
  [/General Assembly/i, 'ga'],
];

/** The body whose name appears in `phrase`, checking the more specific names first. */
export function bodyFromName(phrase: string): BodyId | null {
  for (const [pattern, body] of BODY_NAMES) if (pattern.test(phrase)) return body;
  return null;
}

const SYMBOL = /\b((?:A|E|S)\/(?:[A-Z0-9.]+\/)*[A-Z0-9.]*\d[A-Za-z0-9.]*(?:\/(?:Rev|Add|Corr)\.\d+)*(?: \(\d{4}\))?)/;

function bodyFromSymbol(symbol: string): BodyId | null {
  if (symbol.startsWith('S/')) return 'sc';
  if (symbol.startsWith('E/CN.15')) return 'ccpcj';
  if (symbol.startsWith('E/CN.7')) return 'cnd';
  if (symbol.startsWith('A/HRC')) return 'hrc';
  if (symbol.startsWith('E/')) return 'ecosoc';
  if (symbol.startsWith('A/')) return 'ga';
  return null;
}

/**
 * Reads what a UN document says about itself in its header: symbol, issuing body, session,
 * agenda items, adoption date and the report it was adopted on. `head` is the text before the
 * first resolution; `text` the whole cleaned text (used for the body's "The X," opener and
 * the adoption date printed at the end).
 */
export function readDocumentInfo(
  head: string,
  text: string,
  subjects: string[],
  options: { symbol?: string; title?: string | null },
): ParsedDocumentInfo {
  const firstLines = head.slice(0, 800);
  const printedSymbol = SYMBOL.exec(firstLines)?.[1]?.replace(/\.$/, '') ?? null;
  const symbol = options.symbol ?? printedSymbol;

  const adoptedBy =
    // Older documents print the header in capitals: "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY".
    /Resolutions? adopted by the ([A-Z][A-Za-z ]+?)(?: (?:on|at)\b|\s*\[)/i.exec(head) ??
    firstMatchAtLiteral(text, 'Adopted by the ', ADOPTED_BY_AT) ??
    /Report of the (Third|Fifth|Sixth|Second|First|Fourth|Special Political and Decolonization) Committee/.exec(head);
  const opener = /\bThe (General Assembly|Economic and Social Council|Security Council|Human Rights Council|Commission on [A-Z][A-Za-z ]+?),/.exec(text.slice(0, head.length + 5000));
  let body: BodyId | null = null;
  if (adoptedBy) body = /Committee$/.test(adoptedBy[0]) ? 'ga' : bodyFromName(adoptedBy[1]!);
  body ??= opener ? bodyFromName(opener[1]!) : null;
  body ??= symbol ? bodyFromSymbol(symbol) : null;
  body ??= bodyFromName(head);

  const sessionMatch = new RegExp(`\\b(${ORDINAL_WORDS}) (?:regular |special )?session\\b`, 'i').exec(head);
  let session = sessionMatch ? parseOrdinal(sessionMatch[1]!) : null;
  if (session === null) {
    const yearSession = /\b(?:substantive|organizational|regular) session of (\d{4})\b/i.exec(head);
    if (yearSession) session = Number(yearSession[1]);
  }
  if (body === 'sc') session = null;

  const agendaItems: number[] = [];
  const agenda = /Agenda items? ((?:\d{1,3}(?: ?\([a-z]\))?(?:, | and )?)+)/.exec(head);
  if (agenda) {
    for (const item of agenda[1]!.matchAll(/(\d{1,3})/g)) {
      const number = Number(item[1]);
      if (!agendaItems.includes(number)) agendaItems.push(number);
    }
  }

  const adoptedMatch = ADOPTED_ON.exec(head) ?? ADOPTED_ON.exec(text.slice(0, 5000)) ?? plenaryMeetingDate(text);
  const adopted = adoptedMatch ? isoDate(adoptedMatch[1]!, adoptedMatch[2]!, adoptedMatch[3]!) : null;

  const onReport = /\[on the report of the [^\]]*?\(((?:A|E)\/[A-Za-z0-9./]+?)(?:\s+and\s+[^)]*)?\)\]/.exec(head)?.[1] ?? null;

  return {
    symbol,
    body,
    session,
    agendaItems,
    title: options.title ?? null,
    adopted,
    onReport,
    subjects,
  };
}
