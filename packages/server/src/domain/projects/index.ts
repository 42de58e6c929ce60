export * from './budget-lines.ts';
export * from './contributions.ts';
export * from './donors.ts';
export * from './links.ts';
export * from './projects.ts';
