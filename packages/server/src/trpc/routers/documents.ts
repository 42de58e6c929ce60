import { ZDocumentId, ZImportDocumentInput, ZPreviewDocumentInput, ZResolutionUpdate } from '@mandate-tracker/shared';
import { getDocument, listDocuments, previewDocument, updateResolution } from '../../domain/documents/index.ts';
import { importDocument } from '../../domain/imports/index.ts';
import { plannerProcedure, publicProcedure, router } from '../trpc.ts';

/** Imported UN documents: list, reading view, import, preview before import, adopted symbols. */
export const documentsRouter = router({
  list: publicProcedure.query(({ ctx }) => listDocuments(ctx.db)),
  get: publicProcedure.input(ZDocumentId).query(({ ctx, input }) => getDocument(ctx.db, input.id)),
  import: plannerProcedure.input(ZImportDocumentInput).mutation(({ ctx, input }) => importDocument(ctx.db, input, ctx)),
  preview: plannerProcedure.input(ZPreviewDocumentInput).mutation(({ input }) => previewDocument(input.text)),
  updateResolution: plannerProcedure
    .input(ZResolutionUpdate)
    .mutation(({ ctx, input }) => updateResolution(ctx.db, input, ctx)),
});
