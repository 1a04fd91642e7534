import { Navigate, Outlet, useLocation } from 'react-router';

import { LoadingState } from '@/components/ui/page-states';
import { useSession } from '@/lib/session';

/** Pages for signed-in users; others go to sign-in and come back here afterwards. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') {
    return <LoadingState />;
  }
  if (session.status === 'signed-out') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <Outlet />;
}
