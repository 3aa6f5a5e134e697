import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconUserCheck, IconUserShare, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError, StaleVersionError } from '@/components/ui/form-error';
import { Dialog } from '@/components/ui/dialog';
import { ReasonModal } from '@/features/adhesion/components/reason-modal';
import { CountText, urlPagination } from '@/components/ui/list-tools';
import { DepartmentListFilters, useDepartmentList } from '@/features/department/components/department-choice';
import { FilterSelect } from '@/components/ui/filter-panel';
import { DataListFrame } from '@/components/ui/data-list-frame';
import type { Me } from '@/lib/auth';
import { errorMessage, isApiError } from '@/lib/problem';
import { useAcceptChange, useRefuseChange } from '../api/decide-change';
import { useDepartmentChanges, type MandataireChange, type MandataireChangeAccepted } from '../api/get-department-changes';
import { CHANGE_STATUSES, CHANGE_STATUS_FILTER_LABELS, type ChangeStatus } from '../utils/wording';
import { ChangeCard } from './change-card';
import { OneTimePasswordModal } from './one-time-password-modal';

const EMPTY: Record<ChangeStatus, string> = {
  PENDING: "Aucune demande de changement de mandataire n'est en attente.",
  ACCEPTED: "Aucune demande n'a encore été acceptée.",
  REFUSED: "Aucune demande n'a été refusée.",
};

function statusOf(value: string | null): ChangeStatus {
  return (CHANGE_STATUSES as readonly string[]).includes(value ?? '') ? (value as ChangeStatus) : 'PENDING';
}

/** The server's refusal of a decision: "Recharger" when the request changed meanwhile. */
function DecisionError({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (isApiError(error) && error.is('stale-version')) {
    return (
      <StaleVersionError title="Demande modifiée entre-temps" error={error} onReload={onReload} />
    );
  }
  return <FormError>{errorMessage(error)}</FormError>;
}

/**
 * "Changements de mandataire": a department's requests (pending first by default), each with its papers;
 * accepting one shows the new mandataire's one-time password, once.
 */
export function ChangesList({ me }: { me: Me }) {
  const { params, update, department, page } = useDepartmentList(me);
  const status = statusOf(params.get('status'));
  const changes = useDepartmentChanges(department.code, status, page);
  const data = changes.data;
  const items = data?.items ?? [];

  const accept = useAcceptChange();
  const refuse = useRefuseChange();
  const [accepting, setAccepting] = useState<MandataireChange | null>(null);
  const [refusing, setRefusing] = useState<MandataireChange | null>(null);
  const [accepted, setAccepted] = useState<MandataireChangeAccepted | null>(null);

  const reload = () => {
    setAccepting(null);
    setRefusing(null);
    accept.reset();
    refuse.reset();
    void changes.refetch();
  };

  const confirmAccept = () => {
    if (!accepting || accept.isPending) return;
    accept.mutate(
      { change: accepting },
      {
        onSuccess: (result) => {
          setAccepting(null);
          setAccepted(result);
        },
      },
    );
  };

  const sendRefusal = (reason: string) => {
    if (!refusing) return;
    const code = refusing.cooperativeCode;
    refuse.mutate(
      { change: refusing, reason },
      {
        onSuccess: () => {
          setRefusing(null);
          notifications.show({
            color: 'teal',
            icon: <IconX size={18} aria-hidden />,
            title: 'Demande refusée',
            message: `La coopérative ${code ?? ''} est prévenue du refus par courriel.`,
          });
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <DepartmentListFilters department={department} update={update}>
        <FilterSelect
          label="Statut"
          value={status}
          defaultValue="PENDING"
          onChange={(v) => update({ status: v, page: null })}
          data={CHANGE_STATUSES.map((s) => ({ value: s, label: CHANGE_STATUS_FILTER_LABELS[s] }))}
          width={220}
        />
      </DepartmentListFilters>

      <DataListFrame
        query={changes}
        empty={items.length === 0}
        unavailable={!department.code && 'Choisissez un département pour voir ses demandes de changement de mandataire.'}
        loadingLabel="Chargement des demandes"
        errorTitle="Les demandes n'ont pas pu être lues"
        emptyIcon={<IconUserShare size={26} />}
        emptyTitle={EMPTY[status]}
        emptyHint="Une coopérative demande un changement depuis sa page « Changement de mandataire », avec le formulaire signé, la pièce d'identité et le justificatif de domicile."
        header={<CountText count={data?.totalItems ?? 0} one="demande" many="demandes" fetching={changes.isFetching} />}
        pagination={urlPagination(data?.totalPages, page, update)}
        framed={false}
      >
        <Stack gap="md">
          {items.map((change) => (
            <ChangeCard
              key={change.id}
              change={change}
              busy={
                (accept.isPending && accept.variables?.change.id === change.id) ||
                (refuse.isPending && refuse.variables?.change.id === change.id)
              }
              onAccept={(c) => {
                accept.reset();
                setAccepting(c);
              }}
              onRefuse={(c) => {
                refuse.reset();
                setRefusing(c);
              }}
            />
          ))}
        </Stack>
      </DataListFrame>

      <Dialog opened={accepting !== null} onClose={() => setAccepting(null)} title="Accepter le changement de mandataire">
        {accepting && (
          <Stack gap="md">
            <Text size="sm">
              {accepting.newMandataireName} deviendra mandataire de la coopérative {accepting.cooperativeCode}
              {accepting.newCoSignatories ? ', avec les co-signataires indiqués' : ''}. Le compte {accepting.cooperativeCode}{' '}
              reçoit un mot de passe à usage unique, envoyé par courriel au nouveau mandataire ; les sessions en cours
              sont fermées.
            </Text>
            <Text size="sm">Avez-vous vérifié le formulaire signé, la pièce d'identité et le justificatif de domicile ?</Text>
            {accept.isError && <DecisionError error={accept.error} onReload={reload} />}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setAccepting(null)}>
                Annuler
              </Button>
              <Button leftSection={<IconUserCheck size={18} aria-hidden />} loading={accept.isPending} onClick={confirmAccept}>
                Accepter le changement
              </Button>
            </Group>
          </Stack>
        )}
      </Dialog>

      <ReasonModal
        opened={refusing !== null}
        onClose={() => setRefusing(null)}
        title="Refuser la demande"
        intro={
          refusing
            ? `La demande de ${refusing.cooperativeCode} sera refusée ; le motif est envoyé par courriel à la coopérative, qui pourra en déposer une nouvelle.`
            : undefined
        }
        label="Motif du refus"
        description="Par exemple : le justificatif de domicile a plus de 3 mois."
        requiredMessage="Indiquez la raison."
        submitLabel="Refuser la demande"
        submitColor="red"
        submitIcon={<IconX size={18} aria-hidden />}
        pending={refuse.isPending}
        error={refuse.isError ? <DecisionError error={refuse.error} onReload={reload} /> : null}
        onSubmit={sendRefusal}
      />

      <OneTimePasswordModal
        accepted={accepted}
        onClose={() => {
          setAccepted(null);
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            title: 'Changement de mandataire enregistré',
            message: 'La fiche de la coopérative est à jour.',
          });
        }}
      />
    </Stack>
  );
}
