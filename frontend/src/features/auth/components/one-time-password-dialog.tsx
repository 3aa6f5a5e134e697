import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Dialog } from '@/components/ui/dialog';

type OneTimePasswordDialogProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What happened, above the login. */
  intro: ReactNode;
  login?: string;
  password?: string;
  /** Who else received it, what the person must do: in the warning under the password. */
  note: ReactNode;
};

/**
 * A login and its one-time password, shown once: closing the window forgets them (the server keeps only the hash).
 * Not closed by a click beside it, so as not to lose them by mistake.
 */
export function OneTimePasswordDialog({ opened, onClose, title, intro, login, password, note }: OneTimePasswordDialogProps) {
  return (
    <Dialog opened={opened} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      <Stack gap="md">
        <Text size="sm">{intro}</Text>
        <Stack gap={6}>
          <Text size="sm">
            Identifiant :{' '}
            <Code fz="md" fw={700}>
              {login}
            </Code>
          </Text>
          <Group gap="sm" align="center" wrap="wrap">
            <Text size="sm">
              Mot de passe à usage unique :{' '}
              <Code fz="lg" fw={700} data-testid="one-time-password">
                {password}
              </Code>
            </Text>
            <CopyButton value={password ?? ''} timeout={3000}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  onClick={copy}
                >
                  {copied ? 'Copié' : 'Copier le mot de passe'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
        <Alert color="orange" variant="light" role="note" icon={<IconAlertTriangle aria-hidden />} title="Affiché une seule fois">
          <Text size="sm">
            {note} Ce mot de passe n'est affiché qu'une fois : notez-le maintenant si vous devez le transmettre. Il devra
            être changé à la première connexion.
          </Text>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>Terminé</Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
