import { ZBudgetLineCreate, ZProjectCreate } from '@mandate-tracker/shared';
import { describe, expect, it } from 'vitest';
import { checkForm, serverFieldErrors } from '../src/components/projects/field-errors.ts';

describe('checkForm (forms checked with the shared zod schemas)', () => {
  it('says "Required." once for an empty field instead of the length and pattern messages', () => {
    expect(checkForm(ZProjectCreate, { code: '', title: 'Global Programme' })).toEqual({
      ok: false,
      errors: { code: ['Required.'] },
    });
  });

  it("gives the schema's message for a filled field that does not fit", () => {
    const check = checkForm(ZBudgetLineCreate, {
      title: 'GPML',
      fund: 'special-purpose',
      period: '2012 to 2015',
      amount: 5,
      currency: 'usd',
    });
    expect(check).toEqual({
      ok: false,
      errors: {
        period: ['Use a year or a period such as 2012-2015.'],
        currency: ['Use a three-letter currency code such as USD.'],
      },
    });
  });

  it('returns the parsed values with defaults when the form is valid', () => {
    expect(checkForm(ZProjectCreate, { code: 'GLOU40', title: 'Global Programme' })).toEqual({
      ok: true,
      data: { code: 'GLOU40', title: 'Global Programme', status: 'active' },
    });
  });
});

describe('serverFieldErrors (refusals sent back by the server)', () => {
  it("puts the server's flattened zod errors beside their fields", () => {
    const error = { message: 'Bad input', data: { zodError: { formErrors: [], fieldErrors: { code: ['Too long'] } } } };
    expect(serverFieldErrors(error)).toEqual({ code: ['Too long'] });
  });

  it("shows a domain refusal (a code already in use) as the form's error", () => {
    const error = { message: 'A project with code GLOU40 already exists.', data: { zodError: null, code: 'CONFLICT' } };
    expect(serverFieldErrors(error)).toEqual({ form: ['A project with code GLOU40 already exists.'] });
  });

  it('says the server could not be reached when no answer came back', () => {
    expect(serverFieldErrors(new Error('Failed to fetch')).form?.[0]).toMatch(/Cannot reach the server/);
  });
});
