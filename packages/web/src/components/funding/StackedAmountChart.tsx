import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd, formatUsdCompact } from './money.ts';

/** One stacked part of each bar, e.g. "Funded" in green. */
export interface AmountSeries<Key extends string> {
  key: Key;
  label: string;
  /** Fill colour; the legend, the tooltip and the table below repeat the label, so colour is never the only cue. */
  colour: string;
}

interface StackedAmountChartProps<Key extends string> {
  /** Accessible name of the chart, e.g. "Funded and unfunded amounts by theme". */
  title: string;
  rows: readonly ({ label: string } & Record<Key, number>)[];
  series: readonly AmountSeries<Key>[];
}

/**
 * Horizontal stacked bars of US-dollar amounts, one bar per row. The chart is a picture for
 * sighted users; screen-reader users get the same figures from the data table that every caller
 * renders under it, so the SVG is labelled as an image with a summary.
 */
export function StackedAmountChart<Key extends string>({ title, rows, series }: StackedAmountChartProps<Key>) {
  // Long theme names need room on the category axis; bars get a fixed height each.
  const height = Math.max(180, rows.length * 56 + 80);
  const summary = `${title}: ${rows
    .map((row) => `${row.label}: ${series.map((part) => `${part.label} ${formatUsd(row[part.key])}`).join(', ')}`)
    .join('; ')}.`;
  return (
    <figure className="funding-chart">
      <div role="img" aria-label={summary} className="funding-chart__canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...rows]} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={(value: number) => formatUsdCompact(value)} stroke="#4a5565" />
            <YAxis type="category" dataKey="label" width={210} stroke="#4a5565" tick={{ fontSize: 13 }} />
            <Tooltip formatter={(value) => formatUsd(Number(value))} />
            <Legend />
            {series.map((part) => (
              <Bar
                key={part.key}
                dataKey={part.key}
                name={part.label}
                stackId="amount"
                fill={part.colour}
                // Figures appear at once: an animation only delays reading them (and screenshots).
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">{title}. The same figures are in the table below.</figcaption>
    </figure>
  );
}
