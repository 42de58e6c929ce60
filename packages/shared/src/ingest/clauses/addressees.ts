import type { AddresseeId, Span } from '../types.ts';
import type { ClauseContext } from './context.ts';

/**
 * Who a clause is addressed to. The addressees are the noun phrases right after the verb
 * ("Urges the United Nations Office on Drugs and Crime and Member States"), joined by "and" or
 * commas, up to the infinitive ("to continue"), the verb of a "that" clause, or a parenthetical
 * ("in cooperation with …", "within its mandate"). Entities inside parentheticals or in the action
 * are partners or objects, never addressees.
 */

export interface AddresseeMatch {
  id: AddresseeId;
  span: Span;
}

export interface AddresseeParse {
  addressees: AddresseeMatch[];
  /** Where the addressee phrase ends. */
  end: number;
  /** Where the action starts: the infinitive ("to continue …") when there is one, else `end`. */
  actionStart: number;
}

const DETERMINERS = String.raw`(?:(?:[Tt]he|[Aa]ll|relevant|other|interested|concerned|those|both|its|their|each|any|potential|other\s+relevant|all\s+relevant|the\s+relevant|respective)\s+)*`;
const UNODC_NAME = String.raw`United\s+Nations\s+Off[il1]ce\s+on\s+Drugs\s+and\s+Cr[il1]me\d{0,2}`;
const CCPCJ_NAME = String.raw`Commission\s+on\s+Crime\s+Prevention\s+and\s+Criminal\s+Justice`;
const CND_NAME = String.raw`Commission\s+on\s+Narcotic\s+Drugs`;
const UNTOC_NAME = String.raw`(?:United\s+Nations\s+)?Convention\s+against\s+Transnational\s+Organized\s+Crime`;
const UNCAC_NAME = String.raw`(?:United\s+Nations\s+)?Convention\s+against\s+Corruption`;

type Resolver = (context: ClauseContext, text: string, at: number) => AddresseeId;

interface EntityPattern {
  pattern: RegExp;
  id: AddresseeId | Resolver;
}

/**
 * The determiners before a name ("the", "all relevant"), read once per position. No name starts
 * with a determiner word or a space, so the longest run of determiners is the only place a name
 * can start, as it was when every entity pattern began with DETERMINERS: reading them once
 * instead of once per entity (about 25) halves the cost of an addressee lookup.
 */
const DETERMINER_RUN = new RegExp(DETERMINERS, 'y');

/** A known name, matched (sticky) where the determiners before it end. */
function entity(body: string, id: AddresseeId | Resolver): EntityPattern {
  return { pattern: new RegExp(`(?:${body})(?![A-Za-z-])`, 'y'), id };
}

/** Bare "the Commission": the issuing commission, else the one the paragraph names, else CCPCJ. */
export function resolveCommission(context: ClauseContext, text: string, at: number): 'ccpcj' | 'cnd' {
  if (context.issuingBody === 'cnd' || context.issuingBody === 'ccpcj') return context.issuingBody;
  const before = text.slice(0, at);
  const cnd = before.lastIndexOf('Commission on Narcotic Drugs');
  const ccpcj = before.lastIndexOf('Commission on Crime Prevention');
  if (cnd > ccpcj) return 'cnd';
  if (ccpcj >= 0) return 'ccpcj';
  return context.commission ?? 'ccpcj';
}

/** Bare "the Council": the issuing council when there is one. */
function resolveCouncil(context: ClauseContext): AddresseeId {
  if (context.issuingBody === 'sc') return 'sc';
  if (context.issuingBody === 'ecosoc' || context.issuingBody === 'ga') return 'ecosoc';
  return 'other';
}

function resolveConference(context: ClauseContext): AddresseeId {
  return context.issuingBody === 'cop-untoc' || context.issuingBody === 'cosp-uncac' ? context.issuingBody : 'other';
}

const NAMES_UNODC = /Drugs\s+and\s+Crime|UNODC/u;

/**
 * Bare "the Executive Director": UNODC's in the commissions' and ECOSOC's texts or where the
 * paragraph names UNODC; in other bodies' texts it may be UNICEF's or UN-Women's.
 */
function resolveExecutiveDirector(context: ClauseContext, text: string): AddresseeId {
  const drugsAndCrimeBody = context.issuingBody === null || context.issuingBody === 'cnd' || context.issuingBody === 'ccpcj' || context.issuingBody === 'ecosoc';
  return drugsAndCrimeBody || NAMES_UNODC.test(text) ? 'unodc-executive-director' : 'other';
}

/** Bare "the Office": UNODC, except in Human Rights Council and Security Council texts that do not name UNODC. */
function resolveOffice(context: ClauseContext, text: string): AddresseeId {
  return (context.issuingBody === 'hrc' || context.issuingBody === 'sc') && !NAMES_UNODC.test(text) ? 'other' : 'unodc';
}

/**
 * "the Conference of the Parties" without the convention's name: the one the paragraph names, else
 * the issuing conference; null when nothing says which convention.
 */
export function resolveConferenceOfParties(context: ClauseContext, text: string): 'cop-untoc' | 'cosp-uncac' | null {
  const organizedCrime = /Transnational\s+Organized\s+Crime|Organized\s+Crime\s+Convention/u.test(text);
  const corruption = /Convention\s+against\s+Corruption/u.test(text);
  if (organizedCrime !== corruption) return organizedCrime ? 'cop-untoc' : 'cosp-uncac';
  if (context.issuingBody === 'cop-untoc' || context.issuingBody === 'cosp-uncac') return context.issuingBody;
  return null;
}

/** Known addressees, most specific first (the Executive Director before the Office). */
const ENTITIES: readonly EntityPattern[] = [
  entity(String.raw`Executive\s+Director\s+of\s+(?:the\s+${UNODC_NAME}|UNODC)`, 'unodc-executive-director'),
  entity(String.raw`Executive\s+Director(?!\s+of\b)(?!ate)`, resolveExecutiveDirector),
  entity(String.raw`${UNODC_NAME}(?:\s*\(UNODC\))?|UNODC`, 'unodc'),
  entity(String.raw`Off[il1]ce(?!\s+(?:of|for|on|in)\b)`, resolveOffice),
  entity(String.raw`Secretary\s*[-\s]\s*Genera[l1i](?:\s+of\s+the\s+United\s+Nations)?`, 'secretary-general'),
  entity(String.raw`[Ss]ecretariat(?:\s+of\s+the\s+United\s+Nations)?`, 'secretariat'),
  entity(String.raw`Conference\s+of\s+the\s+Parties\s+to\s+the\s+${UNTOC_NAME}`, 'cop-untoc'),
  entity(String.raw`Conference\s+of\s+the\s+States\s+Parties\s+to\s+the\s+${UNCAC_NAME}`, 'cosp-uncac'),
  entity(String.raw`Conference\s+of\s+the\s+(?:States\s+)?Parties(?!\s+to\b)`, (context, text) => resolveConferenceOfParties(context, text) ?? 'other'),
  entity(String.raw`Conference(?!\s+of\b)`, (context) => resolveConference(context)),
  entity(String.raw`States?\s+[Pp]arties`, 'states-parties'),
  entity(String.raw`Member\s+States|member\s+States|States\s+[Mm]embers(?:\s+of\s+the\s+United\s+Nations)?|States|Governments|Govemments`, 'member-states'),
  entity(CCPCJ_NAME, 'ccpcj'),
  entity(CND_NAME, 'cnd'),
  entity(String.raw`Commission(?!\s+(?:on\s+[A-Z]|of\b|for\b))`, resolveCommission),
  entity(String.raw`General\s+Assembly|Assembly`, 'ga'),
  entity(String.raw`Economic\s+and\s+Social\s+Council`, 'ecosoc'),
  entity(String.raw`Security\s+Council(?!\s+Committee)`, 'sc'),
  entity(String.raw`Council(?!\s+of\b)`, (context) => resolveCouncil(context)),
  entity(
    String.raw`institutes\s+(?:of|comprising|forming)\s+the\s+(?:United\s+Nations\s+)?[Cc]rime\s+[Pp]revention\s+and\s+[Cc]riminal\s+[Jj]ustice\s+[Pp]rogramme\s+[Nn]etwork|(?:United\s+Nations\s+)?[Cc]rime\s+[Pp]revention\s+and\s+[Cc]riminal\s+[Jj]ustice\s+[Pp]rogramme\s+[Nn]etwork(?:\s+of\s+institutes|\s+institutes)?|[Pp]rogramme\s+[Nn]etwork\s+institutes|institutes\s+of\s+the\s+[Pp]rogramme\s+[Nn]etwork`,
    'pni-institutes',
  ),
  entity(
    String.raw`(?:specialized\s+)?(?:entities|organizations|agencies|bodies|funds\s+and\s+programmes|agencies,\s+funds\s+and\s+programmes|organs|departments)\s+(?:and\s+\w+\s+)?of\s+the\s+United\s+Nations(?:\s+system)?|United\s+Nations\s+system(?:\s+(?:entities|organizations|agencies))?|United\s+Nations\s+(?:entities|agencies|bodies|organizations|funds\s+and\s+programmes|agencies,\s+funds\s+and\s+programmes)|specialized\s+agencies`,
    'un-system',
  ),
  entity(String.raw`(?:international\s+|bilateral\s+|multilateral\s+)*donors|donor\s+(?:countries|community|States|Governments|agencies)`, 'donors'),
];

/** Head nouns of noun phrases that can be addressed ("the private sector", "civil society"). */
const AGENT_HEADS = new Set(
  'organizations organisations organization institutions institution institutes institute agencies agency bodies body entities entity community communities sector society media donors donor parties party commission council committee committees board group groups rapporteur rapporteurs representative representatives office offices director directorate conference assembly court tribunal bank fund funds forum union countries country partners stakeholders actors experts networks network authorities chair chairperson president coordinator team unit division department mission missions force centre centres center members parliaments academia mechanism mechanisms bureau administrations panel universities associations companies industry providers practitioners leaders personnel agencies organs observers governments states secretariat commissioner commissioners envoy envoys adviser advisers advisor ombudsperson ombudsman administrator prosecutor registrar chairpersons presidents rapporteur secretary institutions businesses industries parliamentarians judiciary police'.split(
    ' ',
  ),
);

/** Phrase starts that open a parenthetical, not an addressee: "in cooperation with", "within its mandate". */
const PARENTHETICAL = /^(?:in|within|as|upon|inter\s+alia|where|when|through|with|including|consistent|taking|bearing|on|at|for|from|by|particularly|in\s+particular|notably|if|once|while|without|under|pursuant|subject|according|acting|also|and|or|to|that|who|which|it|its|them|they|him|this|these|such|whose|[a-z]+ly\b)\b/u;

/** Words that single out a member of the group just named: "in particular", "including". */
const SINGLED_OUT = /^(?:in\s+particular|particularly|especially|notably|including|inter\s+alia)\s+/u;

/** What may follow a matched entity without ending the addressee list. */
const ENTITY_TAIL = /^(?:\s*\(\s*[A-Z][A-Za-z-]*\s*\))?(?:\s*\d{1,2}(?![\d/]))?/u;

/** Separators between addressees. */
const SEPARATOR = /^(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+|or\s+)?|\s+(?:and|as\s+well\s+as|or|and\s+also)\s+)/u;

/** An aside describing the addressee just named: ", as the principal policymaking body …, and". */
const ASIDE = /^\s*,\s*(?:as|in\s+(?:its|their)\s+capacity\s+as|acting\s+as)\s+[^,;()]{1,200}?,\s*(?:and\s+|as\s+well\s+as\s+)/u;

/** True when a known entity, or a noun phrase naming an agent, starts at `at`. */
function startsAddressee(text: string, at: number, limit: number, context: ClauseContext): boolean {
  if (matchEntity(text, at, context)) return true;
  const chunk = /^[^,;]*?(?=\s*,|\s+and\s+|$)/u.exec(text.slice(at, limit))?.[0] ?? '';
  return chunk.trim() !== '' && !PARENTHETICAL.test(chunk.trim()) && (genericAgent(chunk) || properName(chunk));
}

/** "to <verb>": an infinitive, not the preposition "to the Convention". */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|all|its|their|his|her|those|these|this|that|each|any|such|other|relevant|both|every|some|our|which|whom|date|what|whom|it|them|international|national|regional|countries|States|Member)\b)(?=[a-z])/u;

function matchEntity(text: string, at: number, context: ClauseContext): { id: AddresseeId; end: number; start: number } | null {
  // `test` leaves lastIndex at the end of a sticky match and builds no match object.
  DETERMINER_RUN.lastIndex = at;
  const nameStart = DETERMINER_RUN.test(text) ? DETERMINER_RUN.lastIndex : at;
  for (const candidate of ENTITIES) {
    candidate.pattern.lastIndex = nameStart;
    if (!candidate.pattern.test(text)) continue;
    const end = candidate.pattern.lastIndex;
    const id = typeof candidate.id === 'function' ? candidate.id(context, text, at) : candidate.id;
    return { id, start: at, end };
  }
  return null;
}

/** The head noun of a generic noun phrase: the last word before "of", "in", "that", a parenthesis. */
function genericAgent(chunk: string): boolean {
  const head = chunk.split(/\s+(?:of|in|on|for|that|which|who|to|from|at|with)\s+|\s*\(/u)[0] ?? '';
  const words = head.trim().split(/\s+/u);
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/[^a-z-]/gu, '');
  return AGENT_HEADS.has(last) && words.length <= 8;
}

/** Names a pronoun can stand for, by pronoun: "requests him to" is the Secretary-General or the Executive Director. */
const ANTECEDENTS: Readonly<Record<string, RegExp>> = {
  him: /Secretary[-\s]General|Executive\s+Director/gu,
  her: /Secretary[-\s]General|Executive\s+Director/gu,
  it: /International\s+Narcotics\s+Control\s+Board|\bthe\s+Board\b|United\s+Nations\s+Office\s+on\s+Drugs\s+and\s+Crime|\bthe\s+Office\b(?!\s+(?:of|for|on|in)\b)|Commission\s+on\s+(?:Crime\s+Prevention\s+and\s+Criminal\s+Justice|Narcotic\s+Drugs)|\bthe\s+Commission\b|\bthe\s+[Ss]ecretariat\b|Conference\s+of\s+the\s+(?:States\s+)?Parties\s+to\s+the\s+(?:United\s+Nations\s+)?Convention\s+against\s+(?:Transnational\s+Organized\s+Crime|Corruption)/gu,
  them: /Member\s+States|States\s+[Pp]arties|Governments|\bStates\b|\bcountries\b|\binstitutes\b|\b[Dd]onors\b|United\s+Nations\s+(?:system|entities|agencies|bodies|organizations)|\b(?:organizations|entities|agencies|parties)\b/gu,
};

/** What a plural antecedent that is no known entity stands for: countries are States, other groups are named by the text. */
function pluralAntecedent(word: string): AddresseeId {
  return word === 'countries' ? 'member-states' : 'other';
}

/**
 * "Takes note of the report of the Secretary-General and requests him to submit …": a pronoun
 * directly followed by an infinitive stands for the last matching name before it. "encourages it
 * as an important step" (no infinitive) refers to a thing and is no addressee.
 */
function pronounAddressee(text: string, at: number, limit: number, context: ClauseContext): AddresseeMatch | null {
  const pronoun = /^(him|her|it|them)\b(?=\s+(?:also\s+)?to\s+[a-z]|\s+through\s+[^;]{1,120}?\s+to\s+[a-z]|\s*,[^;]{1,120}?,\s*to\s+[a-z])/u.exec(
    text.slice(at, limit),
  );
  if (!pronoun) return null;
  return antecedent(pronoun[1]!, text, at, at + pronoun[0].length, context);
}

/** Object forms of the subject pronouns of a "that" clause: "requests that he submit". */
const OBJECT_FORM: Readonly<Record<string, string>> = { he: 'him', she: 'her', it: 'it', they: 'them' };

/** "Takes note of the report of the Secretary-General and requests that he submit …". */
function subjectPronounAddressee(text: string, at: number, limit: number, context: ClauseContext): AddresseeMatch | null {
  const pronoun = /^\s*that\s+(he|she|it|they)\s+(?=[a-z])/u.exec(text.slice(at, limit));
  if (!pronoun) return null;
  const start = at + pronoun[0].length - pronoun[0].trimStart().length + pronoun[0].trimStart().indexOf(pronoun[1]!);
  return antecedent(OBJECT_FORM[pronoun[1]!]!, text, start, start + pronoun[1]!.length, context);
}

/** The addressee a pronoun between `at` and `end` stands for: the last matching name before it. */
function antecedent(pronoun: string, text: string, at: number, end: number, context: ClauseContext): AddresseeMatch | null {
  const pattern = ANTECEDENTS[pronoun]!;
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match && match.index < at; match = pattern.exec(text)) last = match;
  if (last === null) return null;
  const known = matchEntity(text, last.index, context);
  const span = { start: at, end };
  if (known) return { id: known.id, span };
  // "the institutes of the network … and urges them to": a group that is no known entity is still addressed.
  if (pronoun === 'them') return { id: pluralAntecedent(last[0]), span };
  // "the International Narcotics Control Board … encourages it to continue": a body with no id of its own.
  return pronoun === 'it' ? { id: 'other', span } : null;
}

/** A country or organization named outright: "Benin", "ECOWAS", "the African Union". */
function properName(chunk: string): boolean {
  return /^(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|the|and|for)?\s*[A-Z][\w'’-]*){0,6}(?:\s*\([A-Z]+\))?$/u.test(chunk.trim());
}

/** Skips ", in this regard," or ", inter alia," between a verb and its addressees. */
function skipLeadingParenthetical(text: string, at: number): number {
  const lead = /^\s*,\s*[^,;]{1,120}?,\s*/u.exec(text.slice(at));
  return lead ? at + lead[0].length : at;
}

/**
 * Parses the addressees that start at `from` (just after the verb) and end before `limit` (the
 * next clause). "that" clauses ("Requests that the Office continue") and "to" after verbs such as
 * "Recommends to the General Assembly" are handled here.
 */
export function parseAddressees(text: string, from: number, limit: number, context: ClauseContext): AddresseeParse {
  let at = from;
  const subject = subjectPronounAddressee(text, at, limit, context);
  if (subject) return { addressees: [subject], end: subject.span.end, actionStart: subject.span.end };
  // "Urges as a matter of priority that Member States ratify": an adverbial phrase before "that".
  const leading = /^\s*(?:(?:as\s+a\s+matter\s+of\s+(?:priority|urgency)|once\s+again|again)\s+)?(?:that|to)\s+(?=(?:the|all|[A-Z]))/u.exec(text.slice(at, limit));
  if (leading) at += leading[0].length;
  else if (/^\s*,/u.test(text.slice(at))) at = skipLeadingParenthetical(text, at);
  at += /^\s*/u.exec(text.slice(at))![0].length;

  const pronoun = pronounAddressee(text, at, limit, context);
  if (pronoun) return { addressees: [pronoun], end: pronoun.span.end, actionStart: pronoun.span.end };

  const infinitive = INFINITIVE.exec(text.slice(at, limit));
  const regionEnd = infinitive ? at + infinitive.index : limit;
  const addressees: AddresseeMatch[] = [];
  let end = at;

  while (at < regionEnd) {
    const known = matchEntity(text, at, context);
    if (known && known.end <= regionEnd) {
      addressees.push({ id: known.id, span: { start: known.start, end: known.end } });
      at = known.end + ENTITY_TAIL.exec(text.slice(known.end))![0].length;
      end = at;
      // A relative clause or complement may follow: "States parties to the Convention", "Member States that have not yet done so".
      const rest = text.slice(at, regionEnd);
      const tail = /^\s+(?:that|which|who|to|of|in|concerned|having|members|with\s+the\s+capacity|in\s+a\s+position)\b[^,;]*?(?=,|\s+and\s+|$)/u.exec(rest);
      if (tail) {
        at += tail[0].length;
        end = at;
      } else if (/^\s+(?!and\b|as\s+well\b|or\b)[a-z]/u.test(rest)) {
        // "that the Office continue …": the subordinate verb ends the addressees.
        break;
      }
    } else {
      const chunkMatch = /^[^,;]*?(?=\s*,|\s+and\s+|\s+as\s+well\s+as\s+|\s+or\s+|$)/u.exec(text.slice(at, regionEnd));
      const chunk = chunkMatch ? chunkMatch[0] : '';
      // "and invites the institutes": the next clause's verb, not an addressee.
      const nextVerb = /^[a-z]+s\s+(?:the|all|its|their|that|[A-Z])/u.test(chunk.trim());
      if (!chunk.trim() || nextVerb || PARENTHETICAL.test(chunk.trim()) || !(genericAgent(chunk) || properName(chunk))) break;
      addressees.push({ id: 'other', span: { start: at, end: at + chunk.length } });
      at += chunk.length;
      end = at;
    }
    // "the Commission on Narcotic Drugs, as the principal policymaking body …, and the International
    // Narcotics Control Board": an aside after an addressee does not end the list when another follows it.
    const aside = ASIDE.exec(text.slice(at, regionEnd));
    if (aside && startsAddressee(text, at + aside[0].length, regionEnd, context)) {
      at += aside[0].length;
      continue;
    }
    const separator = SEPARATOR.exec(text.slice(at, regionEnd));
    if (!separator) break;
    let next = at + separator[0].length;
    // "relevant United Nations entities, in particular the United Nations Office on Drugs and Crime,":
    // the named member of the group is addressed too ("in cooperation with …" is not).
    const singledOut = SINGLED_OUT.exec(text.slice(next, regionEnd));
    if (singledOut && matchEntity(text, next + singledOut[0].length, context)) next += singledOut[0].length;
    // A separator followed by a parenthetical ends the list: "Member States, as appropriate, adopt".
    else if (PARENTHETICAL.test(text.slice(next, regionEnd)) && !matchEntity(text, next, context)) break;
    at = next;
  }
  // In a "that" clause the action is the subordinate verb right after the addressees.
  const thatClause = leading !== null && /that/u.test(leading[0]);
  const actionStart = infinitive && addressees.length > 0 && !thatClause ? Math.max(regionEnd, end) : end;
  return { addressees: dedupe(addressees), end, actionStart };
}

/** ", and States parties": where a second addressee of the same verb may start inside the action. */
const GAPPED_JOIN = /[,;]\s+and\s+(?:also\s+)?/gu;
/** What must follow that addressee: its own infinitive ("to implement"), after an optional relative clause. */
const GAPPED_INFINITIVE = /^(?:\s*\(\s*[A-Z][A-Za-z-]*\s*\))?(?:\s+(?:that|which|who)\s[^,;]{0,120}?)?,?\s+to\s+(?!(?:the|a|an|all|its|their|this|that|these|those|them|it)\b)[a-z]/u;

/**
 * Addressees that the verb governs a second time further on, with their own infinitive:
 * "Urges States that have not done so to ratify the Convention, and States parties to implement
 * it" addresses States parties too. Only known entities count, so that "…, and the Protocols to"
 * or a list of objects never becomes an addressee.
 */
export function gappedAddressees(text: string, from: number, to: number, context: ClauseContext): AddresseeMatch[] {
  const found: AddresseeMatch[] = [];
  const slice = text.slice(from, to);
  if (!slice.includes('and')) return found;
  GAPPED_JOIN.lastIndex = 0;
  for (let join = GAPPED_JOIN.exec(slice); join; join = GAPPED_JOIN.exec(slice)) {
    const at = from + join.index + join[0].length;
    const known = matchEntity(text, at, context);
    if (!known || known.end > to || !GAPPED_INFINITIVE.test(text.slice(known.end, to))) continue;
    found.push({ id: known.id, span: { start: known.start, end: known.end } });
  }
  return found;
}

function dedupe(addressees: AddresseeMatch[]): AddresseeMatch[] {
  const seen = new Set<AddresseeId>();
  const kept: AddresseeMatch[] = [];
  for (const addressee of addressees) {
    if (seen.has(addressee.id) && addressee.id !== 'other') continue;
    seen.add(addressee.id);
    kept.push(addressee);
  }
  return kept;
}

export { INFINITIVE };
