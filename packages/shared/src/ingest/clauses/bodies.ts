import type { BodyId } from '../types.ts';
import { resolveCommission, resolveConferenceOfParties } from './addressees.ts';
import type { ClauseContext } from './context.ts';

/**
 * Mentions of bodies that hold sessions, used to resolve "its" in "at its twentieth session": the
 * possessive refers to the last body named before it in the clause ("to the Commission on Narcotic
 * Drugs at its fifty-fourth session", "to submit to it, at its sixty-sixth session", "Requests the
 * Commission to consider at its twentieth session"), else to the issuing body.
 */

const BODY_MENTION = new RegExp(
  [
    String.raw`(?<ccpcj>Commission\s+on\s+Crime\s+Prevention\s+and\s+Criminal\s+Justice)`,
    String.raw`(?<cnd>Commission\s+on\s+Narcotic\s+Drugs)`,
    String.raw`(?<copuntoc>Conference\s+of\s+the\s+Parties\s+to\s+the\s+(?:United\s+Nations\s+)?Convention\s+against\s+Transnational\s+Organized\s+Crime)`,
    String.raw`(?<cospuncac>Conference\s+of\s+the\s+States\s+Parties\s+to\s+the\s+(?:United\s+Nations\s+)?Convention\s+against\s+Corruption)`,
    String.raw`(?<parties>Conference\s+of\s+the\s+(?:States\s+)?Parties\b)`,
    String.raw`(?<ga>General\s+Assembly|\bthe\s+Assembly)`,
    String.raw`(?<ecosoc>Economic\s+and\s+Social\s+Council)`,
    String.raw`(?<hrc>Human\s+Rights\s+Council)`,
    String.raw`(?<sc>Security\s+Council(?!\s+Committee))`,
    String.raw`(?<committee>\bthe\s+Committee\b)`,
    String.raw`(?<commission>\bthe\s+Commission\b(?!\s+(?:on\s+[A-Z]|of\b|for\b)))`,
    String.raw`(?<council>\bthe\s+Council\b)`,
    String.raw`(?<conference>\bthe\s+Conference\b(?!\s+of\b))`,
    String.raw`(?<it>\b(?:to|before)\s+it\b(?!\s+(?:to|by|in|is|was|has)\b))`,
  ].join('|'),
  'gu',
);

export interface BodyMention {
  body: BodyId;
  start: number;
  end: number;
}

function issuingCouncil(context: ClauseContext): BodyId {
  if (context.issuingBody === 'sc' || context.issuingBody === 'hrc') return context.issuingBody;
  return 'ecosoc';
}

/** Every body mention in `text` between `from` and `to`, resolved to body ids. */
export function findBodyMentions(text: string, from: number, to: number, context: ClauseContext): BodyMention[] {
  const mentions: BodyMention[] = [];
  BODY_MENTION.lastIndex = from;
  for (let match = BODY_MENTION.exec(text); match && match.index < to; match = BODY_MENTION.exec(text)) {
    const groups = match.groups ?? {};
    let body: BodyId | null = null;
    if (groups.ccpcj) body = 'ccpcj';
    else if (groups.cnd) body = 'cnd';
    else if (groups.copuntoc) body = 'cop-untoc';
    else if (groups.cospuncac) body = 'cosp-uncac';
    else if (groups.parties) body = resolveConferenceOfParties(context, text);
    else if (groups.ga) body = 'ga';
    else if (groups.ecosoc) body = 'ecosoc';
    else if (groups.hrc) body = 'hrc';
    else if (groups.sc) body = 'sc';
    else if (groups.committee) body = context.issuingBody === 'sc' ? 'sc' : null;
    else if (groups.commission) body = resolveCommission(context, text, match.index);
    else if (groups.council) body = issuingCouncil(context);
    else if (groups.conference) {
      body = context.issuingBody === 'cop-untoc' || context.issuingBody === 'cosp-uncac' ? context.issuingBody : null;
    } else if (groups.it) body = context.issuingBody;
    if (body) mentions.push({ body, start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

/** The body that "its"/"the" session at `at` belongs to: the last body named before it, else the issuer. */
export function bodyBefore(text: string, clauseStart: number, at: number, context: ClauseContext): BodyId | null {
  const mentions = findBodyMentions(text, clauseStart, at, context);
  return mentions.length > 0 ? mentions[mentions.length - 1]!.body : context.issuingBody;
}

/** The body named right after a session ("the twentieth session of the Commission"). */
export function bodyAfter(text: string, at: number, context: ClauseContext): BodyId | null {
  const window = /^\s*(?:of|by)\s+/u.exec(text.slice(at, at + 8));
  if (!window) return null;
  const mentions = findBodyMentions(text, at, at + window[0].length + 12, context);
  const first = mentions[0];
  return first && first.start <= at + window[0].length + 4 ? first.body : null;
}
