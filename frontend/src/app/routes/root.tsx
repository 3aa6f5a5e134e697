import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { sessionEvents } from '@/lib/auth';
import { meQueryKey } from '@/lib/session';

/**
 * The top of every route: follows what the HTTP client reports about the session.
 * A 401 → the login screen (then back where the user was); a 403 "password-change-required" → the
 * change-password screen.
 */
export function RootRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      sessionEvents.subscribe((event) => {
        if (event === 'session-ended') {
          if (location.pathname === paths.auth.login.path) return;
          notifications.show({
            id: 'session-ended',
            color: 'orange',
            title: 'Session terminée',
            message: 'Votre session a pris fin : connectez-vous à nouveau.',
          });
          navigate(paths.auth.login.getHref(location.pathname + location.search), { replace: true });
          queryClient.removeQueries();
        } else {
          void queryClient.invalidateQueries({ queryKey: meQueryKey });
          navigate(paths.auth.changePassword.getHref(), { replace: true });
        }
      }),
    [navigate, location, queryClient],
  );

  return <Outlet />;
}
