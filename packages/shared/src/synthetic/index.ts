/**
 * A deterministic synthetic corpus of UN documents for scale tests and benchmarks: the structures
 * of the sample corpus (Third Committee reports with draft resolutions on one line, adopted
 * resolutions as pdftotext prints them) recombined at any size, with a record of every mandate
 * planted so a test can check that the extractor finds exactly those.
 *
 * Not exported from the package's main entry (the web bundle does not need it):
 * `import { generateCorpus } from '@mandate-tracker/shared/synthetic'`.
 */
import { layoutAdoptedResolution, layoutReport } from './layout.ts';
import { createRandom, type Random } from './random.ts';
import { adoptionDate, composeResolution, type PlantedMandate, type ResolutionModel } from './resolution.ts';

export type { PlantedMandate } from './resolution.ts';

export interface PlantedStructure {
  /** Resolutions in the document (draft resolutions of a report, or 1 for an adopted text). */
  resolutions: number;
  /** Operative paragraph numbers per resolution, in order: `[[1, 2, …, 24], [1, …, 31]]`. */
  operativeParagraphs: number[][];
  /** Preambular, operative and annex paragraphs together: what the importer stores. */
  paragraphs: number;
  mandates: PlantedMandate[];
}

export interface SyntheticDocument {
  /** A file name for the document ("A-RES-66-123.txt"). */
  name: string;
  /** Its symbol: reports do not print theirs (as A/65/457), so importers pass it. */
  symbol: string;
  format: 'report' | 'adopted-resolution';
  text: string;
  planted: PlantedStructure;
}

export interface CorpusOptions {
  seed: number | string;
  /** How many documents. */
  documents: number;
  /** Index of the first document, to resume or split a corpus: documents are independent. */
  start?: number;
}

/** Resolutions numbered per Assembly session; sessions run from the 50th upwards. */
const DOCUMENTS_PER_SESSION = 500;
const FIRST_SESSION = 50;
const REPORT_SHARE = 0.25;

function sizeOfResolution(random: Random, inReport: boolean) {
  return {
    preambleCount: inReport ? random.int(6, 20) : random.int(10, 32),
    operativeCount: inReport ? random.int(10, 34) : random.int(20, 80),
    annexCount: random.chance(inReport ? 0.15 : 0.25) ? random.int(10, 40) : 0,
  };
}

const MANDATE_SHARE = 0.15;

function planted(models: readonly ResolutionModel[]): PlantedStructure {
  return {
    resolutions: models.length,
    operativeParagraphs: models.map((model) => model.operative.map((_, index) => index + 1)),
    paragraphs: models.reduce(
      (total, model) => total + model.preamble.length + model.operative.length + (model.annex?.paragraphs.length ?? 0),
      0,
    ),
    mandates: models.flatMap((model) => model.mandates),
  };
}

/** Document `index` of the corpus of `seed`: the same arguments always give the same text. */
export function generateDocument(seed: number | string, index: number): SyntheticDocument {
  const random = createRandom(`${seed}:${index}`);
  const assemblySession = FIRST_SESSION + Math.floor(index / DOCUMENTS_PER_SESSION);
  const number = 1 + (index % DOCUMENTS_PER_SESSION);
  if (random.chance(REPORT_SHARE)) {
    const models = Array.from({ length: random.int(2, 7) }, (_, position) =>
      composeResolution(random, {
        position: position + 1,
        assemblySession,
        mandateShare: MANDATE_SHARE,
        ...sizeOfResolution(random, true),
      }),
    );
    const symbol = `A/${assemblySession}/${DOCUMENTS_PER_SESSION + number}`;
    return {
      name: `${symbol.replaceAll('/', '-')}.txt`,
      symbol,
      format: 'report',
      text: layoutReport(random, models, assemblySession),
      planted: planted(models),
    };
  }
  const model = composeResolution(random, {
    position: 1,
    assemblySession,
    mandateShare: MANDATE_SHARE,
    ...sizeOfResolution(random, false),
  });
  const symbol = `A/RES/${assemblySession}/${number}`;
  const reportSymbol = `A/${assemblySession}/${DOCUMENTS_PER_SESSION + random.int(1, DOCUMENTS_PER_SESSION)}`;
  return {
    name: `${symbol.replaceAll('/', '-')}.txt`,
    symbol,
    format: 'adopted-resolution',
    text: layoutAdoptedResolution(
      random,
      model,
      symbol,
      assemblySession,
      adoptionDate(random, assemblySession),
      reportSymbol,
    ),
    planted: planted([model]),
  };
}

/**
 * The documents of a synthetic corpus, generated one at a time as they are iterated (10,000
 * documents never sit in memory together). Same seed, same documents, byte for byte.
 */
export function* generateCorpus(options: CorpusOptions): Generator<SyntheticDocument> {
  const start = options.start ?? 0;
  for (let index = start; index < start + options.documents; index++) yield generateDocument(options.seed, index);
}
