import { useMemo } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PageLoader } from '@/components/ui/page-loader';
import { paths } from '@/config/paths';
import { AppRoot } from './routes/app/root';
import { RootRoute } from './routes/root';
import { RouteError } from './routes/route-error';

/** Every route; screens are loaded when first visited. */
export const routes: RouteObject[] = [
  {
    element: <RootRoute />,
    errorElement: <RouteError />,
    // shown while the first screen's code loads
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        path: paths.auth.login.path,
        lazy: async () => ({ Component: (await import('./routes/auth/login')).LoginRoute }),
      },
      {
        element: <AppRoot />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./routes/app/home')).HomeRoute }),
          },
          {
            path: paths.auth.changePassword.path,
            lazy: async () => ({ Component: (await import('./routes/app/change-password')).ChangePasswordRoute }),
          },
          {
            path: paths.coop.home.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-home')).CoopHomeRoute }),
          },
          {
            path: paths.coop.identity.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-identity')).CoopIdentityRoute }),
          },
          {
            path: paths.coop.adhesion.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-adhesion')).CoopAdhesionRoute }),
          },
          {
            path: paths.coop.ledger.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-ledger')).CoopLedgerRoute }),
          },
          {
            path: paths.coop.bank.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-bank')).CoopBankRoute }),
          },
          {
            path: paths.coop.subsidies.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-subsidies')).CoopSubsidiesRoute }),
          },
          {
            path: paths.coop.inventory.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-inventory')).CoopInventoryRoute }),
          },
          {
            path: paths.coop.classes.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-classes')).CoopClassesRoute }),
          },
          {
            path: paths.coop.actions.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-actions')).CoopActionsRoute }),
          },
          {
            path: paths.coop.report.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-report')).CoopReportRoute }),
          },
          {
            path: paths.coop.cash.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-cash')).CoopCashRoute }),
          },
          {
            path: paths.coop.mandataireChange.path,
            lazy: async () => ({ Component: (await import('./routes/app/coop-mandataire-change')).CoopMandataireChangeRoute }),
          },
          {
            path: paths.staff.reviewQueue.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-review-queue')).StaffReviewQueueRoute }),
          },
          {
            path: paths.staff.review.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-review')).StaffReviewRoute }),
          },
          {
            path: paths.staff.mandataireChanges.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-mandataire-changes')).StaffMandataireChangesRoute }),
          },
          {
            path: paths.staff.mails.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-mails')).StaffMailsRoute }),
          },
          {
            path: paths.staff.imports.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-imports')).StaffImportsRoute }),
          },
          {
            path: paths.staff.auditLog.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-audit-log')).StaffAuditLogRoute }),
          },
          {
            path: paths.staff.apiTokens.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-api-tokens')).StaffApiTokensRoute }),
          },
          {
            path: paths.staff.sepa.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-sepa')).StaffSepaRoute }),
          },
          {
            path: paths.staff.cooperatives.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-cooperatives')).StaffCooperativesRoute }),
          },
          {
            path: paths.staff.dashboard.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-dashboard')).StaffDashboardRoute }),
          },
          {
            path: paths.staff.reminders.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-reminders')).StaffRemindersRoute }),
          },
          {
            path: paths.staff.departments.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-departments')).StaffDepartmentsRoute }),
          },
          {
            path: paths.staff.settings.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-settings')).StaffSettingsRoute }),
          },
          {
            path: paths.staff.staffAccounts.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-accounts')).StaffAccountsRoute }),
          },
          {
            path: paths.staff.tariff.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-tariff')).StaffTariffRoute }),
          },
          {
            path: paths.staff.questionnaire.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-questionnaire')).StaffQuestionnaireRoute }),
          },
          {
            path: paths.staff.reports.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-reports')).StaffReportsRoute }),
          },
          {
            path: paths.staff.controls.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-controls')).StaffControlsRoute }),
          },
          {
            path: paths.staff.books.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-books')).StaffBooksRoute }),
          },
          {
            path: paths.staff.chart.path,
            lazy: async () => ({ Component: (await import('./routes/app/staff-chart')).StaffChartRoute }),
          },
        ],
      },
      {
        // public: the short help the login page links to
        path: paths.help.path,
        lazy: async () => ({ Component: (await import('./routes/help')).HelpRoute }),
      },
      {
        // public: town halls and insurers check a certificate without an account
        path: paths.verify.path,
        lazy: async () => ({ Component: (await import('./routes/verify')).VerifyRoute }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
      },
    ],
  },
];

export function AppRouter() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
