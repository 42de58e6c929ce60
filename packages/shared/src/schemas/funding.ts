import { z } from 'zod';
import { databaseId } from './common.ts';
import type { Fund } from './planning.ts';

export const FUNDING_STATES = ['funded', 'partly-funded', 'unfunded'] as const;
/**
 * - funded: pledged + paid contributions cover the planned cost (and are above zero);
 * - partly-funded: some money, less than the planned cost;
 * - unfunded: no contribution reaches the mandate's lines or projects.
 */
export type FundingState = (typeof FUNDING_STATES)[number];

export const ZFundingSummary = z.object({
  /** Only mandates UNODC delivers (default); `null` for all. */
  unodcFacing: z.boolean().nullable().default(true),
  state: z.array(z.enum(FUNDING_STATES)).max(FUNDING_STATES.length).optional(),
});
export type TFundingSummary = z.infer<typeof ZFundingSummary>;

export const ZFundingForMandate = z.object({ mandateId: databaseId });
export type TFundingForMandate = z.infer<typeof ZFundingForMandate>;

/** Money figures shared by every funding view. Amounts are in US dollars. */
export interface FundingFigures {
  /** Planned cost: sum of the budget lines in scope, each line counted once. */
  need: number;
  pledged: number;
  paid: number;
  /** pledged + paid: a pledge is a commitment, so it counts as funding. */
  funded: number;
  /** max(0, need − funded). */
  gap: number;
}

export interface MandateFunding extends FundingFigures {
  mandateId: number;
  reference: string;
  documentSymbol: string | null;
  resolutionLabel: string;
  paragraphNumber: string | null;
  action: string;
  state: FundingState;
  projects: { id: number; code: string; title: string; sample: boolean }[];
  budgetLines: { id: number; title: string; fund: Fund; amount: number; viaProject: string | null; sample: boolean }[];
}

export interface FundingSummary extends FundingFigures {
  mandateCount: number;
  byState: Record<FundingState, number>;
  mandates: MandateFunding[];
}

export interface DonorFunding {
  donorId: number;
  name: string;
  kind: string;
  pledged: number;
  paid: number;
  earmarked: number;
  unearmarked: number;
  contributionCount: number;
  projects: { id: number; code: string }[];
  /** Mandates linked to the lines or projects this donor funds. */
  mandateCount: number;
  sample: boolean;
}

export interface FundFunding extends FundingFigures {
  fund: Fund;
  budgetLineCount: number;
}

export interface ThemeFunding extends FundingFigures {
  /** The project theme, or "No theme". */
  theme: string;
  projectCount: number;
  mandateCount: number;
  byState: Record<FundingState, number>;
}

/** The four kinds of UNODC money, as confirmed in fixtures/data/funding.md, with their sources. */
export const FUND_DESCRIPTIONS: Readonly<Record<Fund, { name: string; description: string; source: string }>> = {
  'regular-budget': {
    name: 'Regular budget (RB)',
    description:
      'Assessed contributions approved by the General Assembly in the United Nations programme budget; may not pay for activities funded from extrabudgetary sources.',
    source: 'UNODC internal note on regular budget and extrabudgetary resources, draft of 14 May 2010',
  },
  'general-purpose': {
    name: 'General-purpose funds (GP)',
    description:
      'Un-earmarked voluntary contributions approved by the CND and the CCPCJ; they pay for policy and strategic direction, oversight, research and programme development.',
    source: 'UNODC "Contributions in 2018" (GP 4.9 million, 1.4 per cent of pledges)',
  },
  'special-purpose': {
    name: 'Special-purpose funds (SP)',
    description:
      'Earmarked voluntary contributions for technical assistance at headquarters and in field offices; by far the largest share.',
    source: 'UNODC "Contributions in 2018" (SP 355.3 million of 361.9 million pledged, 98.6 per cent)',
  },
  'programme-support': {
    name: 'Programme support cost funds (PSC)',
    description: 'A fixed portion charged on SP-funded activities, paying for indirect support.',
    source: 'fixtures/data/funding.md (UNODC funding structure)',
  },
};
