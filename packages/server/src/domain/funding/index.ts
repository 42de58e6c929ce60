export * from './funding.ts';
export * from './ledger.ts';
export * from './funded-sql.ts';
