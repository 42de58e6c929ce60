import { z } from 'zod';
import { databaseId, isoDate } from './common.ts';
import { ADDRESSEE_IDS, BODY_IDS, MANDATE_VERBS } from '../ingest/types.ts';
import type {
  AddresseeId,
  BodyId,
  MandateVerb,
  Recurrence,
  ReportingRelation,
  ResourceKind,
  Span,
} from '../ingest/types.ts';

export const MANDATE_STATUSES = ['open', 'in-progress', 'completed', 'closed'] as const;
export type MandateStatus = (typeof MANDATE_STATUSES)[number];

export const MANDATE_PRIORITIES = ['high', 'medium', 'low'] as const;
export type MandatePriority = (typeof MANDATE_PRIORITIES)[number];

export const MANDATE_SORTS = ['due', 'resolution', 'status'] as const;
export type MandateSort = (typeof MANDATE_SORTS)[number];

export const OVERRIDE_FIELDS = ['verbs', 'addressees', 'resources', 'reporting', 'action'] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

const RESOURCE_KINDS = [
  'within-existing-resources',
  'extrabudgetary',
  'voluntary-contributions',
  'regular-budget',
  'adequate-resources',
] as const satisfies readonly ResourceKind[];

const REPORTING_RELATIONS = [
  'at',
  'before',
  'between',
  'for-consideration-at',
  'by-date',
  'within',
] as const satisfies readonly ReportingRelation[];

const RECURRENCES = ['annual', 'biennial', 'triennial', 'quadrennial'] as const;

const shortText = z.string().trim().max(200);

/**
 * Filters of the mandate list, shared by `mandates.list`, the iCal feed and the CSV/JSON exports.
 * Every list is "any of"; different filters combine with "and".
 * `body`/`session`/`dueFrom`/`dueTo` refer to the mandate's reporting obligations.
 */
export const ZMandateFilter = z.object({
  addressee: z.array(z.enum(ADDRESSEE_IDS)).max(ADDRESSEE_IDS.length).optional(),
  verb: z.array(z.enum(MANDATE_VERBS)).max(MANDATE_VERBS.length).optional(),
  body: z.array(z.enum(BODY_IDS)).max(BODY_IDS.length).optional(),
  session: z.number().int().min(1).max(3000).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  status: z.array(z.enum(MANDATE_STATUSES)).max(MANDATE_STATUSES.length).optional(),
  /** Owner unit, matched exactly (case-insensitive). */
  owner: shortText.optional(),
  /** `true`: linked to a project or budget line with money; `false`: not. */
  funded: z.boolean().optional(),
  projectId: databaseId.optional(),
  /** A subject term of the document (`%%%` line), e.g. "CORRUPTION"; case-insensitive. */
  subject: shortText.optional(),
  documentId: databaseId.optional(),
  resolutionId: databaseId.optional(),
  /** Full-text search over the paragraph (websearch syntax: words, "phrases", -exclusions). */
  q: shortText.optional(),
  /** Only mandates UNODC delivers (addressed to UNODC, its Executive Director, the Secretary-General or the Secretariat); `null` for all. */
  unodcFacing: z.boolean().nullable().default(true),
});
export type TMandateFilter = z.infer<typeof ZMandateFilter>;
export type TMandateFilterInput = z.input<typeof ZMandateFilter>;

export const ZMandateListInput = ZMandateFilter.extend({
  sort: z.enum(MANDATE_SORTS).default('resolution'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(200).default(50),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(500).nullish(),
});
export type TMandateListInput = z.infer<typeof ZMandateListInput>;

const LIST_KEYS = ['addressee', 'verb', 'body', 'status'] as const;

/**
 * Turns URL query parameters (`?body=ccpcj&addressee=unodc&addressee=secretariat&funded=false`)
 * into a validated filter, for the plain-HTTP feeds and exports. Repeated or comma-separated
 * values both work. Throws a ZodError for invalid values.
 */
export function mandateFilterFromQuery(query: Record<string, unknown>): TMandateFilter {
  const single = (value: unknown): string | undefined => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
  };
  const list = (value: unknown): string[] | undefined => {
    const values = (Array.isArray(value) ? value : [value])
      .filter((item): item is string => typeof item === 'string')
      .flatMap((item) => item.split(','))
      .map((item) => item.trim())
      .filter((item) => item !== '');
    return values.length > 0 ? values : undefined;
  };
  const number = (value: unknown) => {
    const text = single(value);
    return text === undefined ? undefined : Number(text);
  };
  const boolean = (value: unknown) => {
    const text = single(value)?.toLowerCase();
    if (text === undefined) return undefined;
    if (['true', 'yes', '1'].includes(text)) return true;
    if (['false', 'no', '0'].includes(text)) return false;
    return text;
  };
  const candidate: Record<string, unknown> = {};
  for (const key of LIST_KEYS) candidate[key] = list(query[key]);
  candidate.session = number(query.session);
  candidate.projectId = number(query.projectId ?? query.project);
  candidate.documentId = number(query.documentId);
  candidate.resolutionId = number(query.resolutionId);
  candidate.funded = boolean(query.funded);
  for (const key of ['dueFrom', 'dueTo', 'owner', 'subject', 'q'] as const) candidate[key] = single(query[key]);
  const facing = single(query.unodcFacing);
  candidate.unodcFacing = facing === 'all' ? null : (boolean(query.unodcFacing) ?? true);
  return ZMandateFilter.parse(candidate);
}

export const ZMandateId = z.object({ id: databaseId });
export type TMandateId = z.infer<typeof ZMandateId>;

export const ZMandateUpdate = z.object({
  id: databaseId,
  /** The version the edit was based on; a stale version is refused with CONFLICT. */
  version: databaseId,
  status: z.enum(MANDATE_STATUSES).optional(),
  ownerUnit: z.string().trim().max(120).nullable().optional(),
  priority: z.enum(MANDATE_PRIORITIES).nullable().optional(),
  notes: z.string().max(10_000).nullable().optional(),
});
export type TMandateUpdate = z.infer<typeof ZMandateUpdate>;

export const ZResourceOverride = z.object({ kind: z.enum(RESOURCE_KINDS), text: z.string().trim().max(500) });
export const ZReportingOverride = z.object({
  body: z.enum(BODY_IDS),
  session: z.number().int().min(1).max(3000).nullable(),
  untilSession: z.number().int().min(1).max(3000).nullable().default(null),
  relation: z.enum(REPORTING_RELATIONS),
  due: isoDate.nullable().default(null),
  recurrence: z.enum(RECURRENCES).nullable().default(null),
});

/** The mandate a correction applies to and the version it was based on (stale: CONFLICT). */
const editedMandate = { id: databaseId, version: databaseId };

/** A planner's correction of one extracted fact; it wins over the extractor and survives re-import. */
export const ZMandateOverride = z.discriminatedUnion('field', [
  z.object({
    ...editedMandate,
    field: z.literal('verbs'),
    value: z.array(z.enum(MANDATE_VERBS)).max(MANDATE_VERBS.length),
  }),
  z.object({
    ...editedMandate,
    field: z.literal('addressees'),
    value: z.array(z.enum(ADDRESSEE_IDS)).max(ADDRESSEE_IDS.length),
  }),
  z.object({
    ...editedMandate,
    field: z.literal('resources'),
    value: z.array(ZResourceOverride).max(20),
  }),
  z.object({
    ...editedMandate,
    field: z.literal('reporting'),
    value: z.array(ZReportingOverride).max(20),
  }),
  z.object({ ...editedMandate, field: z.literal('action'), value: z.string().trim().min(1).max(5_000) }),
]);
export type TMandateOverride = z.infer<typeof ZMandateOverride>;

export const ZClearOverride = z.object({ ...editedMandate, field: z.enum(OVERRIDE_FIELDS) });
export type TClearOverride = z.infer<typeof ZClearOverride>;

export const ZSuggestionDecision = z.object({
  mandateId: databaseId,
  projectId: databaseId,
});
export type TSuggestionDecision = z.infer<typeof ZSuggestionDecision>;

/** A reporting obligation as the API shows it. `dueDate` is the stored or session-derived date. */
export interface MandateObligation {
  id: number;
  body: BodyId;
  session: number | null;
  untilSession: number | null;
  relation: ReportingRelation;
  dueDate: string | null;
  recurrence: Recurrence;
  origin: 'extracted' | 'entered';
  inheritedFrom: string | null;
  span: Span | null;
  /** Opening date of the session, when known. */
  sessionStart: string | null;
  sessionEnd: string | null;
  sessionProjected: boolean | null;
}

export interface MandateResource {
  kind: ResourceKind;
  text: string;
  span: Span | null;
}

/** One row of the mandate list. Values are effective: overrides applied. */
export interface MandateListItem {
  id: number;
  documentId: number;
  documentSymbol: string | null;
  resolutionId: number;
  resolutionLabel: string;
  resolutionTitle: string;
  adoptedSymbol: string | null;
  paragraphNumber: string | null;
  part: 'operative' | 'annex';
  clauseIndex: number;
  verbs: MandateVerb[];
  addressees: AddresseeId[];
  action: string;
  programmes: string[];
  unodcFacing: boolean;
  status: MandateStatus;
  ownerUnit: string | null;
  priority: MandatePriority | null;
  version: number;
  /** Earliest due date among its obligations. */
  nextDue: string | null;
  obligations: MandateObligation[];
  overridden: OverrideField[];
  projectCount: number;
  budgetLineCount: number;
}

export interface MandateListPage {
  items: MandateListItem[];
  nextCursor: string | null;
}

export interface ExtractedMandateValues {
  verbs: MandateVerb[];
  addressees: AddresseeId[];
  action: string;
  resources: MandateResource[];
  reporting: MandateObligation[];
}

export interface MandateSuggestion {
  projectId: number;
  code: string;
  title: string;
  theme: string | null;
  /** The programme or subject of the mandate that matched. */
  matched: string;
  score: number;
}

export interface MandateDetail extends MandateListItem {
  paragraph: {
    id: number;
    number: string | null;
    part: 'operative' | 'annex';
    annexIndex: number | null;
    text: string;
  };
  spans: {
    clause: Span;
    verbs: Span[];
    addressees: Span[];
    reporting: Span[];
    resources: Span[];
  };
  resolution: {
    id: number;
    label: string;
    title: string;
    kind: 'resolution' | 'decision';
    draftSymbol: string | null;
    adoptedSymbol: string | null;
  };
  document: {
    id: number;
    symbol: string | null;
    title: string | null;
    body: BodyId | null;
    session: number | null;
    adopted: string | null;
    subjects: string[];
  };
  resources: MandateResource[];
  notes: string | null;
  /** The extractor's values, before overrides. */
  extracted: ExtractedMandateValues;
  overrides: { field: OverrideField; value: unknown; createdAt: Date; createdBy: string | null }[];
  deliverables: {
    id: number;
    title: string;
    kind: string;
    dueDate: string | null;
    status: string;
    owner: string | null;
    sample: boolean;
  }[];
  projects: { id: number; code: string; title: string; sample: boolean }[];
  budgetLines: { id: number; title: string; fund: string; amount: number; currency: string; sample: boolean }[];
  suggestions: MandateSuggestion[];
}
