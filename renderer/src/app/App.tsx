import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { createHashRouter, RouterProvider } from 'react-router';
import { BootGate } from '../features/backup';
import { routes } from './routes';
import { cssVariablesResolver, theme } from './theme';
import { WorkstationProvider } from './WorkstationContext';

// Hash routing: the app:// protocol and the browser host both serve one index.html.
const router = createHashRouter(routes);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      {/* Nothing opens the database before the gate: a pending restore or a pre-upgrade backup comes first. */}
      <BootGate>
        <WorkstationProvider
          fallback={
            <Center h="100vh">
              <Loader role="status" aria-label="Loading" />
            </Center>
          }
        >
          <RouterProvider router={router} />
        </WorkstationProvider>
      </BootGate>
    </MantineProvider>
  );
}
