/** "USD 1,250,000": the currency code first, as UN budget documents write it, whole units. */
export function formatAmount(amount: number, currency: string): string {
  return `${currency} ${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(amount)}`;
}
