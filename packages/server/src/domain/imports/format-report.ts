import type { ImportReport } from '@mandate-tracker/shared';

const STATUS_WORDS: Record<ImportReport['status'], string> = {
  created: 'imported',
  unchanged: 'unchanged (already imported, nothing written)',
  updated: 'updated to the new version',
};

/** The import report as lines a person reads in a terminal. */
export function formatImportReport(source: string, report: ImportReport): string {
  const { counts } = report;
  const lines = [
    `${source}: ${report.symbol ?? '(no symbol)'} ${STATUS_WORDS[report.status]} — document ${report.documentId}`,
    `  ${counts.resolutions} resolutions, ${counts.paragraphs} paragraphs, ${counts.mandates} mandates, ${counts.obligations} reporting obligations`,
  ];
  if (report.status === 'updated') {
    lines.push(`  planner data carried over to ${report.carriedOver} mandates`);
    for (const change of report.changes) {
      lines.push(
        `  paragraph ${change.kind}: ${change.resolution} ${change.part} ${change.paragraph ?? '(unnumbered)'}`,
      );
    }
    for (const lost of report.notCarried) {
      lines.push(
        `  NOT carried over: ${lost.resolution} para. ${lost.paragraph ?? '?'} clause ${lost.clauseIndex + 1} (${lost.lost.join(', ')})`,
      );
    }
  }
  for (const warning of report.warnings) lines.push(`  warning ${warning.code}: ${warning.message}`);
  return lines.join('\n');
}
