import type { AmountSeries } from './StackedAmountChart.tsx';

/** Funded money against the remaining gap; colours keep 3:1 contrast against white and each other. */
export const FUNDED_VS_GAP: readonly AmountSeries<'funded' | 'gap'>[] = [
  { key: 'funded', label: 'Funded (pledged + paid)', colour: '#166534' },
  { key: 'gap', label: 'Funding gap', colour: '#c2410c' },
];

/** A donor's money already paid against money only pledged. */
export const PAID_VS_PLEDGED: readonly AmountSeries<'paid' | 'pledged'>[] = [
  { key: 'paid', label: 'Paid', colour: '#0b4f71' },
  { key: 'pledged', label: 'Pledged, not yet paid', colour: '#7c8ea3' },
];
