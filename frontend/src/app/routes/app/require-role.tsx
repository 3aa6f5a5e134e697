import { useDocumentTitle } from '@mantine/hooks';
import type { ComponentType, ReactNode } from 'react';
import { AccessDenied } from '@/components/ui/access-denied';
import type { Role } from '@/lib/auth';
import { useAccount } from './root';

/** The screen, or "Accès refusé" for the other roles (the server refuses them anyway). */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const me = useAccount();
  if (!me.role || !roles.includes(me.role)) {
    const detail = roles.includes('staff')
      ? "Cette page est réservée aux associations départementales de l'OCCE."
      : "Cette page est réservée à l'administration nationale de l'OCCE.";
    return <AccessDenied detail={detail} />;
  }
  return <>{children}</>;
}

/** A staff screen (department staff and the admin) under its document title, for the router. */
export function staffScreen(title: string, Screen: ComponentType) {
  function StaffScreen() {
    useDocumentTitle(`${title} — Coopérative en ligne`);
    return (
      <RequireRole roles={['staff', 'admin']}>
        <Screen />
      </RequireRole>
    );
  }
  return StaffScreen;
}
