import { Badge, Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconBook2,
  IconBuildingBank,
  IconBulb,
  IconSchool,
  IconCash,
  IconClipboardList,
  IconReceipt2,
  IconFileText,
  IconId,
  IconUserShare,
  IconWritingSign,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatMoney } from '@/lib/format';

/** A tile's line of status, in the seeds' wording: where the adhesion stands, the books' count, the last cash count. */
export type TileStatus = {
  label: string;
  /** The amount, once known. */
  amount?: number | null;
  color: string;
};

type Tile = {
  title: string;
  description: string;
  icon: Icon;
  color: string;
  /** Absent while the function is not open yet: the tile is then no link. */
  href?: string;
  status?: TileStatus;
};

/** The statuses the Sommaire knows, by the tile they go on. */
export type TileStatuses = { adhesion?: TileStatus; report?: TileStatus; books?: TileStatus; cash?: TileStatus };

function tiles(cooperativeId: number, statuses: TileStatuses): Tile[] {
  return [
    {
      title: 'Adhésion',
      description: "Adhérer à l'OCCE pour l'année scolaire : effectifs, assurance et cotisation.",
      icon: IconWritingSign,
      color: 'grape',
      href: paths.coop.adhesion.getHref(cooperativeId),
      status: statuses.adhesion,
    },
    {
      title: 'Compte-rendu',
      description: "Le compte-rendu d'activité et le compte-rendu financier de l'année écoulée.",
      icon: IconFileText,
      color: 'orange',
      href: paths.coop.report.getHref(cooperativeId),
      status: statuses.report,
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
      href: paths.coop.ledger.getHref(cooperativeId),
      status: statuses.books,
    },
    {
      title: 'Cahiers de classe',
      description: 'Le cahier de compta. de chaque classe : ses recettes, ses dépenses et son solde.',
      icon: IconSchool,
      color: 'teal',
      href: paths.coop.classes.getHref(cooperativeId),
    },
    {
      title: 'Actions péda.',
      description: 'Les recettes, les dépenses et le résultat de chaque projet de la coopérative.',
      icon: IconBulb,
      color: 'teal',
      href: paths.coop.actions.getHref(cooperativeId),
    },
    {
      title: 'Relevés de banque',
      description: 'Importer les relevés du compte et pointer chaque ligne avec son opération du cahier.',
      icon: IconBuildingBank,
      color: 'teal',
      href: paths.coop.bank.getHref(cooperativeId),
    },
    {
      title: 'Les subventions',
      description: 'Les subventions accordées à la coopérative, ce qui a été reçu et ce qui reste attendu.',
      icon: IconReceipt2,
      color: 'teal',
      href: paths.coop.subsidies.getHref(cooperativeId),
    },
    {
      title: "Cahier d'inventaire",
      description: 'Ce que la coopérative possède : sa valeur est proposée à la prochaine adhésion.',
      icon: IconClipboardList,
      color: 'teal',
      href: paths.coop.inventory.getHref(cooperativeId),
    },
    {
      title: "L'arrêté de caisse",
      description: "Si la coop. utilise une caisse d'argent liquide, le nombre de pièces et de billets est noté ici.",
      icon: IconCash,
      color: 'teal',
      href: paths.coop.cash.getHref(cooperativeId),
      status: statuses.cash,
    },
    {
      title: 'Changement de mandataire',
      description: 'Déclarer un nouveau mandataire ou de nouveaux co-signataires du compte.',
      icon: IconUserShare,
      color: 'indigo',
      href: paths.coop.mandataireChange.getHref(cooperativeId),
    },
  ];
}

type CoopSummaryTilesProps = {
  cooperativeId: number;
  /** What is known of the current year, once read. */
  statuses?: TileStatuses;
};

/** The tiles of the Sommaire, as in the user guides; only the open functions are links. */
export function CoopSummaryTiles({ cooperativeId, statuses = {} }: CoopSummaryTilesProps) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0 }}>
      {tiles(cooperativeId, statuses).map((tile) => (
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
      {tile.status && (
        <Group gap="xs" mt="sm" wrap="wrap">
          {/* a badge's look, but long wordings wrap (a Badge cuts them) */}
          <Text
            size="sm"
            fw={600}
            px="xs"
            py={4}
            c={`var(--mantine-color-${tile.status.color}-light-color)`}
            bg={`var(--mantine-color-${tile.status.color}-light)`}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            {tile.status.label}
          </Text>
          {tile.status.amount != null && (
            <Text fw={700} size="sm">
              {formatMoney(tile.status.amount)}
            </Text>
          )}
        </Group>
      )}
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
