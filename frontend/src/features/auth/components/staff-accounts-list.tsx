import { Badge, Button, Center, Group, Loader, Paper, Stack, Switch, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconKey, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { ListPagination } from '@/components/ui/list-pagination';
import { QueryError } from '@/components/ui/query-error';
import { Dialog } from '@/components/ui/dialog';
import { formatDate } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import type { OneTimePassword } from '../api/reset-cooperative-password';
import {
  useCreateStaffAccount,
  useResetStaffPassword,
  useStaffAccounts,
  useUpdateStaffAccount,
  type StaffAccount,
} from '../api/staff-accounts';
import { OneTimePasswordDialog } from './one-time-password-dialog';
import { ActionsHeader } from '@/components/ui/actions-header';

/** The staff accounts of a department (national admin): create, rename, disable or enable, give a one-time password. */
export function StaffAccountsList({ departmentCode, departmentName }: { departmentCode: string; departmentName?: string }) {
  const [page, setPage] = useState(0);
  const accounts = useStaffAccounts(departmentCode, page);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<StaffAccount | null>(null);
  const [resetting, setResetting] = useState<StaffAccount | null>(null);
  const [password, setPassword] = useState<{ title: string; intro: string; value: OneTimePassword } | null>(null);
  const items = accounts.data?.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {accounts.data ? (accounts.data.totalItems === 1 ? '1 compte' : `${accounts.data.totalItems} comptes`) : ''}
        </Text>
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          Nouveau compte
        </Button>
      </Group>

      {accounts.isError ? (
        <QueryError error={accounts.error} onRetry={() => accounts.refetch()} />
      ) : accounts.isPending ? (
        <Center py="xl">
          <span role="status">
            <Loader aria-hidden />
            <VisuallyHidden>Chargement des comptes</VisuallyHidden>
          </span>
        </Center>
      ) : items.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text ta="center" fw={600}>
            Aucun compte du personnel dans ce département.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" className="scroll-x">
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={`Comptes du personnel${departmentName ? ` de l'${departmentName}` : ''}`}>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">Identifiant</Table.Th>
                <Table.Th scope="col">Nom affiché</Table.Th>
                <Table.Th scope="col">État</Table.Th>
                <Table.Th scope="col">Dernière connexion</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td ff="monospace" fw={600}>
                    {a.login}
                  </Table.Td>
                  <Table.Td>{a.displayName}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={a.enabled ? 'teal' : 'gray'} variant="light">
                        {a.enabled ? 'Actif' : 'Désactivé'}
                      </Badge>
                      {a.mustChangePassword && (
                        <Badge color="orange" variant="light">
                          Mot de passe à changer
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.lastLoginAt ? formatDate(a.lastLoginAt) : 'Jamais'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={`Modifier le compte ${a.login}`}
                        onClick={() => setEditing(a)}
                      >
                        Modifier
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconKey size={14} aria-hidden />}
                        aria-label={`Réinitialiser le mot de passe de ${a.login}`}
                        onClick={() => setResetting(a)}
                      >
                        Mot de passe
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <ListPagination totalPages={accounts.data?.totalPages ?? 0} page={page} onChange={(value) => setPage(value - 1)} />

      <CreateDialog
        opened={creating}
        departmentCode={departmentCode}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setPassword({
            title: 'Compte créé',
            intro: `Le compte de ${created.displayName} est créé. Transmettez-lui ces identifiants :`,
            value: created,
          });
        }}
      />
      {editing && <EditDialog account={editing} onClose={() => setEditing(null)} />}
      <ResetDialog
        account={resetting}
        onClose={() => setResetting(null)}
        onReset={(value) => {
          setResetting(null);
          setPassword({ title: 'Mot de passe réinitialisé', intro: `${value.displayName} peut se connecter avec ces identifiants :`, value });
        }}
      />
      <OneTimePasswordDialog
        opened={password !== null}
        onClose={() => setPassword(null)}
        title={password?.title ?? ''}
        intro={password?.intro}
        login={password?.value.login}
        password={password?.value.oneTimePassword}
        note="Il n'est envoyé à personne."
      />
    </Stack>
  );
}

function CreateDialog({
  opened,
  departmentCode,
  onClose,
  onCreated,
}: {
  opened: boolean;
  departmentCode: string;
  onClose: () => void;
  onCreated: (created: OneTimePassword) => void;
}) {
  const create = useCreateStaffAccount(departmentCode);
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const fieldErrors = isApiError(create.error) ? violationsByField(create.error.violations) : {};
  const close = () => {
    create.reset();
    setLogin('');
    setDisplayName('');
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { login: login.trim(), displayName: displayName.trim() },
      {
        onSuccess: (created) => {
          setLogin('');
          setDisplayName('');
          create.reset();
          onCreated(created.password!);
        },
      },
    );
  };
  return (
    <Dialog opened={opened} onClose={close} title="Nouveau compte du personnel">
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            label="Identifiant"
            description="Lettres sans accent, chiffres, point ou tiret, en commençant par une lettre (ex. : m.durand38)."
            required
            value={login}
            onChange={(e) => setLogin(e.currentTarget.value)}
            error={fieldErrors.login}
          />
          <TextInput
            label="Nom affiché"
            required
            placeholder="Ex. : Marc DURAND"
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={fieldErrors.displayName}
          />
          {create.isError && Object.keys(fieldErrors).length === 0 && <FormError>{errorMessage(create.error)}</FormError>}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Annuler
            </Button>
            <Button type="submit" loading={create.isPending}>
              Créer le compte
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function EditDialog({ account, onClose }: { account: StaffAccount; onClose: () => void }) {
  const update = useUpdateStaffAccount();
  const [displayName, setDisplayName] = useState(account.displayName ?? '');
  const [enabled, setEnabled] = useState(!!account.enabled);
  const fieldErrors = isApiError(update.error) ? violationsByField(update.error.violations) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: account.id!, version: account.version ?? 0, displayName: displayName.trim(), enabled }, { onSuccess: onClose });
  };
  return (
    <Dialog opened onClose={onClose} title={`Compte ${account.login}`}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            label="Nom affiché"
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={fieldErrors.displayName}
          />
          <Switch
            label="Compte actif"
            description="Désactiver le compte ferme aussitôt ses connexions en cours."
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />
          {update.isError && Object.keys(fieldErrors).length === 0 && <FormError>{errorMessage(update.error)}</FormError>}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" loading={update.isPending}>
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function ResetDialog({
  account,
  onClose,
  onReset,
}: {
  account: StaffAccount | null;
  onClose: () => void;
  onReset: (password: OneTimePassword) => void;
}) {
  const reset = useResetStaffPassword();
  const close = () => {
    reset.reset();
    onClose();
  };
  return (
    <Dialog opened={account !== null} onClose={close} title="Réinitialiser le mot de passe">
      <Stack gap="md">
        <Text size="sm">
          Le mot de passe actuel de {account?.login} ne fonctionnera plus et ses connexions en cours seront fermées. Un mot de
          passe à usage unique sera affiché une seule fois.
        </Text>
        {reset.isError && <FormError>{errorMessage(reset.error)}</FormError>}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Annuler
          </Button>
          <Button
            color="red"
            loading={reset.isPending}
            onClick={() =>
              reset.mutate(account!.id!, {
                onSuccess: (value) => {
                  reset.reset();
                  onReset(value);
                },
              })
            }
          >
            Réinitialiser
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
