export * from './ical.ts';
export * from './mandate-table.ts';
