import type { AddresseeId, BodyId, MandateVerb, ResourceKind } from '../ingest/types.ts';
import { ordinalWords } from './ordinals.ts';
import {
  ADDRESSEES,
  ANNEX_SENTENCES,
  ANNEX_TITLES,
  COMMISSION_ACTIONS,
  DECISIONS,
  MONTHS,
  NOTED_THINGS,
  NOTING_OPENERS,
  PREAMBLE_OPENERS,
  STATE_ACTIONS,
  STATE_RESOURCES,
  TITLES,
  TOPICS,
  UNODC_ACTIONS,
  UNODC_RESOURCES,
  VERB_OPENERS,
  type AddresseeWording,
} from './phrases.ts';
import type { Random } from './random.ts';

/** One mandate clause the generator wrote, as the extractor should find it. */
export interface PlantedMandate {
  /** 1-based position of the resolution in the document (the extractor's `resolution`). */
  resolution: number;
  /** Operative paragraph number. */
  paragraph: number;
  verb: MandateVerb;
  /** For "Decides to …", the deciding body itself ('ga'). */
  addressee: AddresseeId;
  reportingBody: BodyId | null;
  /** Ordinal session (CCPCJ 23), or the year of an ECOSOC substantive session. */
  session: number | null;
  resources: ResourceKind[];
}

/** A resolution before layout: the same model is printed as a report draft or as an adopted text. */
export interface ResolutionModel {
  title: string;
  preamble: string[];
  /** Operative paragraphs without their numbers; paragraph n is `operative[n - 1]`. */
  operative: string[];
  annex: { title: string; paragraphs: string[] } | null;
  mandates: PlantedMandate[];
}

/** What one resolution should look like: sizes are drawn by the caller. */
export interface ResolutionShape {
  /** 1-based position in the document. */
  position: number;
  /** The General Assembly session that adopts it (65 adopts in 2010). */
  assemblySession: number;
  preambleCount: number;
  operativeCount: number;
  annexCount: number;
  /** Share of operative paragraphs that hold a mandate. */
  mandateShare: number;
}

/** Bodies a UNODC-facing clause reports to, with the session after adoption they name. */
function reportingClause(random: Random, assemblySession: number): { text: string; body: BodyId; session: number } {
  const later = random.int(1, 3);
  const topic = random.pick(TOPICS);
  switch (random.int(0, 3)) {
    case 0: {
      const session = assemblySession - 45 + later;
      return {
        body: 'ccpcj',
        session,
        text: `and to report to the Commission on Crime Prevention and Criminal Justice at its ${ordinalWords(session)} session on ${topic}`,
      };
    }
    case 1: {
      const session = assemblySession - 11 + later;
      return {
        body: 'cnd',
        session,
        text: `and to report thereon to the Commission on Narcotic Drugs at its ${ordinalWords(session)} session`,
      };
    }
    case 2: {
      const session = assemblySession + later;
      return {
        body: 'ga',
        session,
        text: `and to submit a report on ${topic} to the General Assembly at its ${ordinalWords(session)} session`,
      };
    }
    default: {
      const year = 1945 + assemblySession + later;
      return {
        body: 'ecosoc',
        session: year,
        text: `and to report to the Economic and Social Council at its substantive session of ${year}`,
      };
    }
  }
}

function pickVerb(random: Random) {
  const total = VERB_OPENERS.reduce((sum, opener) => sum + opener.weight, 0);
  let draw = random.next() * total;
  for (const opener of VERB_OPENERS) {
    draw -= opener.weight;
    if (draw < 0) return opener;
  }
  return VERB_OPENERS[0]!;
}

/** One mandate clause: "Requests the Secretary-General to …, within existing resources, and to report …". */
function mandateClause(
  random: Random,
  shape: ResolutionShape,
  paragraph: number,
  used: Set<MandateVerb>,
): { text: string; planted: PlantedMandate } {
  const opener = pickVerb(random);
  const wording = used.has(opener.verb) ? opener.again : opener.first;
  used.add(opener.verb);
  const topic = random.pick(TOPICS);
  const planted: PlantedMandate = {
    resolution: shape.position,
    paragraph,
    verb: opener.verb,
    addressee: 'ga',
    reportingBody: null,
    session: null,
    resources: [],
  };
  if (opener.verb === 'decide') {
    // The Assembly decides for itself: the extractor names the issuing body as the addressee.
    planted.addressee = 'ga';
    return { text: `${wording} to ${random.pick(DECISIONS)} ${topic}`, planted };
  }
  // "Reiterates its request to" and "Calls upon" address the UNODC side or States; every other verb anyone.
  const addressee: AddresseeWording =
    opener.verb === 'reiterate-request'
      ? random.pick(ADDRESSEES.filter((candidate) => candidate.unodcFacing))
      : random.pick(ADDRESSEES);
  planted.addressee = addressee.id;
  const parts = [`${wording} ${addressee.text} to`];
  if (addressee.unodcFacing) {
    parts.push(`${random.pick(UNODC_ACTIONS)} ${topic}`);
    if (random.chance(0.35)) {
      const resource = random.pick(UNODC_RESOURCES);
      parts[parts.length - 1] += `, ${resource.text},`;
      planted.resources.push(resource.kind);
    }
    if (random.chance(0.45)) {
      const reporting = reportingClause(random, shape.assemblySession);
      parts.push(reporting.text);
      planted.reportingBody = reporting.body;
      planted.session = reporting.session;
    }
  } else if (addressee.id === 'ccpcj' || addressee.id === 'cnd') {
    parts.push(`${random.pick(COMMISSION_ACTIONS)} ${topic}`);
  } else {
    parts.push(`${random.pick(STATE_ACTIONS)} ${topic}`);
    if (random.chance(0.2)) {
      const resource = random.pick(STATE_RESOURCES);
      parts[parts.length - 1] += `, ${resource.text},`;
      planted.resources.push(resource.kind);
    }
  }
  return { text: parts.join(' ').replace(/,$/, ''), planted };
}

function notingParagraph(random: Random): string {
  return `${random.pick(NOTING_OPENERS)} ${random.pick(NOTED_THINGS)} ${random.pick(TOPICS)}`;
}

function preambleParagraph(random: Random, assemblySession: number): string {
  const opener = random.pick(PREAMBLE_OPENERS);
  if (opener.startsWith('Recalling')) {
    const session = assemblySession - random.int(1, 15);
    const day = random.int(1, 28);
    return `${opener} its resolution ${session}/${random.int(100, 260)} of ${day} December ${1945 + session} on ${random.pick(TOPICS)}`;
  }
  return `${opener} ${random.pick(NOTED_THINGS)} ${random.pick(TOPICS)}`;
}

/**
 * Writes one resolution: preambular paragraphs, operative paragraphs of which about
 * `mandateShare` hold a mandate (one in ten of those a second one after a noting clause), and
 * an annex when `annexCount` > 0.
 */
export function composeResolution(random: Random, shape: ResolutionShape): ResolutionModel {
  const preamble = Array.from({ length: shape.preambleCount }, () => preambleParagraph(random, shape.assemblySession));
  const operative: string[] = [];
  const mandates: PlantedMandate[] = [];
  const used = new Set<MandateVerb>();
  for (let number = 1; number <= shape.operativeCount; number++) {
    if (!random.chance(shape.mandateShare)) {
      operative.push(notingParagraph(random));
      continue;
    }
    const clause = mandateClause(random, shape, number, used);
    if (random.chance(0.1)) {
      // "Welcomes …, and requests …": the mandate is the paragraph's second clause.
      const lower = clause.text.charAt(0).toLowerCase() + clause.text.slice(1);
      operative.push(`${notingParagraph(random)}, and ${lower}`);
    } else {
      operative.push(clause.text);
    }
    mandates.push(clause.planted);
  }
  const annex =
    shape.annexCount > 0
      ? {
          title: random.pick(ANNEX_TITLES),
          paragraphs: Array.from(
            { length: shape.annexCount },
            () => `${random.pick(ANNEX_SENTENCES)} ${random.pick(TOPICS)}.`,
          ),
        }
      : null;
  return { title: random.pick(TITLES), preamble, operative, annex, mandates };
}

/** "21 December 2010": a date in the year the Assembly session adopts its resolutions. */
export function adoptionDate(random: Random, assemblySession: number): string {
  return `${random.int(1, 23)} ${MONTHS[11]} ${1945 + assemblySession}`;
}
