import { Alert, Button, Code, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { useCreateApiToken, type CreatedApiToken } from '../api/api-tokens';

const MAX_NAME = 80;

type CreateTokenModalProps = {
  departmentCode: string;
  opened: boolean;
  onClose: () => void;
};

/**
 * "Nouveau jeton": a name, then the secret, shown this once (the server keeps only its hash). Not closed by a
 * click beside it once the secret shows, so as not to lose it by mistake.
 */
export function CreateTokenModal({ departmentCode, opened, onClose }: CreateTokenModalProps) {
  const create = useCreateApiToken(departmentCode);
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  // each opening starts from an empty form
  const [wasOpened, setWasOpened] = useState(opened);
  if (wasOpened !== opened) {
    setWasOpened(opened);
    if (opened) {
      setName('');
      setInvalid(null);
      setCreated(null);
    }
  }
  const { reset } = create;
  useEffect(() => {
    if (opened) reset();
  }, [opened, reset]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setInvalid("Donnez un nom au jeton (le logiciel ou le partenaire qui l'utilise).");
      return;
    }
    if (trimmed.length > MAX_NAME) {
      setInvalid(`Le nom du jeton compte ${MAX_NAME} caractères au plus.`);
      return;
    }
    create.mutate({ name: trimmed }, { onSuccess: (answer) => setCreated(answer) });
  };

  // closing forgets the secret: nothing keeps it once the window is gone
  const close = () => {
    setCreated(null);
    onClose();
  };

  const fieldError = isApiError(create.error) ? violationsByField(create.error.violations).name : undefined;

  return (
    <Dialog
      opened={opened}
      onClose={close}
      title={created ? 'Jeton créé' : 'Nouveau jeton d’API'}
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack gap="md">
          <Text size="sm">
            Le jeton « {created.token?.name} » est prêt. Donnez ce secret au logiciel qui lira les données de votre
            département :
          </Text>
          <Code block fz="md" fw={700} data-testid="api-token-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {created.secret}
          </Code>
          <Group>
            <CopyButton value={created.secret ?? ''} timeout={3000}>
              {({ copied, copy }) => (
                <Button
                  size="sm"
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  onClick={copy}
                >
                  {copied ? 'Copié' : 'Copier le secret'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="orange" variant="light" role="note" icon={<IconAlertTriangle aria-hidden />} title="Affiché une seule fois">
            <Text size="sm">
              Copiez-le maintenant : il ne sera plus jamais affiché (seule son empreinte est conservée). Gardez-le comme
              un mot de passe ; s'il est perdu ou divulgué, révoquez le jeton et créez-en un autre.
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>J'ai copié le secret</Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack gap="md">
            <Text size="sm">
              Le jeton permet à un logiciel (comptabilité, assureur, statistiques) de lire les coopératives, les adhésions et
              les attestations de votre département, sans rien pouvoir modifier.
            </Text>
            {create.isError && !fieldError && <FormError>{errorMessage(create.error)}</FormError>}
            <TextInput
              label="Nom du jeton"
              description="À quoi il sert : le logiciel ou le partenaire qui l'utilise."
              placeholder="Logiciel comptable"
              required
              maxLength={MAX_NAME + 20}
              value={name}
              error={invalid ?? fieldError}
              onChange={(event) => {
                setName(event.currentTarget.value);
                if (invalid) setInvalid(null);
              }}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Annuler
              </Button>
              <Button type="submit" loading={create.isPending}>
                Créer le jeton
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}
