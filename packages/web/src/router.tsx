import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { BudgetLinePage } from './routes/BudgetLinePage.tsx';
import { BudgetLinesPage } from './routes/BudgetLinesPage.tsx';
import { ImportPage } from './routes/ImportPage.tsx';
import { MandatePage } from './routes/MandatePage.tsx';
import { ProjectPage } from './routes/ProjectPage.tsx';
import { ProjectsPage } from './routes/ProjectsPage.tsx';
import { SearchPage } from './routes/SearchPage.tsx';
import { CalendarPage } from './routes/CalendarPage.tsx';
import { DocumentPage } from './routes/DocumentPage.tsx';
import { DocumentsPage } from './routes/DocumentsPage.tsx';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { RouteErrorPage } from './routes/RouteErrorPage.tsx';
import { StatusPage } from './routes/StatusPage.tsx';
import { WorkspacePage } from './routes/WorkspacePage.tsx';

/**
 * Every screen of the app, rendered inside the shared layout (header, navigation, main). The
 * pathless child catches a screen's render error so the header and navigation stay usable.
 */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <WorkspacePage /> },
          { path: 'status', element: <StatusPage /> },
          { path: 'mandates/:id', element: <MandatePage /> },
          // Loaded on first visit: the chart library is most of its weight and no other screen needs it.
          {
            path: 'funding',
            lazy: () => import('./routes/FundingPage.tsx').then((module) => ({ Component: module.FundingPage })),
          },
          { path: 'calendar', element: <CalendarPage /> },
          { path: 'documents', element: <DocumentsPage /> },
          { path: 'documents/:id', element: <DocumentPage /> },
          { path: 'import', element: <ImportPage /> },
          { path: 'search', element: <SearchPage /> },
          { path: 'projects', element: <ProjectsPage /> },
          { path: 'projects/:id', element: <ProjectPage /> },
          { path: 'budget-lines', element: <BudgetLinesPage /> },
          { path: 'budget-lines/:id', element: <BudgetLinePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
