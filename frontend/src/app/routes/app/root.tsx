import { Navigate, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { tokenStorage, type Me } from '@/lib/auth';
import { isApiError } from '@/lib/problem';
import { useLogout, useMe } from '@/lib/session';

/**
 * The guard of every screen behind the login: no token → the login screen; an initial password →
 * the change-password screen; otherwise the application shell around the screen.
 */
export function AppRoot() {
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout({ onSuccess: () => navigate(paths.auth.login.getHref(), { replace: true }) });

  if (!tokenStorage.get()) {
    const here = location.pathname === paths.home.path ? null : location.pathname + location.search;
    return <Navigate to={paths.auth.login.getHref(here)} replace />;
  }
  if (me.isPending) {
    return <PageLoader />;
  }
  if (me.isError) {
    // a 401 is handled by the session watcher (it goes to the login screen)
    if (isApiError(me.error) && me.error.status === 401) return <PageLoader />;
    return <QueryError error={me.error} onRetry={() => me.refetch()} />;
  }
  const account = me.data;
  if (account.mustChangePassword && location.pathname !== paths.auth.changePassword.path) {
    return <Navigate to={paths.auth.changePassword.getHref()} replace />;
  }

  return (
    <AppLayout me={account} onLogout={() => logout.mutate()} loggingOut={logout.isPending}>
      <Outlet context={account} />
    </AppLayout>
  );
}

/** The logged-in account, for the screens under {@link AppRoot}. */
export function useAccount(): Me {
  return useOutletContext<Me>();
}
