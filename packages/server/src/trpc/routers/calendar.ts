import { ZCalendarRange, ZMandateDeadlines } from '@mandate-tracker/shared';
import { calendarRange } from '../../domain/calendar/index.ts';
import { documentationLeadWeeks, mandateDeadlines, todayUtc } from '../../domain/deadlines/index.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Reporting deadlines by body and session, for member states and planners. */
export const calendarRouter = router({
  range: publicProcedure.input(ZCalendarRange).query(({ ctx, input }) => calendarRange(ctx.db, input)),
  forMandate: publicProcedure.input(ZMandateDeadlines).query(({ ctx, input }) =>
    mandateDeadlines(ctx.db, {
      mandateId: input.mandateId,
      today: input.today ?? todayUtc(),
      leadWeeks: documentationLeadWeeks(),
    }),
  ),
});
