import { Stack, Text } from '@mantine/core';
import { PageHeader } from '@/components/ui/page-header';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useDepartmentSettings } from '@/features/department/api/get-settings';
import { CampaignSummary } from '@/features/department/components/campaign-summary';
import { SettingsForm } from '@/features/department/components/settings-form';
import { AdminDepartmentPanel, useDepartmentList } from '@/features/department/components/department-choice';
import { staffScreen } from './require-role';
import { useAccount } from './root';

/** "Paramètres du département": contacts, insurer contract, texts of the emails (staff: theirs; the admin chooses one). */
export const StaffSettingsRoute = staffScreen('Paramètres du département', StaffSettings);

function StaffSettings() {
  const me = useAccount();
  const { update, department: choice } = useDepartmentList(me);
  const { code: department, name } = choice;

  return (
    <>
      <PageHeader
        title="Paramètres du département"
        subtitle={`Les coordonnées, le contrat d'assurance et les textes des courriels${name ? ` de l'${name}` : ''}.`}
      />
      <Stack gap="md">
        <AdminDepartmentPanel department={choice} onChange={(code) => update({ department: code })} />
        {department ? (
          <Settings code={department} year={me.schoolYear ?? ''} />
        ) : (
          <Text c="dimmed">Choisissez un département pour voir ses paramètres.</Text>
        )}
      </Stack>
    </>
  );
}

function Settings({ code, year }: { code: string; year: string }) {
  const settings = useDepartmentSettings(code);
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => settings.refetch()} />;
  return (
    <Stack gap="md">
      {year && <CampaignSummary departmentCode={code} year={year} />}
      <SettingsForm
        // a new version read (reloaded after a conflict) starts the form again
        key={`${code}-${settings.data.version}`}
        settings={settings.data}
        onReload={() => settings.refetch()}
      />
    </Stack>
  );
}
