import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { CalendarPage } from './routes/CalendarPage.tsx';
import { DocumentPage } from './routes/DocumentPage.tsx';
import { DocumentsPage } from './routes/DocumentsPage.tsx';
import { FundingPage } from './routes/FundingPage.tsx';
import { MandatePage } from './routes/MandatePage.tsx';
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
          { path: 'funding', element: <FundingPage /> },
          { path: 'calendar', element: <CalendarPage /> },
          { path: 'documents', element: <DocumentsPage /> },
          { path: 'documents/:id', element: <DocumentPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
