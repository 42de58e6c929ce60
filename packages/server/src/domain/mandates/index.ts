export { listMandates, listColumns, toListItems } from './list-mandates.ts';
export { mandateFilterConditions, isFunded } from './filter.ts';
export { mandatesWithContext, mandatesWithOverrides, effective, effectiveOrigin, nextDue } from './effective.ts';
export { loadObligations } from './obligations.ts';
export { getMandate } from './get-mandate.ts';
export { updateMandate, type MandatePlanningFields } from './update-mandate.ts';
export { setMandateOverride, clearMandateOverride } from './overrides.ts';
