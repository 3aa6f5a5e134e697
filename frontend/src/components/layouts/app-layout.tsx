import { ActionIcon, AppShell, Box, Burger, Button, Divider, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBell,
  IconApi,
  IconBuildingBank,
  IconBook2,
  IconFileText,
  IconListCheck,
  IconZoomCheck,
  IconBulb,
  IconListNumbers,
  IconSchool,
  IconCash,
  IconClipboardList,
  IconReceipt2,
  IconBuildingCommunity,
  IconChartBar,
  IconChecklist,
  IconFileImport,
  IconHistory,
  IconHome,
  IconId,
  IconKey,
  IconListSearch,
  IconLogout,
  IconMail,
  IconReceiptEuro,
  IconSettings,
  IconUserShare,
  IconUsers,
  IconWritingSign,
  type Icon,
} from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { Link, matchPath, useLocation } from 'react-router';
import { Brand } from '@/components/ui/brand';
import { paths } from '@/config/paths';
import type { Me } from '@/lib/auth';

type NavItem = { label: string; href: string; pattern: string; icon: Icon };

const ROLE_LABELS: Record<string, string> = {
  mandataire: 'Mandataire',
  staff: 'OCCE départementale',
  admin: 'Administration nationale',
  integrator: 'Intégrateur',
};

function navItems(me: Me): NavItem[] {
  if (me.mustChangePassword) return [];
  const password: NavItem = {
    label: 'Mot de passe',
    href: paths.auth.changePassword.getHref(),
    pattern: paths.auth.changePassword.path,
    icon: IconKey,
  };
  if (me.role === 'mandataire' && me.cooperative?.id != null) {
    const id = me.cooperative.id;
    return [
      { label: 'Sommaire', href: paths.coop.home.getHref(id), pattern: paths.coop.home.path, icon: IconHome },
      {
        label: 'Adhésion',
        href: paths.coop.adhesion.getHref(id),
        pattern: paths.coop.adhesion.path,
        icon: IconWritingSign,
      },
      {
        label: 'Compte-rendu',
        href: paths.coop.report.getHref(id),
        pattern: paths.coop.report.path,
        icon: IconFileText,
      },
      {
        label: 'Identité de la coop.',
        href: paths.coop.identity.getHref(id),
        pattern: paths.coop.identity.path,
        icon: IconId,
      },
      {
        label: 'Cahier de compta.',
        href: paths.coop.ledger.getHref(id),
        pattern: paths.coop.ledger.path,
        icon: IconBook2,
      },
      {
        label: 'Cahiers de classe',
        href: paths.coop.classes.getHref(id),
        pattern: paths.coop.classes.path,
        icon: IconSchool,
      },
      {
        label: 'Actions péda.',
        href: paths.coop.actions.getHref(id),
        pattern: paths.coop.actions.path,
        icon: IconBulb,
      },
      {
        label: 'Relevés de banque',
        href: paths.coop.bank.getHref(id),
        pattern: paths.coop.bank.path,
        icon: IconBuildingBank,
      },
      {
        label: 'Les subventions',
        href: paths.coop.subsidies.getHref(id),
        pattern: paths.coop.subsidies.path,
        icon: IconReceipt2,
      },
      {
        label: "Cahier d'inventaire",
        href: paths.coop.inventory.getHref(id),
        pattern: paths.coop.inventory.path,
        icon: IconClipboardList,
      },
      {
        label: "L'arrêté de caisse",
        href: paths.coop.cash.getHref(id),
        pattern: paths.coop.cash.path,
        icon: IconCash,
      },
      {
        label: 'Changement de mandataire',
        href: paths.coop.mandataireChange.getHref(id),
        pattern: paths.coop.mandataireChange.path,
        icon: IconUserShare,
      },
      password,
    ];
  }
  const dashboard: NavItem = {
    label: 'Tableau de bord',
    href: paths.staff.dashboard.getHref(),
    pattern: paths.staff.dashboard.path,
    icon: IconChartBar,
  };
  const reminders: NavItem = {
    label: 'Relances',
    href: paths.staff.reminders.getHref(),
    pattern: paths.staff.reminders.path,
    icon: IconBell,
  };
  const cooperatives: NavItem = {
    label: 'Coopératives',
    href: paths.staff.cooperatives.getHref(),
    pattern: paths.staff.cooperatives.path,
    icon: IconListSearch,
  };
  const tariff: NavItem = {
    label: 'Barème',
    href: paths.staff.tariff.getHref(),
    pattern: paths.staff.tariff.path,
    icon: IconReceiptEuro,
  };
  const chart: NavItem = {
    label: 'Plan comptable',
    href: paths.staff.chart.getHref(),
    pattern: paths.staff.chart.path,
    icon: IconListNumbers,
  };
  const reports: NavItem = {
    label: 'Comptes-rendus',
    href: paths.staff.reports.getHref(),
    pattern: paths.staff.reports.path,
    icon: IconFileText,
  };
  const controls: NavItem = {
    label: 'Contrôle des comptes',
    href: paths.staff.controls.getHref(),
    pattern: paths.staff.controls.path,
    icon: IconZoomCheck,
  };
  const questionnaire: NavItem = {
    label: 'Questionnaire du C.R.',
    href: paths.staff.questionnaire.getHref(),
    pattern: paths.staff.questionnaire.path,
    icon: IconListCheck,
  };
  const books: NavItem = {
    label: 'Cahiers des coopératives',
    href: paths.staff.books.getHref(),
    pattern: paths.staff.books.path,
    icon: IconBook2,
  };
  const review: NavItem = {
    label: 'Validation',
    href: paths.staff.reviewQueue.getHref(),
    pattern: paths.staff.reviewQueue.path,
    icon: IconChecklist,
  };
  const changes: NavItem = {
    label: 'Changements de mandataire',
    href: paths.staff.mandataireChanges.getHref(),
    pattern: paths.staff.mandataireChanges.path,
    icon: IconUserShare,
  };
  const mails: NavItem = {
    label: 'Courriels envoyés',
    href: paths.staff.mails.getHref(),
    pattern: paths.staff.mails.path,
    icon: IconMail,
  };
  const settings: NavItem = {
    label: 'Paramètres du département',
    href: paths.staff.settings.getHref(),
    pattern: paths.staff.settings.path,
    icon: IconSettings,
  };
  const imports: NavItem = {
    label: 'Imports et exports',
    href: paths.staff.imports.getHref(),
    pattern: paths.staff.imports.path,
    icon: IconFileImport,
  };
  const auditLog: NavItem = {
    label: 'Journal des modifications',
    href: paths.staff.auditLog.getHref(),
    pattern: paths.staff.auditLog.path,
    icon: IconHistory,
  };
  const apiTokens: NavItem = {
    label: 'Accès API',
    href: paths.staff.apiTokens.getHref(),
    pattern: paths.staff.apiTokens.path,
    icon: IconApi,
  };
  const sepa: NavItem = {
    label: 'Prélèvements SEPA',
    href: paths.staff.sepa.getHref(),
    pattern: paths.staff.sepa.path,
    icon: IconBuildingBank,
  };
  if (me.role === 'admin') {
    return [
      {
        label: 'Départements',
        href: paths.staff.departments.getHref(),
        pattern: paths.staff.departments.path,
        icon: IconBuildingCommunity,
      },
      dashboard,
      cooperatives,
      review,
      reminders,
      changes,
      tariff,
      chart,
      reports,
      controls,
      questionnaire,
      books,
      mails,
      settings,
      {
        label: 'Comptes du personnel',
        href: paths.staff.staffAccounts.getHref(),
        pattern: paths.staff.staffAccounts.path,
        icon: IconUsers,
      },
      imports,
      auditLog,
      apiTokens,
      sepa,
      password,
    ];
  }
  return [dashboard, cooperatives, review, reminders, changes, tariff, chart, reports, controls, questionnaire, books, mails, settings, imports, auditLog, apiTokens, sepa, password];
}

type AppLayoutProps = {
  me: Me;
  onLogout: () => void;
  loggingOut?: boolean;
  children: ReactNode;
};

/** The shell of every screen once logged in: header with the account and "Se déconnecter", menu on the left. */
export function AppLayout({ me, onLogout, loggingOut = false, children }: AppLayoutProps) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const items = navItems(me);
  const hasNav = items.length > 0;
  const roleLabel = ROLE_LABELS[me.role ?? ''] ?? '';
  const subtitle =
    me.role === 'mandataire'
      ? `${roleLabel} · ${me.cooperative?.code ?? me.login}`
      : me.role === 'staff' && me.department?.code
        ? `${roleLabel} · ${me.department.code}`
        : roleLabel;

  // the menu closes once a link of it is followed (phone)
  useEffect(() => close(), [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={hasNav ? { width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main-content">
        Aller au contenu
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'lg' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            {hasNav && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? 'Fermer le menu' : 'Ouvrir le menu'}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
            )}
            <UnstyledButton component={Link} to={paths.home.getHref()} aria-label="Coopérative en ligne, accueil">
              <Box visibleFrom="sm">
                <Brand />
              </Box>
              <Box hiddenFrom="sm">
                <Brand compact />
              </Box>
            </UnstyledButton>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="sm" ta="right">
              <Text fw={600} size="sm" lh={1.2}>
                {me.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {subtitle}
              </Text>
            </Box>
            <Button
              visibleFrom="xs"
              variant="default"
              size="sm"
              leftSection={<IconLogout size={18} aria-hidden />}
              onClick={onLogout}
              loading={loggingOut}
            >
              Se déconnecter
            </Button>
            <ActionIcon
              hiddenFrom="xs"
              variant="default"
              size="lg"
              aria-label="Se déconnecter"
              title="Se déconnecter"
              onClick={onLogout}
              loading={loggingOut}
            >
              <IconLogout size={20} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
      </AppShell.Header>

      {hasNav && (
        // the staff menu is longer than a laptop screen: it scrolls on its own
        <AppShell.Navbar p="sm" id="main-navigation" aria-label="Menu principal" component="nav" style={{ overflowY: 'auto' }}>
          <Stack gap={4} hiddenFrom="sm" mb="sm" px="xs">
            <Text fw={600} size="sm">
              {me.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              {subtitle}
            </Text>
            <Divider mt="xs" />
          </Stack>
          {items.map((item) => {
            const active = matchPath({ path: item.pattern, end: true }, location.pathname) !== null;
            return (
              <NavLink
                key={item.href}
                component={Link}
                to={item.href}
                label={item.label}
                leftSection={<item.icon size={20} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                fw={active ? 600 : 500}
              />
            );
          })}
        </AppShell.Navbar>
      )}

      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        <Box maw={1100} mx="auto">
          {children}
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
