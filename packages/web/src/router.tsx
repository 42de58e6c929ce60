import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { ScreenLoading, ScreenOutlet } from './components/ScreenLoading.tsx';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { RouteErrorPage } from './routes/RouteErrorPage.tsx';
import { WorkspacePage } from './routes/WorkspacePage.tsx';

/**
 * A route's `lazy` for one screen: downloads the screen's module on first visit and renders the
 * named component. The import must stay a literal `import()` here so Vite splits it into a chunk.
 */
function screen<Name extends string>(load: () => Promise<Record<NoInfer<Name>, ComponentType>>, name: Name) {
  return async () => ({ Component: (await load())[name] });
}

/**
 * Every screen of the app, rendered inside the shared layout (header, navigation, main). The
 * pathless child catches a screen's render error so the header and navigation stay usable.
 *
 * Only the landing screen (the planner workspace) and the small not-found page are in the entry
 * chunk; every other screen is a route `lazy` import, downloaded on first visit, so the initial
 * JavaScript stays under issue 7's 250 kB gzip. Add new screens the same way:
 * `{ path: 'x', lazy: screen(() => import('./routes/XPage.tsx'), 'XPage') }`.
 * While a screen's code downloads, ScreenOutlet (on a link) or ScreenLoading (on a full page load)
 * says so in `<main>`.
 */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        element: <ScreenOutlet />,
        errorElement: <RouteErrorPage />,
        hydrateFallbackElement: <ScreenLoading />,
        children: [
          { index: true, element: <WorkspacePage /> },
          { path: 'status', lazy: screen(() => import('./routes/StatusPage.tsx'), 'StatusPage') },
          { path: 'mandates/:id', lazy: screen(() => import('./routes/MandatePage.tsx'), 'MandatePage') },
          { path: 'funding', lazy: screen(() => import('./routes/FundingPage.tsx'), 'FundingPage') },
          { path: 'calendar', lazy: screen(() => import('./routes/CalendarPage.tsx'), 'CalendarPage') },
          { path: 'documents', lazy: screen(() => import('./routes/DocumentsPage.tsx'), 'DocumentsPage') },
          { path: 'documents/:id', lazy: screen(() => import('./routes/DocumentPage.tsx'), 'DocumentPage') },
          { path: 'import', lazy: screen(() => import('./routes/ImportPage.tsx'), 'ImportPage') },
          { path: 'search', lazy: screen(() => import('./routes/SearchPage.tsx'), 'SearchPage') },
          { path: 'projects', lazy: screen(() => import('./routes/ProjectsPage.tsx'), 'ProjectsPage') },
          { path: 'projects/:id', lazy: screen(() => import('./routes/ProjectPage.tsx'), 'ProjectPage') },
          { path: 'budget-lines', lazy: screen(() => import('./routes/BudgetLinesPage.tsx'), 'BudgetLinesPage') },
          { path: 'budget-lines/:id', lazy: screen(() => import('./routes/BudgetLinePage.tsx'), 'BudgetLinePage') },
          { path: 'sign-in', lazy: screen(() => import('./routes/SignInPage.tsx'), 'SignInPage') },
          {
            path: 'account/password',
            lazy: screen(() => import('./routes/ChangePasswordPage.tsx'), 'ChangePasswordPage'),
          },
          { path: 'account/api-tokens', lazy: screen(() => import('./routes/ApiTokensPage.tsx'), 'ApiTokensPage') },
          { path: 'users', lazy: screen(() => import('./routes/UsersPage.tsx'), 'UsersPage') },
          { path: 'audit', lazy: screen(() => import('./routes/AuditLogPage.tsx'), 'AuditLogPage') },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
