export * from './load-sample-planning.ts';
