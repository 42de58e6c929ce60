export * from './ingest/types.ts';
export * from './schemas/documents.ts';
export * from './schemas/mandates.ts';
export * from './schemas/search.ts';
export * from './deadlines/index.ts';
export * from './schemas/planning.ts';
export * from './schemas/calendar.ts';
export * from './schemas/funding.ts';
