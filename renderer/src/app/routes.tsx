import { Navigate, type RouteObject } from 'react-router';
import { CatalogPage } from '../features/catalog/Catalog.page';
import { ProductEditorPage } from '../features/catalog/ProductEditor.page';
import { PhotoStudioPage } from '../features/photos/PhotoStudio.page';
import { DashboardPage } from '../features/dashboard/Dashboard.page';
import { CreatorsPage } from '../features/creators/Creators.page';
import { HostingPage } from '../features/hosting/Hosting.page';
import { ImportPage } from '../features/import';
import { InboxPage } from '../features/inbox/Inbox.page';
import { LogisticsPage } from '../features/logistics';
import { OrdersPage } from '../features/orders/Orders.page';
import { OrderDetailPage } from '../features/orders/OrderDetail.page';
import { MarketPage } from '../features/market/Market.page';
import { SettingsPage } from '../features/settings/Settings.page';
import { WelcomePage } from '../features/welcome/Welcome.page';
import { Layout } from './Layout';
import { useWorkstation } from './WorkstationContext';

/** Until a store exists there is nothing to show but the first-run choice. */
function RequireStore({ children }: { children: React.ReactNode }) {
  const { stores } = useWorkstation();
  return stores.length === 0 ? <Navigate to="/welcome" replace /> : children;
}

export const routes: RouteObject[] = [
  { path: '/welcome', element: <WelcomePage /> },
  {
    element: (
      <RequireStore>
        <Layout />
      </RequireStore>
    ),
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: '/dashboard', element: <DashboardPage /> },
      { path: '/orders', element: <OrdersPage /> },
      { path: '/orders/:orderId', element: <OrderDetailPage /> },
      { path: '/catalog', element: <CatalogPage /> },
      { path: '/import', element: <ImportPage /> },
      { path: '/inbox', element: <InboxPage /> },
      { path: '/hosting', element: <HostingPage /> },
      { path: '/logistics', element: <LogisticsPage /> },
      { path: '/creators', element: <CreatorsPage /> },
      { path: '/catalog/:productId', element: <ProductEditorPage /> },
      { path: '/photos', element: <PhotoStudioPage /> },
      { path: '/market', element: <MarketPage /> },
      { path: '/settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/dashboard" replace /> },
    ],
  },
];
