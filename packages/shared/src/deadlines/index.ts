export * from './dates.ts';
export * from './due.ts';
export * from './ordinals.ts';
export * from './sessions.ts';
export * from './status.ts';
