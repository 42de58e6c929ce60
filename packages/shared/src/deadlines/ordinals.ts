import type { BodyId } from '../ingest/types.ts';

/** Short names as the UN writes them, used in session names and calendar summaries. */
export const BODY_SHORT_NAMES: Readonly<Record<BodyId, string>> = {
  ga: 'GA',
  ecosoc: 'ECOSOC',
  ccpcj: 'CCPCJ',
  cnd: 'CND',
  sc: 'Security Council',
  hrc: 'HRC',
  'cop-untoc': 'COP UNTOC',
  'cosp-uncac': 'CoSP UNCAC',
};

/** Full names of the bodies UNODC reports to. */
export const BODY_NAMES: Readonly<Record<BodyId, string>> = {
  ga: 'General Assembly',
  ecosoc: 'Economic and Social Council',
  ccpcj: 'Commission on Crime Prevention and Criminal Justice',
  cnd: 'Commission on Narcotic Drugs',
  sc: 'Security Council',
  hrc: 'Human Rights Council',
  'cop-untoc': 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  'cosp-uncac': 'Conference of the States Parties to the United Nations Convention against Corruption',
};

/** How a body numbers its sessions: ordinals (CCPCJ 20) or years (ECOSOC 2011). */
export const SESSION_KIND: Readonly<Record<BodyId, 'ordinal' | 'year'>> = {
  ga: 'ordinal',
  ecosoc: 'year',
  ccpcj: 'ordinal',
  cnd: 'ordinal',
  sc: 'year',
  hrc: 'ordinal',
  'cop-untoc': 'ordinal',
  'cosp-uncac': 'ordinal',
};

/** English ordinal with its suffix: 1st, 2nd, 3rd, 11th, 20th, 21st, 112th. */
export function ordinal(value: number): string {
  const lastTwo = Math.abs(value) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  switch (Math.abs(value) % 10) {
    case 1:
      return `${value}st`;
    case 2:
      return `${value}nd`;
    case 3:
      return `${value}rd`;
    default:
      return `${value}th`;
  }
}

/** A session as people name it: "CCPCJ, 20th session", "ECOSOC, 2011 session". */
export function sessionName(body: BodyId, session: number): string {
  const number = SESSION_KIND[body] === 'year' ? String(session) : ordinal(session);
  return `${BODY_SHORT_NAMES[body]}, ${number} session`;
}

/**
 * How planners cite a mandate's paragraph: "A/65/457 I.14" for a draft in a committee report,
 * "A/RES/65/232 para. 36" for an adopted resolution whose symbol ends with its label.
 */
export function mandateReference(symbol: string | null, resolutionLabel: string, paragraph: string | null): string {
  const document = symbol ?? 'Unnumbered document';
  const number = paragraph ?? '(unnumbered)';
  if (symbol !== null && symbol.endsWith(resolutionLabel)) return `${document} para. ${number}`;
  return `${document} ${resolutionLabel}.${number}`;
}
