import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
// 'react-router', not 'react-router/dom': under Node the latter loads a second copy of the router (CommonJS)
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { tokenStorage } from '@/lib/auth';

type RenderAppOptions = {
  /** A token in sessionStorage, as after a login. */
  loggedIn?: boolean;
};

/** Renders the whole application (routes, guards, providers) at `url`. */
export function renderApp(url: string, { loggedIn = false }: RenderAppOptions = {}) {
  if (loggedIn) tokenStorage.set('test-token');
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient };
}
