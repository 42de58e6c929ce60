import { ZSearchParagraphsInput } from '@mandate-tracker/shared';
import { searchParagraphs } from '../../domain/search/index.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Full-text search across the paragraphs of every imported document. */
export const searchRouter = router({
  paragraphs: publicProcedure.input(ZSearchParagraphsInput).query(({ ctx, input }) => searchParagraphs(ctx.db, input)),
});
