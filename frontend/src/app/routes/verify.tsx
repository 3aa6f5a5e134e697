import { Alert, Button, Group, Paper, Table, Text, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck, IconSearch, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { useVerification } from '@/features/documents/api/certificates';
import { formatDate, formatSchoolYear, schoolYearPeriod } from '@/lib/format';
import { errorMessage, isApiError } from '@/lib/problem';

/**
 * Public: a town hall or an insurer types the code printed on a certificate and learns whether it is genuine and
 * still valid, and nothing private.
 */
export function VerifyRoute() {
  useDocumentTitle("Vérifier une attestation — Coopérative en ligne");
  const { code } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code ?? '');
  const verification = useVerification(code);

  return (
    <AuthLayout
      title="Vérifier une attestation"
      width={640}
      footer={
        <>
          {code && verification.isPending && <Text ta="center">Vérification…</Text>}
          {code && verification.isError && (
            isApiError(verification.error) && verification.error.status === 404 ? (
              <Alert color="red" variant="light" role="alert" icon={<IconShieldX aria-hidden />} title="Code inconnu">
                {errorMessage(verification.error)} Un document dont le code est inconnu n'a pas été délivré par Coopérative en
                ligne.
              </Alert>
            ) : (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(verification.error)}
              </Alert>
            )
          )}
          {verification.data && (
            <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }}>
              {verification.data.current ? (
                <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title="Document authentique et valable" mb="md">
                  Ce document a bien été délivré par l'{verification.data.departmentName} et il est toujours valable.
                </Alert>
              ) : (
                <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Document authentique, mais plus valable" mb="md">
                  Ce document a été délivré par l'{verification.data.departmentName}, puis annulé le{' '}
                  {verification.data.revokedAt ? formatDate(verification.data.revokedAt) : '—'} : l'adhésion a été rouverte.
                  Demandez à l'école son attestation à jour.
                </Alert>
              )}
              <Table aria-label="Ce que le document atteste" variant="vertical" layout="fixed">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={200}>Document</Table.Th>
                    <Table.Td>{verification.data.title}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Coopérative scolaire</Table.Th>
                    <Table.Td>
                      {verification.data.schoolName} — {verification.data.city} (n°{'\u00a0'}
                      <span style={{ whiteSpace: 'nowrap' }}>{verification.data.cooperativeCode}</span>)
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Année scolaire</Table.Th>
                    <Table.Td>{formatSchoolYear(verification.data.schoolYear ?? '')}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Valable</Table.Th>
                    <Table.Td>{schoolYearPeriod(verification.data.schoolYear ?? '')}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Code d'enregistrement</Table.Th>
                    <Table.Td>{verification.data.registrationCode}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Délivré le</Table.Th>
                    <Table.Td>{verification.data.issuedAt ? formatDate(verification.data.issuedAt) : ''}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Code de vérification</Table.Th>
                    <Table.Td>{verification.data.verificationCode}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </>
      }
    >
      <Text size="sm" mb="md">
        Chaque attestation d'adhésion et chaque certificat d'assurance délivrés par Coopérative en ligne portent un code
        de vérification de 12 caractères. Saisissez-le pour savoir si le document est authentique et toujours valable.
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim()) navigate(paths.verify.getHref(typed.trim().toUpperCase()));
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="Code de vérification"
            placeholder="K7QF-2M9D-XW4C"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            style={{ flex: '1 1 220px' }}
            autoComplete="off"
            maxLength={20}
          />
          <Button type="submit" leftSection={<IconSearch size={18} aria-hidden />}>
            Vérifier
          </Button>
        </Group>
      </form>
    </AuthLayout>
  );
}
