import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import superjson from 'superjson';
// Type-only: the server's code never reaches the browser bundle, only its router's shape.
import type { AppRouter } from '@mandate-tracker/server';

/** What each procedure returns, as the browser receives it (superjson keeps dates as `Date`). */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
/** What each procedure accepts. */
export type RouterInputs = inferRouterInputs<AppRouter>;

/**
 * The one QueryClient of the app. Queries retry once: enough to ride out a blip, short enough
 * that a stopped server shows its error state within a couple of seconds instead of ten.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: 1,
      refetchOnWindowFocus: true,
    },
  },
});

/**
 * The header the server requires on every cookie-authenticated unsafe request. A page on another
 * origin cannot set a custom header on a cross-site form post or image load, so together with the
 * server's Origin check it stops cross-site request forgery. Sent on reads too: it costs nothing.
 */
export const CSRF_HEADERS: Readonly<Record<string, string>> = { 'x-mandate-tracker-csrf': '1' };

/** Where and how every request goes: same-origin `/trpc`, superjson to match the server's transformer. */
const linkOptions = { url: '/trpc', transformer: superjson, headers: () => CSRF_HEADERS };

/**
 * The tRPC client: same-origin `/trpc`, batched, except the mandate table's pages. A batch is
 * answered when its slowest call is, and the workspace asks for its figures (stats.dashboard, a
 * few seconds at 10,000 mandates) in the same tick as the table's first page: sent alone, the
 * rows no longer wait for the figures. The session cookie travels with every request: fetch sends
 * cookies to the same origin by default.
 */
export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (operation) => operation.path === 'mandates.list',
      true: httpLink(linkOptions),
      false: httpBatchLink(linkOptions),
    }),
  ],
});

/**
 * `TRPCProvider` wraps the app once (see main.tsx); components call `useTRPC()` and pass its
 * option factories to TanStack Query, e.g. `useQuery(trpc.health.status.queryOptions())`.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
