import { ZEntityId, ZMandateProjectLink, ZProjectCreate, ZProjectList, ZProjectUpdate } from '@mandate-tracker/shared';
import {
  createProject,
  deleteProject,
  getProject,
  linkMandateToProject,
  listProjects,
  unlinkMandateFromProject,
  updateProject,
} from '../../domain/projects/index.ts';
import { plannerProcedure, publicProcedure, router } from '../trpc.ts';

/** Projects (GLOU40 …) and their links to mandates. */
export const projectsRouter = router({
  list: publicProcedure.input(ZProjectList).query(({ ctx, input }) => listProjects(ctx.db, input)),
  get: publicProcedure.input(ZEntityId).query(({ ctx, input }) => getProject(ctx.db, input.id)),
  create: plannerProcedure.input(ZProjectCreate).mutation(({ ctx, input }) => createProject(ctx.db, input, ctx)),
  update: plannerProcedure.input(ZProjectUpdate).mutation(({ ctx, input }) => updateProject(ctx.db, input, ctx)),
  remove: plannerProcedure.input(ZEntityId).mutation(({ ctx, input }) => deleteProject(ctx.db, input.id, ctx)),
  linkMandate: plannerProcedure
    .input(ZMandateProjectLink)
    .mutation(({ ctx, input }) => linkMandateToProject(ctx.db, input, ctx)),
  unlinkMandate: plannerProcedure
    .input(ZMandateProjectLink)
    .mutation(({ ctx, input }) => unlinkMandateFromProject(ctx.db, input, ctx)),
});
