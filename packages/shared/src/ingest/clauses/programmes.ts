/**
 * Named programmes and funds in a clause: "the Global Programme against Money-Laundering, Proceeds
 * of Crime and the Financing of Terrorism", "the United Nations Crime Prevention and Criminal
 * Justice Fund", "the Global Programme against Trafficking in Persons". Agencies whose names end in
 * "Programme" (the United Nations Development Programme) are partners, not programmes.
 */

const TITLE_WORD = String.raw`(?:[A-Z][\w'’-]*|UNODC)`;
const CONNECTOR = String.raw`(?:of|and|for|on|against|in|the|de)`;
const NAME = String.raw`${TITLE_WORD}(?:\s+(?:${CONNECTOR}\s+)*${TITLE_WORD})*`;

const PROGRAMME = new RegExp(
  String.raw`(?<name>(?:${TITLE_WORD}\s+(?:(?:and|of|on|for|against)\s+)?){0,10}(?:Programme|Fund|Trust\s+Fund|Initiative)(?!\s+[Nn]etwork)(?:\s+(?:against|on|for|to|of)\s+(?:the\s+)?${NAME}(?:,\s+(?!the\b)${NAME})*)?)`,
  'gu',
);

const AGENCIES = /^(?:United Nations (?:Development|Environment|Human Settlements|Children's|Population|Capital Development) (?:Programme|Fund)|World Food Programme|Joint United Nations Programme on HIV\/AIDS|International Monetary Fund|United Nations Development Fund for Women|Global Fund\b.*)$/u;

/** "the Global Programme against Trafficking in Persons and the Container Control Programme": two names. */
function splitListed(name: string): string[] {
  const listed = /^(.*\b(?:Programme|Fund)\b.*?),?\s+and\s+the\s+(.+\b(?:Programme|Fund))$/u.exec(name);
  return listed ? [listed[1]!, listed[2]!] : [name];
}

/** Programme names mentioned between `from` and `to`, without a leading "the", each once. */
export function findProgrammes(text: string, from: number, to: number): string[] {
  const names: string[] = [];
  const slice = text.slice(from, to);
  if (!/Programme|Fund|Initiative/.test(slice)) return names;
  for (const match of slice.matchAll(PROGRAMME)) {
    const name = (match.groups?.name ?? '')
      .replace(/\s+/gu, ' ')
      // A clause verb caught at the start of the title: "Urges the Global Programme …" has no "the" left here.
      .replace(/^(?:[A-Z][a-z]+s\s+(?:also\s+)?)+(?=[A-Z])/u, '')
      .replace(/^(?:The|the)\s+/u, '')
      .trim();
    for (const single of splitListed(name)) {
      // A bare "Programme" or "Fund", or one capitalised word before it, names nothing in particular.
      if (single.split(' ').length < 3 || AGENCIES.test(single)) continue;
      if (!names.includes(single)) names.push(single);
    }
  }
  return names;
}
