const wholeDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const compactDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});

/** An amount in US dollars to the dollar, for tables: "$4,200,000". */
export function formatUsd(amount: number): string {
  return wholeDollars.format(amount);
}

/** An amount in US dollars, short, for chart axes and headline figures: "$4.2M". */
export function formatUsdCompact(amount: number): string {
  return compactDollars.format(amount);
}

/** Share of `part` in `whole` as a whole percentage ("48 %"); "—" when there is nothing to share. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${Math.round((part / whole) * 100)} %`;
}
