/**
 * Extracts resolutions and mandates from a UN document.
 *
 *   pnpm extract FILE [--json] [--symbol A/65/457]
 *
 * FILE may be `-` for standard input. With --json, prints the extraction contract (document,
 * resolutions, mandates, warnings) as one JSON object on stdout; otherwise a readable summary.
 * A document that cannot be parsed prints its error on stderr and exits with code 1.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  parseDocument,
  type ExtractedMandate,
  type ParseResult,
  type ParsedParagraph,
  type ReportingObligation,
} from '@mandate-tracker/shared/ingest';

interface Arguments {
  file: string;
  json: boolean;
  symbol: string | null;
}

function readArguments(argv: string[]): Arguments | string {
  let file: string | null = null;
  let json = false;
  let symbol: string | null = null;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--json') json = true;
    else if (argument === '--symbol') symbol = argv[++index] ?? null;
    else if (argument.startsWith('--symbol=')) symbol = argument.slice('--symbol='.length);
    else if (argument === '--') continue;
    else if (argument.startsWith('--')) return `unknown option ${argument}`;
    else if (file === null) file = argument;
    else return `unexpected argument ${argument}`;
  }
  if (file === null) return 'missing FILE';
  return { file, json, symbol };
}

/** "A-RES-65-232.txt" → "A/RES/65/232": fixture files are named after their symbol. */
function symbolFromFileName(file: string): string | null {
  const name = basename(file).replace(/\.[a-z]+$/i, '');
  return /^(?:A|E|S)(?:-[A-Za-z0-9.]+)+$/.test(name) ? name.replace(/-/g, '/') : null;
}

const paragraph = (p: ParsedParagraph) => ({ number: p.number, text: p.text, start: p.start, end: p.end });

const obligation = (r: ReportingObligation) => ({
  body: r.body,
  session: r.session,
  due: r.due,
  relation: r.relation,
  untilSession: r.untilSession,
  recurrence: r.recurrence,
  inheritedFrom: r.inheritedFrom,
});

const mandate = (m: ExtractedMandate) => ({
  resolution: m.resolution,
  paragraph: m.paragraph,
  part: m.part,
  verbs: m.verbs,
  addressees: m.addressees,
  action: m.action,
  resources: m.resources.map((resource) => ({ kind: resource.kind, text: resource.text })),
  programmes: m.programmes,
  reporting: m.reporting.map(obligation),
  start: m.start,
  end: m.end,
});

/** The JSON object of the CLI contract (issue 3), keys in contract order. */
function toContractJson(result: ParseResult) {
  const d = result.document;
  return {
    document: {
      symbol: d.symbol,
      body: d.body,
      session: d.session,
      agendaItems: d.agendaItems,
      title: d.title,
      adopted: d.adopted,
      onReport: d.onReport,
      subjects: d.subjects,
    },
    resolutions: result.resolutions.map((r) => ({
      index: r.index,
      label: r.label,
      title: r.title,
      draftSymbol: r.draftSymbol,
      preamble: r.preamble.map(paragraph),
      operative: r.operative.map(paragraph),
      annexes: r.annexes.map((annex) => ({ title: annex.title, paragraphs: annex.paragraphs.map(paragraph) })),
    })),
    mandates: result.mandates.map(mandate),
    warnings: result.warnings,
  };
}

function deadline(r: ReportingObligation): string {
  const when =
    r.session !== null ? `${r.body} session ${r.session}` : r.due !== null ? `${r.body} by ${r.due}` : r.body;
  const until = r.untilSession !== null ? `–${r.untilSession}` : '';
  const extras = [r.recurrence, r.inheritedFrom ? `as ${r.inheritedFrom}` : null].filter(Boolean).join(', ');
  return `${r.relation} ${when}${until}${extras ? ` (${extras})` : ''}`;
}

/** A readable summary: the document, its resolutions, then each mandate with its deadline. */
function toSummary(result: ParseResult): string {
  const d = result.document;
  const lines: string[] = [];
  const header = [
    d.symbol ?? '(no symbol)',
    d.body,
    d.session !== null ? `session ${d.session}` : null,
    d.adopted ? `adopted ${d.adopted}` : null,
    d.onReport ? `on report ${d.onReport}` : null,
  ];
  lines.push(header.filter(Boolean).join(' · '));
  if (d.title) lines.push(d.title);
  lines.push('', `Resolutions (${result.resolutions.length}):`);
  for (const r of result.resolutions) {
    const draft = r.draftSymbol ? ` [${r.draftSymbol}]` : '';
    lines.push(`  ${r.index}. ${r.label}${draft} ${r.title}`);
    lines.push(
      `     ${r.preamble.length} preambular, ${r.operative.length} operative paragraphs, ${r.annexes.length} annexes`,
    );
  }
  lines.push('', `Mandates (${result.mandates.length}):`);
  for (const m of result.mandates) {
    const label = result.resolutions[m.resolution - 1]?.label ?? String(m.resolution);
    const where = `${label} ${m.part === 'annex' ? 'annex ' : ''}¶${m.paragraph ?? '-'}`;
    const addressees = m.addressees.length > 0 ? m.addressees.join(', ') : '(no addressee)';
    lines.push(`  ${where}: ${m.verbs.join('+')} → ${addressees}`);
    for (const r of m.reporting) lines.push(`      due: ${deadline(r)}`);
    for (const resource of m.resources) lines.push(`      resources: ${resource.kind}`);
  }
  if (result.warnings.length > 0) {
    lines.push('', `Warnings (${result.warnings.length}):`);
    for (const w of result.warnings) lines.push(`  ${w.code}: ${w.message}`);
  }
  return lines.join('\n');
}

function main(): number {
  const parsed = readArguments(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`extract: ${parsed}\nusage: pnpm extract FILE|- [--json] [--symbol SYMBOL]\n`);
    return 2;
  }
  let input: string;
  try {
    input = readFileSync(parsed.file === '-' ? 0 : parsed.file, 'utf8');
  } catch (error) {
    process.stderr.write(
      `extract: cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  const outcome = parseDocument(input, parsed.symbol ? { symbol: parsed.symbol } : {});
  if (!outcome.ok) {
    process.stderr.write(`extract: ${parsed.file}: ${outcome.code}: ${outcome.message}\n`);
    return 1;
  }
  if (outcome.document.symbol === null && parsed.file !== '-') {
    outcome.document.symbol = symbolFromFileName(parsed.file);
  }
  process.stdout.write(
    parsed.json ? `${JSON.stringify(toContractJson(outcome), null, 2)}\n` : `${toSummary(outcome)}\n`,
  );
  return 0;
}

process.exitCode = main();
