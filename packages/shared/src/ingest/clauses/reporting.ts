import { addDays } from '../../deadlines/dates.ts';
import { sessionYear } from '../../deadlines/sessions.ts';
import type { BodyId, Recurrence, ReportingObligation, ReportingRelation } from '../types.ts';
import { bodyAfter, bodyBefore, findBodyMentions } from './bodies.ts';
import type { ClauseContext } from './context.ts';
import { findDateDeadlines } from './dates.ts';
import { sessionOrdinal } from './ordinals.ts';

/**
 * Reporting and consideration deadlines of one clause: "to report to the Commission … at its
 * twentieth session", "to submit to it, at its sixty-sixth session, a report", "for consideration
 * and action by the Commission … at its twentieth session", "to be convened prior to the twentieth
 * session of the Commission", "between its twentieth and twenty-first sessions", ECOSOC "at its
 * substantive session of 2011", Security Council "no later than six months from the adoption of
 * this resolution", recurrences ("biennially"), and cross-references to another paragraph's report.
 * Past sessions ("resolutions adopted by the Conference at its sixth session") are not deadlines.
 */

export interface ClauseReporting {
  reporting: ReportingObligation[];
  crossReferences: string[];
}

/** An ordinal word as printed, OCR splits included ("twenty- first", "twenty first", "20th"). */
const ORDINAL = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s*-?\s*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:one\s+)?hundred(?:\s+and)?\s+[a-z-]+|\d{1,3}(?:st|nd|rd|th)|(?!(?:last|latest|past|most|midst)\b)[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd))`;
const SESSION_ADJECTIVE = String.raw`(?:(?:resumed|reconvened|regular|special|substantive|ordinary|organizational|high-level)\s+)`;

const SESSION = new RegExp(
  String.raw`\b(?<det>its|their|the)\s+${SESSION_ADJECTIVE}?(?<first>${ORDINAL})(?<more>(?:\s*,\s*${ORDINAL})*(?:,?\s+and\s+${ORDINAL}))?\s+${SESSION_ADJECTIVE}?(?<noun>sessions?)\b`,
  'gi',
);
const YEAR_SESSION = new RegExp(
  String.raw`\b(?:its|the)\s+(?:(?:substantive|regular|organizational|management|coordination\s+and\s+management)\s+)?session\s+(?:of|for|in)\s+(?<year>(?:19|20)\d{2})\b|\b(?:its|the)\s+(?<year2>(?:19|20)\d{2})\s+(?:substantive\s+|regular\s+)?session\b`,
  'gi',
);
/** A year after a numbered session: "at its first regular session of 1991". */
const SESSION_OF_YEAR = /^\s+(?:of|in)\s+((?:19|20)\d{2})\b/u;
const NEXT_SESSION = /\b(?<det>its|their|the)\s+(?:next|forthcoming|following)\s+(?:regular\s+|substantive\s+)?sessions?\b/gi;
/** "at that session": the session named last before it in the paragraph. */
const THAT_SESSION = /\b(?:that|the\s+same)\s+session\b/gi;

/** Words before a session that make it a past event, not a deadline. */
const PAST =
  /\b(?:adopted|approved|held|taken|made|agreed|endorsed|launched|established|recommended|expressed|reached|decided|convened|mandated|issued|concluded|elected|initiated|began|started|contained|presented|submitted|considered|emanating|referred\s+to)\b(?:\s+(?:by|in|at)\s+[^;]{0,160}?)?\s*,?\s*(?:at|during|of)\s*$/i;
const FUTURE_PASSIVE = /\b(?:to\s+be|shall\s+be|should\s+be|will\s+be|be)\s+\w+(?:\s+\w+)?\s*$/i;
const FOR_CONSIDERATION = /\bfor\s+(?:its\s+|their\s+)?(?:further\s+)?consideration(?:\s+and\s+(?:possible\s+)?(?:action|adoption|approval|endorsement))?(?:\s+(?:by|to)\s+[^;]{0,140}?)?\s*,?\s*(?:at|during)\s*$/i;

const RECURRENCES: readonly [RegExp, Recurrence][] = [
  [/\b(?:annually|yearly|every\s+year|each\s+year|once\s+(?:a|per)\s+year|on\s+an\s+annual\s+basis)\b/i, 'annual'],
  [/\b(?:biennially|every\s+two\s+years|every\s+second\s+year|on\s+a\s+biennial\s+basis)\b/i, 'biennial'],
  [/\b(?:triennially|every\s+three\s+years|on\s+a\s+triennial\s+basis)\b/i, 'triennial'],
  [/\b(?:quadrennially|every\s+four\s+years|on\s+a\s+quadrennial\s+basis)\b/i, 'quadrennial'],
];

const CROSS_REFERENCE =
  /\b(?:reports?|information|note)\b[^;.]{0,80}?\b(?:referred\s+to|requested|called\s+for|mentioned|provided\s+for|to\s+be\s+submitted|pursuant\s+to|requested\s+of\s+\w+)\s+(?:in\s+|under\s+)?paragraphs?\s+(?<first>\d{1,3})(?:\s*\([a-z]\))?(?<more>(?:\s*(?:,|and|to)\s*\d{1,3})*)\s+(?:above|of\s+(?:the\s+present|this)\s+resolution)/gi;

/** Does the clause ask for a report or a submission (needed before a bare date counts as a deadline)? */
const REPORTING_CUE = /\b(?:report|reports|reporting|submit|submission|present|transmit|brief|briefing|inform|update)\b/i;

function splitOrdinals(first: string, more: string | undefined): string[] {
  const rest = (more ?? '').split(/\s*,\s*|,?\s+and\s+/u).map((word) => word.trim()).filter(Boolean);
  return [first, ...rest];
}

function relationBefore(prefix: string): ReportingRelation | 'past' | null {
  const timing = /\b(between|before|prior\s+to|in\s+advance\s+of|ahead\s+of|preceding)\s*$/i.exec(prefix);
  if (timing) {
    // "the meeting held prior to the twentieth session" happened; "to be convened prior to" will.
    const lead = prefix.slice(0, timing.index);
    if (/\b(?:held|convened|organized|met|took\s+place|conducted)\s*,?\s*$/i.test(lead) && !FUTURE_PASSIVE.test(lead)) return 'past';
    return /^between/i.test(timing[1]!) ? 'between' : 'before';
  }
  if (FOR_CONSIDERATION.test(prefix)) return 'for-consideration-at';
  if (/\b(?:at|during|to|in|for)\s*$/i.test(prefix)) {
    if (PAST.test(prefix) && !FUTURE_PASSIVE.test(prefix.replace(/\s*(?:at|during|of)\s*$/i, ''))) return 'past';
    return 'at';
  }
  return null;
}

/**
 * The highest session number each body can plausibly mean (CCPCJ held its 34th session in 2025,
 * CND its 68th). "Requests the Secretary-General to report on the work of the Commission on Crime
 * Prevention and Criminal Justice at its sixty-sixth session": 66 is no CCPCJ session, so "its" is
 * the issuing General Assembly.
 */
const PLAUSIBLE_SESSIONS: Readonly<Partial<Record<BodyId, number>>> = { ccpcj: 45, cnd: 80, 'cop-untoc': 20, 'cosp-uncac': 20, hrc: 70, ga: 99 };

function fits(body: BodyId | null, sessions: readonly (number | null)[]): body is BodyId {
  if (body === null) return false;
  const limit = PLAUSIBLE_SESSIONS[body];
  return limit === undefined || sessions.every((session) => session === null || session <= limit);
}

/**
 * The named body when its numbering fits, else the issuing body, else the General Assembly: a
 * draft for the Assembly inside a commission's report asks for a report "at its sixty-sixth session".
 */
function plausibleBody(body: BodyId, sessions: readonly (number | null)[], context: ClauseContext): BodyId {
  if (fits(body, sessions)) return body;
  if (fits(context.issuingBody, sessions)) return context.issuingBody;
  return fits('ga', sessions) ? 'ga' : body;
}

/** Usual opening day of each body's regular session, for telling past sessions from deadlines. */
const USUAL_OPENING: Readonly<Partial<Record<BodyId, string>>> = { ccpcj: '04-20', cnd: '03-10', ga: '09-15', ecosoc: '07-01' };

/** True when the session opened more than a month before the adoption date. */
function heldBefore(body: BodyId, session: number, adopted: string | null): boolean {
  const opening = USUAL_OPENING[body];
  const year = sessionYear(body, session);
  if (!opening || year === null || adopted === null || !/^\d{4}-\d{2}-\d{2}$/.test(adopted) || year < 1946 || year > 2200) return false;
  return addDays(`${year}-${opening}`, 30) < adopted;
}

/** Sessions between two reports of each recurrence. */
const RECURRENCE_STEP: Readonly<Record<Exclude<Recurrence, null>, number>> = { annual: 1, biennial: 2, triennial: 3, quadrennial: 4 };

/**
 * "Requests the Secretary-General to report annually to the General Assembly": no session is
 * printed, but a body that meets once a year hears the first report one step after the session
 * that adopted the request. Only when the report goes to the issuing body, whose session is known.
 */
function firstRecurringReport(
  text: string,
  clauseStart: number,
  from: number,
  to: number,
  [pattern, recurrence]: readonly [RegExp, Recurrence],
  context: ClauseContext,
): ReportingObligation | null {
  if (recurrence === null || context.session === null || !REPORTING_CUE.test(text.slice(clauseStart, to))) return null;
  const match = pattern.exec(text.slice(from, to));
  if (!match) return null;
  // The body must be named ("to the General Assembly", "to it"): "to publish the World Drug Report each year" reports to no one.
  const mentions = findBodyMentions(text, clauseStart, to, context);
  const body = mentions[mentions.length - 1]?.body ?? null;
  if (body === null || body !== context.issuingBody || body === 'sc') return null;
  const start = from + match.index;
  const found = obligation(body, context.session + RECURRENCE_STEP[recurrence], null, 'at', start, start + match[0].length);
  found.recurrence = recurrence;
  return found;
}

function obligation(body: BodyId, session: number | null, due: string | null, relation: ReportingRelation, start: number, end: number): ReportingObligation {
  return { body, session, due, relation, untilSession: null, recurrence: null, inheritedFrom: null, span: { start, end } };
}

/**
 * The bodies "their" refers to: the last body named before `at` and those joined to it by "and" or
 * commas ("the Commission on Crime Prevention and Criminal Justice and the Commission on Narcotic
 * Drugs"). Empty when fewer than two are coordinated, so that a single body is resolved as usual.
 */
function coordinatedBodiesBefore(text: string, clauseStart: number, at: number, context: ClauseContext): BodyId[] {
  const mentions = findBodyMentions(text, clauseStart, at, context);
  const bodies: BodyId[] = [];
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index]!;
    const next = mentions[index + 1];
    if (next && !/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+|its\s+)?$/u.test(text.slice(mention.end, next.start))) break;
    if (!bodies.includes(mention.body)) bodies.unshift(mention.body);
  }
  return bodies.length >= 2 ? bodies : [];
}

/**
 * The session "that session" refers to: the last numbered session printed before `at` in the
 * paragraph ("Decides to include in the provisional agenda of its sixty-seventh session the item …,
 * and requests the Secretary-General to report to it at that session"). Past sessions give null.
 */
function lastSessionBefore(text: string, at: number, context: ClauseContext): { body: BodyId; session: number | null } | null {
  let last: RegExpExecArray | null = null;
  SESSION.lastIndex = 0;
  for (let match = SESSION.exec(text); match && match.index < at; match = SESSION.exec(text)) last = match;
  SESSION.lastIndex = 0;
  if (!last) return null;
  const groups = last.groups ?? {};
  const end = last.index + last[0].length;
  const sessions = splitOrdinals(groups.first ?? '', groups.more).map(sessionOrdinal);
  if (sessions.length !== 1) return null;
  const det = (groups.det ?? '').toLowerCase();
  const named = (det === 'the' ? bodyAfter(text, end, context) : null) ?? bodyBefore(text, 0, last.index, context);
  if (!named) return null;
  const body = det === 'the' ? named : plausibleBody(named, sessions, context);
  const session = sessions[0] ?? null;
  if (session !== null && body === context.issuingBody && context.session !== null && session < context.session) return null;
  if (session !== null && body !== context.issuingBody && heldBefore(body, session, context.adopted)) return null;
  return { body, session };
}

/** How far before the word "session" a session phrase can start ("their twentieth, twenty-first and twenty-second sessions"). */
const SESSION_PHRASE_REACH = 160;
const SESSION_WORD = /session/gi;

/**
 * Stretches of `slice` that can hold a session phrase: from SESSION_PHRASE_REACH characters before
 * each "session" (moved back to a space) to just after it, merged. Every session pattern ends with
 * that word, so scanning only these stretches finds the same matches as scanning the whole clause.
 */
function rangesNearSessionWords(slice: string): [number, number][] {
  const ranges: [number, number][] = [];
  SESSION_WORD.lastIndex = 0;
  for (let word = SESSION_WORD.exec(slice); word; word = SESSION_WORD.exec(slice)) {
    let start = Math.max(0, word.index - SESSION_PHRASE_REACH);
    while (start > 0 && slice[start] !== ' ') start--;
    const end = word.index + word[0].length + 2;
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** Matches of a global `pattern` in `slice` that start inside `ranges`, as `matchAll` would find them. */
function matchesInRanges(slice: string, pattern: RegExp, ranges: readonly [number, number][]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (const [start, end] of ranges) {
    pattern.lastIndex = start;
    for (let match = pattern.exec(slice); match && match.index < end; match = pattern.exec(slice)) {
      matches.push(match);
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  pattern.lastIndex = 0;
  return matches;
}

/** Reporting obligations stated between `from` and `to` (the clause's action). */
export function findReporting(text: string, clauseStart: number, from: number, to: number, context: ClauseContext): ClauseReporting {
  const obligations: ReportingObligation[] = [];
  const slice = text.slice(from, to);
  // Cheap checks first: most clauses name no session, date or paragraph.
  const sessionRanges = rangesNearSessionWords(slice);

  for (const match of matchesInRanges(slice, SESSION, sessionRanges)) {
    const groups = match.groups ?? {};
    const start = from + match.index;
    const end = start + match[0].length;
    const prefix = text.slice(Math.max(clauseStart, start - 220), start);
    const relation = relationBefore(prefix);
    if (relation === null || relation === 'past') continue;
    const ordinals = splitOrdinals(groups.first ?? '', groups.more);
    // ECOSOC's "first regular session of 1991": the year, not the ordinal, numbers the session.
    const ofYear = ordinals.length === 1 ? SESSION_OF_YEAR.exec(text.slice(end, end + 12)) : null;
    const sessions = ofYear ? [Number(ofYear[1])] : ordinals.map(sessionOrdinal);
    const det = (groups.det ?? '').toLowerCase();
    // "the Commission on Crime Prevention and Criminal Justice and the Commission on Narcotic Drugs …
    // for their twenty-third and fifty-seventh sessions, respectively": one session per body, in order.
    if (det === 'their' && sessions.length >= 2 && relation !== 'between') {
      const bodies = coordinatedBodiesBefore(text, clauseStart, start, context);
      if (bodies.length === sessions.length) {
        bodies.forEach((body, index) => {
          const session = sessions[index] ?? null;
          if (session !== null && body !== context.issuingBody && heldBefore(body, session, context.adopted)) return;
          if (session !== null && body === context.issuingBody && context.session !== null && session < context.session) return;
          obligations.push(obligation(body, session, null, relation, start, end));
        });
        continue;
      }
    }
    const named = (det === 'the' ? bodyAfter(text, end, context) : null) ?? bodyBefore(text, clauseStart, start, context);
    if (!named) continue;
    const body = det === 'the' ? named : plausibleBody(named, sessions, context);
    // A session already held is history: "its sixty-fourth session" in a 65th-session text, or the
    // Commission's nineteenth session (spring 2010) in an Assembly resolution of December 2010.
    if (body === context.issuingBody && context.session !== null && sessions.every((session) => session !== null && session < context.session!)) continue;
    if (body !== context.issuingBody && sessions.every((session) => session !== null && heldBefore(body, session, context.adopted))) continue;
    const spanEnd = det === 'the' ? end + (/^\s*(?:of|by)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:on|and|of|[A-Z][\w-]*))*/u.exec(text.slice(end, to))?.[0].length ?? 0) : end;
    if (relation === 'between' && sessions.length >= 2) {
      const between = obligation(body, sessions[0] ?? null, null, 'between', start, spanEnd);
      between.untilSession = sessions[sessions.length - 1] ?? null;
      obligations.push(between);
      continue;
    }
    for (const session of sessions) obligations.push(obligation(body, session, null, relation, start, spanEnd));
  }

  for (const match of matchesInRanges(slice, YEAR_SESSION, sessionRanges)) {
    const start = from + match.index;
    const prefix = text.slice(Math.max(clauseStart, start - 220), start);
    const relation = relationBefore(prefix);
    if (relation === null || relation === 'past' || relation === 'between') continue;
    const body = bodyBefore(text, clauseStart, start, context);
    if (!body) continue;
    const year = Number(match.groups?.year ?? match.groups?.year2);
    obligations.push(obligation(body, year, null, relation, start, start + match[0].length));
  }

  for (const match of matchesInRanges(slice, NEXT_SESSION, sessionRanges)) {
    const start = from + match.index;
    const relation = relationBefore(text.slice(Math.max(clauseStart, start - 220), start));
    if (relation === null || relation === 'past' || relation === 'between') continue;
    // "to the Commission on Crime Prevention and Criminal Justice and the Commission on Narcotic Drugs before their next sessions".
    const bodies = match.groups?.det?.toLowerCase() === 'their' ? coordinatedBodiesBefore(text, clauseStart, start, context) : [];
    if (bodies.length === 0) {
      const body = bodyBefore(text, clauseStart, start, context);
      if (body) bodies.push(body);
    }
    for (const body of bodies) {
      const session = body === context.issuingBody && context.session !== null ? context.session + 1 : null;
      obligations.push(obligation(body, session, null, relation, start, start + match[0].length));
    }
  }

  for (const match of matchesInRanges(slice, THAT_SESSION, sessionRanges)) {
    const start = from + match.index;
    const relation = relationBefore(text.slice(Math.max(clauseStart, start - 220), start));
    if (relation === null || relation === 'past' || relation === 'between') continue;
    const earlier = lastSessionBefore(text, start, context);
    if (!earlier) continue;
    obligations.push(obligation(earlier.body, earlier.session, null, relation, start, start + match[0].length));
  }

  if (/\d|days?\b|weeks?\b|months?\b|years?\b/u.test(slice) && REPORTING_CUE.test(text.slice(clauseStart, to))) {
    for (const deadline of findDateDeadlines(text, from, to, context.adopted)) {
      if (deadline.due === null) continue;
      const body = bodyBefore(text, clauseStart, deadline.start, context);
      if (!body) continue;
      obligations.push(obligation(body, null, deadline.due, deadline.relation, deadline.start, deadline.end));
    }
  }

  const recurring = /[Aa]nnu|[Yy]ear|ennial/.test(slice) ? RECURRENCES.find(([pattern]) => pattern.test(slice)) : undefined;
  if (recurring) {
    for (const found of obligations) found.recurrence = recurring[1];
    if (obligations.length === 0) {
      const first = firstRecurringReport(text, clauseStart, from, to, recurring, context);
      if (first) obligations.push(first);
    }
  }

  const crossReferences: string[] = [];
  for (const match of /paragraph/i.test(slice) ? slice.matchAll(CROSS_REFERENCE) : []) {
    const numbers = [match.groups?.first ?? '', ...(match.groups?.more ?? '').split(/\D+/u)].filter(Boolean);
    for (const number of numbers) if (!crossReferences.includes(number)) crossReferences.push(number);
  }

  return { reporting: dedupe(obligations.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0))), crossReferences };
}

function dedupe(obligations: ReportingObligation[]): ReportingObligation[] {
  const seen = new Set<string>();
  return obligations.filter((found) => {
    const key = `${found.body}:${found.session}:${found.due}:${found.relation}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
