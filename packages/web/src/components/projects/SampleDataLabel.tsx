/** Marks a row that came from the sample data set, so nobody mistakes it for real planning data. */
export function SampleDataLabel({ sample }: { sample: boolean }) {
  if (!sample) return null;
  return (
    <span className="sample-badge" title="Loaded from the sample data set on first start, not entered by a user">
      Sample data
    </span>
  );
}
