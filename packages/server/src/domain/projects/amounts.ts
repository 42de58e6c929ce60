/** numeric(16,2) arrives as a string from both engines; money is handled as numbers in domain code. */
export function toAmount(value: string | number | null): number {
  if (value === null) return 0;
  const amount = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(amount) ? amount : 0;
}

/** Sums money without binary floating-point drift, to the cent. */
export function sumAmounts(values: Iterable<number>): number {
  let cents = 0;
  for (const value of values) cents += Math.round(value * 100);
  return cents / 100;
}
