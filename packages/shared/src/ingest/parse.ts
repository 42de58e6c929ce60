import { readDocumentInfo } from './documentInfo.ts';
import { extractMandates, type ClauseExtractor, type ParagraphSource } from './mandates.ts';
import { parseStructure, type RawParagraph } from './structure/index.ts';
import type { CleanText } from './text/cleanText.ts';
import { normalizeDocument } from './text/normalize.ts';
import type { ParsedParagraph, ParsedResolution, ParseOutcome, ParseWarning } from './types.ts';
import { validateInput } from './validate.ts';

export interface ParseOptions {
  /** The document symbol when the caller knows it and the text does not print it (A/65/457). */
  symbol?: string;
}

/**
 * The whole pipeline with the clause extractor passed in: validate, clean, segment, read the
 * header, extract mandates. Never throws: an unexpected failure becomes a typed error.
 */
export function parseWith(input: string, options: ParseOptions, extract: ClauseExtractor): ParseOutcome {
  try {
    const invalid = validateInput(input);
    if (invalid) return invalid;
    return parseValid(input, options, extract);
  } catch (error) {
    return {
      ok: false,
      code: 'INTERNAL',
      message: `The document could not be parsed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function parseValid(input: string, options: ParseOptions, extract: ClauseExtractor): ParseOutcome {
  const normalized = normalizeDocument(input);
  const clean = normalized.clean;
  const structure = parseStructure(clean.text);
  if (structure.resolutions.length === 0 || !structure.resolutions.some((resolution) => resolution.operative.length > 0)) {
    return {
      ok: false,
      code: 'NOT_UN_DOCUMENT',
      message: 'No resolution, decision or numbered operative paragraph was found: this does not look like a UN document.',
    };
  }

  const warnings: ParseWarning[] = structure.warnings.map((warning) => ({
    code: warning.code,
    message: warning.message,
    start: warning.at === null ? null : clean.toSource(warning.at),
  }));

  const resolutions: ParsedResolution[] = structure.resolutions.map((raw, position) => {
    const range = clean.sourceRange(raw.start, raw.end);
    return {
      index: position + 1,
      label: raw.label,
      title: raw.title,
      draftSymbol: raw.draftSymbol,
      kind: raw.kind,
      preamble: raw.preamble.map((paragraph) => toParagraph(clean, paragraph)),
      operative: raw.operative.map((paragraph) => toParagraph(clean, paragraph)),
      annexes: raw.annexes.map((annex) => ({ title: annex.title, paragraphs: annex.paragraphs.map((paragraph) => toParagraph(clean, paragraph)) })),
      start: range.start,
      end: range.end,
    };
  });

  const singleTitle = resolutions.length === 1 ? resolutions[0]!.title || null : null;
  const document = readDocumentInfo(clean.text.slice(0, structure.headEnd), clean.text, normalized.subjects, {
    ...(options.symbol !== undefined ? { symbol: options.symbol } : {}),
    title: structure.title ?? singleTitle,
  });
  if (document.body === null) {
    // Adopted decisions print no opener ("At its 9th meeting, …, the Commission … took note"):
    // the body their texts name is the document's when they all name the same one.
    const bodies = new Set(structure.resolutions.map((resolution) => resolution.body));
    const [only] = bodies;
    if (bodies.size === 1 && only) document.body = only;
  }
  if (normalized.droppedLines > 0) {
    warnings.push({
      code: 'PAGE_FURNITURE_REMOVED',
      message: `${normalized.droppedLines} lines of page headers, page numbers and footnotes were left out of the paragraphs.`,
      start: null,
    });
  }

  const sources: ParagraphSource[] = [];
  structure.resolutions.forEach((raw, position) => {
    const resolution = resolutions[position]!;
    // "it" and "its sixty-sixth session" refer to the body adopting this resolution.
    const issuingBody = raw.body ?? document.body;
    const session = issuingBody === document.body ? document.session : null;
    const own = { issuingBody, session };
    raw.operative.forEach((paragraph, index) => {
      sources.push({ resolution, number: paragraph.number, text: resolution.operative[index]!.text, cleanStart: paragraph.start, part: 'operative', ...own });
    });
    raw.annexes.forEach((annex, annexIndex) => {
      annex.paragraphs.forEach((paragraph, index) => {
        const text = resolution.annexes[annexIndex]!.paragraphs[index]!.text;
        sources.push({ resolution, number: paragraph.number, text, cleanStart: paragraph.start, part: 'annex', ...own });
      });
    });
  });
  const mandates = extractMandates(
    sources,
    clean,
    { issuingBody: document.body, session: document.session, adopted: document.adopted },
    extract,
  );
  return { ok: true, document, resolutions, mandates, warnings };
}

function toParagraph(clean: CleanText, paragraph: RawParagraph): ParsedParagraph {
  const range = clean.sourceRange(paragraph.start, paragraph.end);
  return { number: paragraph.number, text: clean.text.slice(paragraph.start, paragraph.end), start: range.start, end: range.end };
}
