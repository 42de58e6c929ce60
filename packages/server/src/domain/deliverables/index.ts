export * from './deliverables.ts';
