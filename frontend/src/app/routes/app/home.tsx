import { Navigate } from 'react-router';
import { homeFor } from '@/lib/session';
import { useAccount } from './root';

/** "/": each account has its own first screen. */
export function HomeRoute() {
  const me = useAccount();
  return <Navigate to={homeFor(me)} replace />;
}
