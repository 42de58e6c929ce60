import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as shared from '../../src/index.ts';
import { unboundedParts } from './unbounded-parts.ts';

/**
 * Every procedure input is a zod schema exported from `shared` under a `Z…` name. Each string
 * in it must have a maximum length, each array a maximum size, and each number a finite upper
 * bound, so that no input can make the server hold, parse or store unbounded data. New schemas
 * are checked as soon as they are exported. (The server's fuzz test checks the inputs of every
 * procedure the same way.)
 */
/** Shapes of answers, not of inputs: what the server sends is bounded by what it stored. */
const OUTPUT_SCHEMAS = /(Output|^ZApiTokenSummary|^ZCreatedApiToken)$/;
const inputSchemas = Object.entries(shared as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] =>
    entry[0].startsWith('Z') && entry[1] instanceof z.ZodType && !OUTPUT_SCHEMAS.test(entry[0]),
);

describe('input schemas', () => {
  it('finds the exported input schemas', () => {
    expect(inputSchemas.map(([name]) => name)).toEqual(
      expect.arrayContaining(['ZImportDocumentInput', 'ZMandateListInput', 'ZProjectCreate', 'ZSearchParagraphsInput']),
    );
  });

  it('bound every string, array and number they accept', () => {
    const problems = inputSchemas.flatMap(([name, schema]) => unboundedParts(schema, name));
    expect(problems).toEqual([]);
  });

  it('catch a string without a maximum (the check itself works)', () => {
    const careless = z.object({
      note: z.string().trim().optional(),
      tags: z.array(z.string().max(5)),
      code: z.string().regex(/^[A-Z]+$/),
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      count: z.number(),
    });
    expect(unboundedParts(careless, 'Careless')).toEqual([
      'Careless.note: string without max length',
      'Careless.tags: array without max size',
      'Careless.code: string without max length',
      'Careless.count: number without a finite maximum',
    ]);
  });
});
