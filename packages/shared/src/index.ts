export * from './ingest/types.ts';
