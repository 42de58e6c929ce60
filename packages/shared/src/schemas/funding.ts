import { z } from 'zod';
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

export const ZFundingForMandate = z.object({ mandateId: z.number().int().positive() });
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
