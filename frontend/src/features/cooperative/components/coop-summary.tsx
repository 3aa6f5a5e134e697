import { Badge, Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconBook2,
  IconFileText,
  IconId,
  IconUserShare,
  IconWritingSign,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

type Tile = {
  title: string;
  description: string;
  icon: Icon;
  color: string;
  /** Absent while the function is not open yet: the tile is then no link. */
  href?: string;
};

function tiles(cooperativeId: number): Tile[] {
  return [
    {
      title: 'Adhésion',
      description: "Adhérer à l'OCCE pour l'année scolaire : effectifs, assurance et cotisation.",
      icon: IconWritingSign,
      color: 'grape',
    },
    {
      title: 'Compte-rendu',
      description: "Le compte-rendu d'activité et le compte-rendu financier de l'année écoulée.",
      icon: IconFileText,
      color: 'orange',
    },
    {
      title: 'Identité de la coop.',
      description: "Les coordonnées de l'école et du mandataire, la banque de la coopérative.",
      icon: IconId,
      color: 'blue',
      href: paths.coop.identity.getHref(cooperativeId),
    },
    {
      title: 'Cahier de compta.',
      description: "Noter les recettes et les dépenses de la coopérative au fil de l'année.",
      icon: IconBook2,
      color: 'teal',
    },
    {
      title: 'Changement de mandataire',
      description: 'Déclarer un nouveau mandataire ou de nouveaux co-signataires du compte.',
      icon: IconUserShare,
      color: 'indigo',
    },
  ];
}

/** The tiles of the Sommaire, as in the user guides; only the open functions are links. */
export function CoopSummaryTiles({ cooperativeId }: { cooperativeId: number }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0 }}>
      {tiles(cooperativeId).map((tile) => (
        <li key={tile.title}>
          <TileCard tile={tile} />
        </li>
      ))}
    </SimpleGrid>
  );
}

function TileCard({ tile }: { tile: Tile }) {
  const open = tile.href !== undefined;
  const content = (
    <>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <ThemeIcon size={48} radius="md" variant={open ? 'filled' : 'light'} color={open ? 'blue' : 'gray'} aria-hidden>
          <tile.icon size={28} />
        </ThemeIcon>
        {open ? (
          <IconArrowRight size={22} aria-hidden color="var(--mantine-color-blue-8)" />
        ) : (
          <Badge color="gray" variant="light" c="gray.8">
            bientôt
          </Badge>
        )}
      </Group>
      <Title order={2} size="h4" mb={4} c={open ? 'blue.9' : 'gray.8'}>
        {tile.title}
      </Title>
      <Text size="sm" c="dimmed">
        {tile.description}
      </Text>
    </>
  );
  if (open) {
    return (
      <Card withBorder radius="md" padding="lg" className="tile" component={Link} to={tile.href!}>
        {content}
      </Card>
    );
  }
  return (
    <Card withBorder radius="md" padding="lg" className="tile tile--soon">
      {content}
    </Card>
  );
}
