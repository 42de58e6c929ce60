import { z } from 'zod';

/** Paths inside `schema` that break the rule, e.g. `ZMandateUpdate.notes: string without max`. */
export function unboundedParts(schema: z.ZodType, where: string, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const walk = (inner: unknown, path: string) => (inner instanceof z.ZodType ? unboundedParts(inner, path, seen) : []);
  if (schema instanceof z.ZodString) {
    return schema.maxLength === null && !hasBoundedPattern(schema) ? [`${where}: string without max length`] : [];
  }
  if (schema instanceof z.ZodNumber) {
    const max = schema.maxValue;
    return max === null || !Number.isFinite(max) ? [`${where}: number without a finite maximum`] : [];
  }
  if (schema instanceof z.ZodArray) {
    const checks = (schema._zod.def.checks ?? []) as { _zod: { def: { check?: string } } }[];
    const bounded = checks.some(
      (check) => check._zod.def.check === 'max_length' || check._zod.def.check === 'length_equals',
    );
    const problems = bounded ? [] : [`${where}: array without max size`];
    return [...problems, ...walk(schema.element, `${where}[]`)];
  }
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([key, value]) => walk(value, `${where}.${key}`));
  }
  if (schema instanceof z.ZodUnion) return schema.options.flatMap((option, index) => walk(option, `${where}|${index}`));
  if (schema instanceof z.ZodIntersection) {
    return [...walk(schema._zod.def.left, where), ...walk(schema._zod.def.right, where)];
  }
  if (schema instanceof z.ZodRecord) {
    return [`${where}: record (no bound on its number of keys)`];
  }
  if (schema instanceof z.ZodTuple)
    return schema._zod.def.items.flatMap((item, index) => walk(item, `${where}[${index}]`));
  if (schema instanceof z.ZodPipe) return [...walk(schema._zod.def.in, where), ...walk(schema._zod.def.out, where)];
  if (schema instanceof z.ZodLazy) return walk(schema._zod.def.getter(), where);
  // Wrappers: optional, nullable, default, catch, readonly, prefault, non-optional.
  const inner = (schema._zod.def as { innerType?: unknown }).innerType;
  if (inner !== undefined) return walk(inner, where);
  return [];
}

/**
 * A whole-string pattern without unbounded repetition (`^\d{1,18}$`) bounds the length as
 * surely as `.max()` does.
 */
function hasBoundedPattern(schema: z.ZodString): boolean {
  const checks = (schema._zod.def.checks ?? []) as { _zod: { def: { format?: string; pattern?: RegExp } } }[];
  return checks.some(({ _zod: { def } }) => {
    if (def.format !== 'regex' || def.pattern === undefined) return false;
    const source = def.pattern.source;
    return source.startsWith('^') && source.endsWith('$') && !/(?<!\\)[*+]|\{\d*,\}/.test(source);
  });
}
