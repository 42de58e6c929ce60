/** One field an audited write changed, with its values before and after as text. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

// Bookkeeping every write changes; listing them would hide the fields a person changed.
const IGNORED_FIELDS = new Set(['updatedAt', 'createdAt']);

const FIELD_LABELS: Readonly<Record<string, string>> = {
  ownerUnit: 'owner unit',
  adoptedSymbol: 'adopted symbol',
  periodStart: 'start date',
  periodEnd: 'end date',
  projectId: 'project',
  budgetLineId: 'budget line',
  reportingObligationId: 'reporting obligation',
  dueDate: 'due date',
  contentHash: 'content hash',
  carriedOver: 'carried over',
  changedParagraphs: 'changed paragraphs',
  notCarriedOver: 'not carried over',
  documentId: 'document',
  budgetLine: 'budget line',
};

/** A field name as people read it: `ownerUnit` → "owner unit". */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A stored value as short text: lists joined, objects as their fields, none as "—". */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(valueText).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.code === 'string') return record.code;
    if (typeof record.title === 'string') return record.title;
    return Object.entries(record)
      .filter(([, item]) => item !== null && item !== undefined)
      .map(([key, item]) => `${fieldLabel(key)} ${valueText(item)}`)
      .join('; ');
  }
  return String(value);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * The fields that differ between an entry's before and after values (a created entity lists all
 * its set fields, a deleted one all it had). A correction's `override` is named after its field.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const from = asRecord(before) ?? {};
  const to = asRecord(after) ?? {};
  const correctedField = typeof (to.field ?? from.field) === 'string' ? String(to.field ?? from.field) : null;
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (IGNORED_FIELDS.has(key) || key === 'id' || key === 'field') continue;
    if (JSON.stringify(from[key] ?? null) === JSON.stringify(to[key] ?? null)) continue;
    const label =
      key === 'override' && correctedField !== null ? `correction of ${fieldLabel(correctedField)}` : fieldLabel(key);
    changes.push({ field: label, before: valueText(from[key]), after: valueText(to[key]) });
  }
  return changes;
}

/** Actions as the log shows them. */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  import: 'Imported',
  override: 'Corrected',
  'clear-override': 'Cleared a correction',
  link: 'Linked',
  unlink: 'Unlinked',
  'accept-suggestion': 'Accepted a suggestion',
  'dismiss-suggestion': 'Dismissed a suggestion',
  status: 'Changed status',
};

/** Entity types as the log shows them. */
export const ENTITY_LABELS: Readonly<Record<string, string>> = {
  mandate: 'Mandate',
  deliverable: 'Deliverable',
  project: 'Project',
  'budget-line': 'Budget line',
  donor: 'Donor',
  contribution: 'Contribution',
  document: 'Document',
  resolution: 'Resolution',
};
