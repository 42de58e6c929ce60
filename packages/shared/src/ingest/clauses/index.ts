import type { AddresseeId, BodyId, ExtractedMandate, MandateVerb, ReportingObligation, ResourceCondition, Span } from '../types.ts';
import { gappedAddressees, parseAddressees } from './addressees.ts';
import type { ClauseContext } from './context.ts';
import { findProgrammes } from './programmes.ts';
import { findReporting } from './reporting.ts';
import { findResources } from './resources.ts';
import { findClauseOpeners } from './verbs.ts';

export type { ClauseContext } from './context.ts';

/** One mandate clause of a paragraph. Spans index the paragraph text given to `extractClauses`. */
export interface ExtractedClause {
  verbs: MandateVerb[];
  addressees: AddresseeId[];
  action: string;
  resources: ResourceCondition[];
  programmes: string[];
  reporting: ReportingObligation[];
  /** paragraph numbers whose deadline this clause inherits ("the report referred to in paragraph 36 above") */
  crossReferences: string[];
  spans: ExtractedMandate['spans'];
}

/** Bodies that can address a decision to themselves ("Decides to include in the provisional agenda …"). */
const SELF_ADDRESSEE: Readonly<Partial<Record<BodyId, AddresseeId>>> = {
  ga: 'ga',
  ecosoc: 'ecosoc',
  ccpcj: 'ccpcj',
  cnd: 'cnd',
  sc: 'sc',
  'cop-untoc': 'cop-untoc',
  'cosp-uncac': 'cosp-uncac',
};

/** "requests that the report include …": a request about a report already asked for, with no addressee named. */
const REQUESTED_REPORT = /^\s*that\s+(?:the|this|that|such|his|her|its)\s+(?:(?:said|above-mentioned|next|annual|final)\s+)?(?:report|reports|study|review|assessment|update|briefing)\b/u;
/** Bodies whose reports the Secretary-General writes when the text names no one. */
const REPORTING_OFFICER_BODIES: ReadonlySet<string> = new Set(['ga', 'sc', 'ecosoc', 'hrc']);

/** The clause ends before the next clause's joining words: ", and", ";", ",", "we". */
function trimClauseEnd(text: string, start: number, end: number): number {
  let cut = end;
  for (;;) {
    while (cut > start && /[\s,;:.]/u.test(text[cut - 1]!)) cut--;
    const word = /(?:^|[^A-Za-z])(and|we)$/iu.exec(text.slice(Math.max(start, cut - 4), cut));
    if (!word) return cut;
    cut -= word[1]!.length;
  }
}

/** Runs of spaces or line breaks that the action text collapses. */
const UNTIDY = / {2}|[\n\t\r\f]/u;

function clauseText(text: string, from: number, to: number): string {
  const action = text.slice(from, to).replace(/^[\s,;:]+/u, '');
  const untidy = UNTIDY.test(action);
  return (untidy ? action.replace(/\s+/gu, ' ') : action).trim();
}

function extract(text: string, context: ClauseContext): ExtractedClause[] {
  const openers = findClauseOpeners(text, context.part);
  const clauses: ExtractedClause[] = [];
  openers.forEach((opener, index) => {
    if (!opener.mandate) return;
    const limit = openers[index + 1]?.start ?? text.length;
    const end = trimClauseEnd(text, opener.start, limit);
    if (end <= opener.after && !opener.verbs.includes('decide')) return;
    const parsed = parseAddressees(text, opener.after, end, context);
    let addressees = parsed.addressees.map((addressee) => addressee.id);
    const addresseeSpans: Span[] = parsed.addressees.map((addressee) => addressee.span);
    if (addressees.length === 0 && opener.verbs.includes('request') && REQUESTED_REPORT.test(text.slice(opener.after, end))) {
      // "Further requests that the report include … and that the report be submitted to the Council
      // no later than six months …": the report requested earlier, which the Secretary-General writes
      // for the Assembly, the Councils and the Human Rights Council.
      addressees = [REPORTING_OFFICER_BODIES.has(context.issuingBody ?? 'other') ? 'secretary-general' : 'other'];
    }
    if (addressees.length === 0) {
      if (!opener.verbs.includes('decide')) return;
      // "Decides to remain seized of the matter" asks nothing of anyone.
      if (/^\s*to\s+remain\s+(?:actively\s+)?seized\b/iu.test(text.slice(opener.after, end))) return;
      addressees = [context.issuingBody ? (SELF_ADDRESSEE[context.issuingBody] ?? 'other') : 'other'];
    }
    const actionStart = Math.max(parsed.actionStart, opener.after);
    for (const gapped of parsed.addressees.length > 0 ? gappedAddressees(text, actionStart, end, context) : []) {
      if (addressees.includes(gapped.id)) continue;
      addressees.push(gapped.id);
      addresseeSpans.push(gapped.span);
    }
    // From the end of the addressees: "Requests the Commission, at its twentieth session, to consider …".
    const { reporting, crossReferences } = findReporting(text, opener.start, Math.max(Math.min(parsed.end, actionStart), opener.after), end, context);
    const resources = findResources(text, opener.start, end);
    clauses.push({
      verbs: opener.verbs,
      addressees: [...new Set(addressees)],
      action: clauseText(text, actionStart, end),
      resources,
      programmes: findProgrammes(text, opener.start, end),
      reporting,
      crossReferences,
      spans: {
        clause: { start: opener.start, end },
        verbs: [opener.verbSpan],
        addressees: addresseeSpans,
        reporting: reportingSpans(reporting),
        resources: resources.map((found) => found.span),
      },
    });
  });
  return shareActions(clauses);
}

function reportingSpans(reporting: readonly ReportingObligation[]): Span[] {
  const spans: Span[] = [];
  for (const found of reporting) if (found.span) spans.push(found.span);
  return spans;
}

/**
 * "Urges the Office and Member States and invites the institutes … to continue to offer training":
 * the first verb has no action of its own and shares the next clause's.
 */
function shareActions(clauses: ExtractedClause[]): ExtractedClause[] {
  for (let index = clauses.length - 2; index >= 0; index--) {
    const clause = clauses[index]!;
    const next = clauses[index + 1]!;
    if (clause.action !== '') continue;
    clause.action = next.action;
    clause.reporting = next.reporting.map((found) => ({ ...found }));
    clause.resources = [...next.resources];
    clause.programmes = [...next.programmes];
    clause.crossReferences = [...next.crossReferences];
  }
  return clauses;
}

/**
 * The mandate clauses of one operative or annex paragraph: each clause that requests, urges,
 * calls upon, invites, encourages, recommends, directs, decides, authorizes or reiterates a request,
 * with its addressees, action, resource conditions, programmes, reporting deadlines and the
 * paragraphs whose report it adds to. Clauses that only note, welcome or reaffirm give nothing.
 * Pure and deterministic; never throws (unexpected input yields no clauses).
 */
export function extractClauses(text: string, context: ClauseContext): ExtractedClause[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return extract(text, context);
  } catch {
    // A pattern bug must not take the whole document down; the paragraph simply yields no mandate.
    return [];
  }
}
