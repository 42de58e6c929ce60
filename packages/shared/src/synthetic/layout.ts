import { capitalised, ordinalWords } from './ordinals.ts';
import { COUNTRIES, SUBJECTS, TOPICS } from './phrases.ts';
import type { Random } from './random.ts';
import type { ResolutionModel } from './resolution.ts';

const LINE_WIDTH = 80;
const LINES_PER_PAGE = 46;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

/** Operative paragraph `n` of `count`: ";" between paragraphs, "." after the last, as printed. */
function operativeText(model: ResolutionModel, index: number): string {
  return `${index + 1}. ${model.operative[index]!}${index === model.operative.length - 1 ? '.' : ';'}`;
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > LINE_WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * An adopted General Assembly resolution as pdftotext prints it (A/RES/67/189): a header block,
 * the numbered title, the preamble and operative paragraphs broken into lines of about 80
 * characters, an annex, and page breaks (page number, form feed, running title, symbol) every
 * 46 lines, in the middle of paragraphs as in the real PDFs.
 */
export function layoutAdoptedResolution(
  random: Random,
  model: ResolutionModel,
  symbol: string,
  assemblySession: number,
  adopted: string,
  reportSymbol: string,
): string {
  const label = symbol.replace(/^A\/RES\//, '');
  const header = [
    `${symbol}`,
    '',
    'United Nations',
    '',
    'Distr.: General',
    `${random.int(1, 28)} March ${1946 + assemblySession}`,
    '',
    'General Assembly',
    `${capitalised(ordinalWords(assemblySession))} session`,
    `Agenda item ${random.int(90, 130)}`,
    '',
    `Resolution adopted by the General Assembly on ${adopted}`,
    `[on the report of the Third Committee (${reportSymbol})]`,
    '',
    ...wrap(`${label}. ${model.title}`),
    'The General Assembly,',
  ];
  const body: string[] = [];
  for (const paragraph of model.preamble) body.push(...wrap(`${paragraph},`));
  model.operative.forEach((_, index) => body.push(...wrap(operativeText(model, index))));
  if (model.annex !== null) {
    body.push('', 'Annex', '', ...wrap(model.annex.title), '');
    model.annex.paragraphs.forEach((paragraph, index) => body.push(...wrap(`${index + 1}. ${paragraph}`)));
  }
  const runningTitle = wrap(model.title);
  const pages = Math.ceil((header.length + body.length) / LINES_PER_PAGE);
  const titleText = header.join(' ');
  // The parser drops the first lines of a page when they repeat the top of another page or the
  // title (running headers). Real pages rarely begin so; a small vocabulary often would, so a
  // break moves down a line or two until the lines after it are unlike any header.
  const pageTops = new Set<string>();
  const safeAtPageTop = (line: string) => !pageTops.has(line) && !(line.length >= 25 && titleText.includes(line));
  const lines = [...header];
  let page = 1;
  let onPage = header.length;
  body.forEach((line, index) => {
    const top = body.slice(index, index + 4);
    if (
      onPage >= LINES_PER_PAGE &&
      index < body.length - 4 &&
      new Set(top).size === top.length &&
      top.every(safeAtPageTop)
    ) {
      lines.push('', `${page}/${pages}`, '', `\f${runningTitle[0]!}`, ...runningTitle.slice(1), '', symbol, '');
      for (const topLine of top) pageTops.add(topLine);
      page++;
      onPage = 0;
    }
    lines.push(line);
    onPage++;
  });
  lines.push('', `${page}/${pages}`, '');
  return lines.join('\n');
}

/**
 * A report of the Third Committee as the one-line text of A/65/457: a `%%%SUBJECT|…|` line,
 * a blank line, then the whole report on one line: introduction, one consideration paragraph per
 * draft, and the recommendations with the draft resolutions I, II, … in full.
 */
export function layoutReport(random: Random, models: readonly ResolutionModel[], assemblySession: number): string {
  const year = 1945 + assemblySession;
  const draftNumbers = models.map(() => random.int(2, 60));
  const subjects = Array.from(new Set(Array.from({ length: random.int(3, 7) }, () => random.pick(SUBJECTS))));
  const parts: string[] = [
    `${capitalised(ordinalWords(assemblySession))} session Agenda item ${random.int(90, 130)} Crime prevention and criminal justice`,
    `Report of the Third Committee Rapporteur: Mr. ${random.pick(['Asif Garayev', 'Carlos Romero', 'Jonas Berg', 'Kenji Sato'])} (${random.pick(COUNTRIES)})`,
    'I. Introduction',
    `1. At its 2nd plenary meeting, on 17 September ${year}, the General Assembly, on the recommendation of the General Committee, included in the agenda of its ${ordinalWords(assemblySession)} session the item entitled "Crime prevention and criminal justice" and allocated it to the Third Committee.`,
    `2. The Third Committee considered the item at its 5th, 6th, 7th and ${random.int(40, 55)}th meetings, on 6, 7 and 14 October and on ${random.int(15, 25)} November ${year}. An account of the discussion of the Committee is contained in the relevant summary records.`,
    `3. For its consideration of the item, the Committee had before it the report of the Secretary-General on ${random.pick(TOPICS)} and the report of the Commission on Crime Prevention and Criminal Justice on its ${ordinalWords(assemblySession - 46)} session.`,
    'II. Consideration of proposals',
  ];
  let number = 4;
  const recommendations = 4 + models.length * 2;
  models.forEach((model, index) => {
    const draft = `A/C.3/${assemblySession}/L.${draftNumbers[index]!}`;
    parts.push(
      `${String.fromCharCode(65 + index)}. Draft resolution ${draft}`,
      `${number++}. At the ${random.int(15, 50)}th meeting, on ${random.int(1, 25)} November, the representative of ${random.pick(COUNTRIES)}, on behalf of ${random.pick(COUNTRIES)} and ${random.pick(COUNTRIES)}, introduced a draft resolution entitled "${model.title}" (${draft}).`,
      `${number++}. At the same meeting, the Committee adopted draft resolution ${draft} without a vote (see para. ${recommendations}, draft resolution ${ROMAN[index]!}).`,
    );
  });
  parts.push(
    'III. Recommendations of the Third Committee',
    `${recommendations}. The Third Committee recommends to the General Assembly the adoption of the following draft resolutions:`,
  );
  models.forEach((model, index) => {
    parts.push(`Draft resolution ${ROMAN[index]!}`, model.title, 'The General Assembly,');
    for (const paragraph of model.preamble) parts.push(`${paragraph},`);
    model.operative.forEach((_, operativeIndex) => parts.push(operativeText(model, operativeIndex)));
    if (model.annex !== null) {
      parts.push('Annex', model.annex.title);
      model.annex.paragraphs.forEach((paragraph, annexIndex) => parts.push(`${annexIndex + 1}. ${paragraph}`));
    }
  });
  return `%%%${subjects.join('|')}|\n\n${parts.join(' ')} \n`;
}
