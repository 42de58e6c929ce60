export * from './calendar.ts';
export * from './filtered-mandates.ts';
