export * from './funding.ts';
export * from './ledger.ts';
