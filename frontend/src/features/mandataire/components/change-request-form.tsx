import { Alert, Button, FileInput, Grid, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { ACCEPTED_FILES, fileProblem } from '@/lib/files';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { useRequestChange } from '../api/mandataire-change';

type Files = { form: File | null; idCopy: File | null; proofOfAddress: File | null };

const FILE_LABELS: Record<keyof Files, string> = {
  form: 'Formulaire de changement rempli et signé',
  idCopy: "Copie recto/verso de la pièce d'identité du nouveau mandataire",
  proofOfAddress: 'Justificatif de domicile de moins de 3 mois',
};

/** The request: who takes over, and the three papers the OCCE needs (seed 000). */
export function ChangeRequestForm({ cooperativeId, disabled }: { cooperativeId: number; disabled: boolean }) {
  const request = useRequestChange(cooperativeId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [coSignatories, setCoSignatories] = useState('');
  const [files, setFiles] = useState<Files>({ form: null, idCopy: null, proofOfAddress: null });
  const [errors, setErrors] = useState<Record<string, string>>({});

  const server = isApiError(request.error) ? violationsByField(request.error.violations) : {};
  const fieldError = (field: string) => errors[field] ?? server[field];

  const send = () => {
    const local: Record<string, string> = {};
    if (!name.trim()) local.newMandataireName = 'Indiquez le nom du nouveau mandataire.';
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) local.newMandataireEmail = "Indiquez une adresse e-mail valide.";
    (Object.keys(files) as (keyof Files)[]).forEach((key) => {
      const problem = fileProblem(files[key]);
      if (problem) local[key] = problem;
    });
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    request.mutate(
      {
        newMandataireName: name.trim(),
        newMandataireEmail: email.trim(),
        newMandatairePhone: phone.trim(),
        newCoSignatories: coSignatories.trim(),
        form: files.form!,
        idCopy: files.idCopy!,
        proofOfAddress: files.proofOfAddress!,
      },
      {
        onSuccess: () => {
          setName('');
          setEmail('');
          setPhone('');
          setCoSignatories('');
          setFiles({ form: null, idCopy: null, proofOfAddress: null });
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            title: 'Demande envoyée',
            message: "L'OCCE examinera les papiers et vous répondra par courriel.",
          });
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="change-form-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="change-form-title">
          Envoyer la demande
        </Title>
        {disabled && (
          <Alert color="orange" variant="light">
            Une demande est déjà en attente auprès de l'OCCE : attendez sa réponse avant d'en envoyer une autre.
          </Alert>
        )}
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Nom et prénom du nouveau mandataire" required value={name} disabled={disabled}
              onChange={(e) => setName(e.currentTarget.value)} error={fieldError('newMandataireName')} maxLength={120} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Son adresse e-mail" type="email" required value={email} disabled={disabled}
              onChange={(e) => setEmail(e.currentTarget.value)} error={fieldError('newMandataireEmail')} maxLength={120}
              description="Le mot de passe provisoire y sera envoyé." />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Son téléphone" value={phone} disabled={disabled} onChange={(e) => setPhone(e.currentTarget.value)}
              error={fieldError('newMandatairePhone')} maxLength={30} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Textarea label="Nouveaux co-signataires du compte (un par ligne)" value={coSignatories} disabled={disabled}
              onChange={(e) => setCoSignatories(e.currentTarget.value)} error={fieldError('newCoSignatories')} autosize minRows={2}
              maxLength={500} />
          </Grid.Col>
          {(Object.keys(FILE_LABELS) as (keyof Files)[]).map((key) => (
            <Grid.Col key={key} span={12}>
              <FileInput label={FILE_LABELS[key]} required accept={ACCEPTED_FILES}
                value={files[key]} disabled={disabled} clearable
                onChange={(value) => setFiles((previous) => ({ ...previous, [key]: value }))} error={fieldError(key)} />
            </Grid.Col>
          ))}
        </Grid>
        {request.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(request.error)}
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          Chaque fichier : PDF, JPEG ou PNG, 10 Mo au plus.
        </Text>
        <div>
          <Button leftSection={<IconSend size={18} aria-hidden />} onClick={send} loading={request.isPending} disabled={disabled}>
            Envoyer la demande à l'OCCE
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
