/**
 * Tables of the tracker core (documents, mandates, obligations, planning), added by its
 * migrations. Empty until those migrations exist.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TrackerTables {}
