import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.ts';

/**
 * After any change to a mandate, refresh everything that shows it: its page, its deadlines and
 * funding, the workspace table and figures, and the calendar.
 */
export function useRefreshMandate(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all(
      [
        trpc.mandates.pathKey(),
        trpc.calendar.pathKey(),
        trpc.deliverables.pathKey(),
        trpc.funding.pathKey(),
        trpc.stats.pathKey(),
        // The mandate's History of changes, and the admin's audit log.
        trpc.audit.pathKey(),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
}

/** The code a tRPC error carries ("CONFLICT", "NOT_FOUND"…), or null for a network failure. */
export function errorCode(error: unknown): string | null {
  return (error as { data?: { code?: string } } | null)?.data?.code ?? null;
}
