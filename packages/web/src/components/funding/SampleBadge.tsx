/**
 * Marks illustrative figures. Sample rows are labelled where they appear, so a donor never
 * mistakes a made-up contribution for a real one; confirmed rows show their source instead.
 */
export function SampleBadge() {
  return <span className="sample-badge">Sample data</span>;
}

/** "Sample data" for illustrative rows, otherwise the source of the confirmed figure. */
export function Provenance({ sample, source }: { sample: boolean; source: string | null }) {
  if (sample) return <SampleBadge />;
  return source === null ? <span className="muted">Confirmed, no source recorded</span> : <span>{source}</span>;
}
