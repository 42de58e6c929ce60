export * from './due-date.ts';
export * from './lead-time.ts';
export * from './obligation-deadlines.ts';
export * from './deadline-summary.ts';
