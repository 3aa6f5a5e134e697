import { OneTimePasswordDialog } from '@/features/auth/components/one-time-password-dialog';
import type { MandataireChangeAccepted } from '../api/get-department-changes';

type OneTimePasswordModalProps = {
  /** The answer of the acceptance; null when there is nothing to show. */
  accepted: MandataireChangeAccepted | null;
  onClose: () => void;
};

/** The login and one-time password of the new mandataire, shown once. */
export function OneTimePasswordModal({ accepted, onClose }: OneTimePasswordModalProps) {
  const change = accepted?.change;
  return (
    <OneTimePasswordDialog
      opened={accepted !== null}
      onClose={onClose}
      title="Changement de mandataire accepté"
      intro={
        <>
          {change?.newMandataireName ? `${change.newMandataireName} est` : 'Le nouveau mandataire est'} désormais mandataire
          de la coopérative {change?.cooperativeCode ?? accepted?.login}. Voici ses identifiants :
        </>
      }
      login={accepted?.login}
      password={accepted?.oneTimePassword}
      note={
        <>
          Il a aussi été envoyé par courriel au nouveau mandataire
          {change?.newMandataireEmail ? ` (${change.newMandataireEmail})` : ''}.
        </>
      }
    />
  );
}
