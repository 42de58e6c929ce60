/** Session ordinals the synthetic paragraphs report to (CCPCJ 20th–34th, 2011–2025). */
const ORDINALS = [
  'twentieth',
  'twenty-first',
  'twenty-second',
  'twenty-third',
  'twenty-fourth',
  'twenty-fifth',
  'twenty-sixth',
  'twenty-seventh',
  'twenty-eighth',
  'twenty-ninth',
  'thirtieth',
  'thirty-first',
  'thirty-second',
  'thirty-third',
  'thirty-fourth',
] as const;

const TOPICS = [
  'the implementation of the present resolution',
  'progress made in technical assistance on trafficking in persons',
  'measures taken to counter the smuggling of migrants',
  'the use of the standards and norms in crime prevention',
  'cooperation against cybercrime',
] as const;

/** What the generator put in each operative paragraph, for counting independently of the parser. */
export interface SyntheticParagraph {
  number: number;
  /** 20–34: the CCPCJ session the report goes to. */
  session: number;
  annual: boolean;
}

/** The parser numbers operative paragraphs up to 999: larger sets are split over several resolutions. */
export const MAX_PARAGRAPHS_PER_RESOLUTION = 500;

/**
 * A synthetic General Assembly resolution with `count` operative paragraphs, each a request to
 * UNODC to report to the CCPCJ at a session from the 20th to the 34th; every third one "annually".
 * Deterministic, so a test can count what it expects from `paragraphs`.
 */
export function syntheticResolution(
  count: number,
  resolutionNumber = 999,
): { symbol: string; text: string; paragraphs: SyntheticParagraph[] } {
  const symbol = `A/RES/65/${resolutionNumber}`;
  const paragraphs: SyntheticParagraph[] = [];
  const lines = [
    `United Nations ${symbol}`,
    'General Assembly',
    'Resolution adopted by the General Assembly on 21 December 2010',
    '',
    `65/${resolutionNumber}. Synthetic resolution for scale tests`,
    '',
    'The General Assembly,',
    '',
    'Recalling its previous resolutions,',
    '',
  ];
  for (let number = 1; number <= count; number += 1) {
    const index = (number * 7) % ORDINALS.length;
    const annual = number % 3 === 0;
    paragraphs.push({ number, session: 20 + index, annual });
    const topic = TOPICS[number % TOPICS.length];
    lines.push(
      `${number}. Requests the United Nations Office on Drugs and Crime to report ${annual ? 'annually ' : ''}to the ` +
        `Commission on Crime Prevention and Criminal Justice at its ${ORDINALS[index]} session on ${topic} (item ${number});`,
      '',
    );
  }
  return { symbol, text: lines.join('\n'), paragraphs };
}
