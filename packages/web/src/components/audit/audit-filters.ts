import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type TAuditList } from '@mandate-tracker/shared';

/** The log's filters as the URL holds them (`?user=…&entity=…&action=…&from=…&to=…`). */
export interface AuditFilterValues {
  user: string;
  entity: string;
  action: string;
  from: string;
  to: string;
}

export const FILTER_KEYS = ['user', 'entity', 'action', 'from', 'to'] as const;

export function filtersFromSearch(search: URLSearchParams): AuditFilterValues {
  return {
    user: search.get('user') ?? '',
    entity: search.get('entity') ?? '',
    action: search.get('action') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The `audit.list` input for the filters; values the server would refuse (an unknown action, a
 * malformed date typed into the URL) are left out rather than failing the whole screen.
 */
export function listInputOf(filters: AuditFilterValues): Omit<TAuditList, 'cursor'> {
  const entityType = (AUDIT_ENTITY_TYPES as readonly string[]).includes(filters.entity)
    ? (filters.entity as TAuditList['entityType'])
    : undefined;
  const action = (AUDIT_ACTIONS as readonly string[]).includes(filters.action)
    ? (filters.action as TAuditList['action'])
    : undefined;
  const from = ISO_DATE.test(filters.from) ? filters.from : undefined;
  let to = ISO_DATE.test(filters.to) ? filters.to : undefined;
  if (from !== undefined && to !== undefined && to < from) to = undefined;
  const user = filters.user.trim().slice(0, 254);
  return {
    limit: 50,
    ...(user !== '' && { actorEmail: user }),
    ...(entityType !== undefined && { entityType }),
    ...(action !== undefined && { action }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}
