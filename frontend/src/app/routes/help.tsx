import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Public: the short help the login page links to, in the words and with the buttons of the screens. */
export function HelpRoute() {
  useDocumentTitle('Aide — Coopérative en ligne');
  return (
    <AuthLayout title="Aide" width={720}>
      <Stack gap="lg">
        <Text size="sm">
          Coopérative en ligne est l'espace des coopératives scolaires et des associations départementales de l'OCCE :
          l'adhésion de chaque année, l'assurance, les attestations.
        </Text>

        <Section title="Se connecter">
          <List size="sm" spacing={4}>
            <List.Item>
              L'identifiant d'une coopérative est son numéro : les trois caractères du département, un tiret, quatre
              chiffres (par exemple 038-0107).
            </List.Item>
            <List.Item>
              Le premier mot de passe vous est donné par votre OCCE départemental. À la première connexion, vous
              choisissez le vôtre.
            </List.Item>
            <List.Item>
              Identifiant ou mot de passe perdu : contactez votre OCCE départemental. Ses coordonnées s'affichent sur la
              page de connexion dès que vous avez tapé le numéro de votre coopérative ; il vous donne un nouveau mot de
              passe provisoire.
            </List.Item>
          </List>
        </Section>

        <Section title="Adhérer pour l'année scolaire">
          <List size="sm" spacing={4} type="ordered">
            <List.Item>Sur le Sommaire, ouvrez « Adhésion ».</List.Item>
            <List.Item>
              Écrivez une ligne par classe : son nom, son ou ses enseignants, le nombre d'élèves et d'adultes. Les
              lignes de l'an dernier sont reprises : confirmez-les ou corrigez-les.
            </List.Item>
            <List.Item>Choisissez l'assurance, les abonnements et la façon de payer : le montant se calcule seul.</List.Item>
            <List.Item>Déposez l'engagement signé (PDF, JPEG ou PNG) : un scan ou une photo suffit.</List.Item>
            <List.Item>
              Cliquez sur « Envoyer à l'OCCE » : l'adhésion ne se modifie plus, sauf si l'OCCE vous demande une
              correction (vous recevez alors un courriel qui dit quoi corriger).
            </List.Item>
            <List.Item>
              Une fois l'adhésion validée, l'attestation d'adhésion et le certificat d'assurance se téléchargent sur le
              Sommaire.
            </List.Item>
          </List>
        </Section>

        <Section title="Changer de mandataire">
          <Text size="sm">
            Sur la page « Identité », cliquez sur « Changement de mandataire » et déposez les pièces demandées :
            l'OCCE départemental enregistre le nouveau mandataire et lui envoie son accès.
          </Text>
        </Section>

        <Section title="Mairies, assureurs : vérifier une attestation">
          <Text size="sm">
            Chaque attestation porte un code de vérification. Saisissez-le sur la page{' '}
            <Anchor component={Link} to={paths.verify.getHref()} underline="always">
              Vérifier une attestation
            </Anchor>{' '}
            pour savoir si elle est authentique et toujours valable, sans compte.
          </Text>
        </Section>

        <Anchor component={Link} to={paths.auth.login.getHref()} size="sm">
          ← Revenir à la connexion
        </Anchor>
      </Stack>
    </AuthLayout>
  );
}
