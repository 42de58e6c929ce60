import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
