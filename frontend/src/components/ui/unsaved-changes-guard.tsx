import { Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from './confirm-dialog';

type UnsavedChangesGuardProps = {
  /** Something is typed and not saved. */
  when: boolean;
  /** What would be lost, in the user's words ("assurance, abonnements, paiement"). */
  what: string;
};

/**
 * Warns before leaving a form with unsaved changes: a link or the back button inside the application asks first
 * (the router's blocker), closing or reloading the tab gets the browser's own warning (`beforeunload`).
 * Moving within the same screen (its search parameters) is not leaving.
 */
export function UnsavedChangesGuard({ when, what }: UnsavedChangesGuardProps) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // older browsers show the warning only when a value is returned
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  // saved meanwhile: nothing is lost any more, the navigation goes on
  useEffect(() => {
    if (blocker.state === 'blocked' && !when) blocker.proceed();
  }, [blocker, when]);

  return (
    <ConfirmDialog
      opened={blocker.state === 'blocked'}
      title="Quitter sans enregistrer ?"
      confirmLabel="Quitter sans enregistrer"
      cancelLabel="Rester sur la page"
      color="red"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <Text>Vous avez des modifications non enregistrées ({what}). Si vous quittez la page, elles seront perdues.</Text>
    </ConfirmDialog>
  );
}
