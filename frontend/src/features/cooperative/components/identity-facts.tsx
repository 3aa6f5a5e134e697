import { Alert, Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { IconInfoCircle } from '@tabler/icons-react';
import type { Cooperative } from '../api/get-cooperative';
import { Fact } from '@/components/ui/fact';

type IdentityFactsProps = {
  cooperative: Cooperative;
  departmentName?: string;
};

/** What the cooperative cannot change here: its number, department, mandataire and bank. */
export function IdentityFacts({ cooperative, departmentName }: IdentityFactsProps) {
  const department = departmentName
    ? `${departmentName} (${cooperative.departmentCode})`
    : (cooperative.departmentCode ?? '');
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h4" mb="md">
        La coopérative
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="md" m={0}>
        <Fact label="Numéro">{cooperative.code}</Fact>
        <Fact label="Département">{department}</Fact>
        <Fact label="Mandataire">{cooperative.mandataireName}</Fact>
        <Fact label="Co-signataires">{cooperative.coSignatories}</Fact>
        <Fact label="Banque">{cooperative.bankName}</Fact>
        <Fact label="N° de compte">{cooperative.bankAccount}</Fact>
      </SimpleGrid>
      <Alert variant="light" color="blue" mt="lg" role="note" icon={<IconInfoCircle aria-hidden />}>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Changement de mandataire ou de co-signataires
          </Text>
          <Text size="sm">
            Le mandataire, les co-signataires et le compte bancaire ne se modifient pas ici : ils changent par une
            demande de{' '}
            <Anchor component={Link} to={paths.coop.mandataireChange.getHref(cooperative.id ?? 0)} size="sm" fw={600} c="blue.9" underline="always">
              « Changement de mandataire »
            </Anchor>
            , validée par votre OCCE départementale.
          </Text>
        </Stack>
      </Alert>
    </Paper>
  );
}
