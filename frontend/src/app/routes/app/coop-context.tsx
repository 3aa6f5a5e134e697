import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useDepartment } from '@/features/cooperative/api/get-department';
import { isStaff, type Me } from '@/lib/auth';

/** The cooperative id of the URL, or null when it is no number. */
export function useCooperativeId(): number | null {
  const { id } = useParams();
  const value = Number(id);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** The name of a cooperative's department: the account's own, or read from the server (the admin). */
export function useDepartmentName(me: Me, code: string | undefined): string | undefined {
  const own = me.department?.code === code ? me.department?.name : undefined;
  const department = useDepartment(code, { enabled: !own });
  return own ?? department.data?.name;
}

type Crumb = { label: string; href?: string };

/** Staff come from their list, a mandataire from its Sommaire. */
export function CoopBreadcrumbs({ me, crumbs }: { me: Me; crumbs: Crumb[] }) {
  const all: Crumb[] = isStaff(me) ? [{ label: 'Coopératives', href: paths.staff.cooperatives.getHref() }, ...crumbs] : crumbs;
  if (all.length < 2) return null;
  return (
    <nav aria-label="Fil d'Ariane">
      <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
        {all.map((crumb, index) =>
          crumb.href && index < all.length - 1 ? (
            <Anchor component={Link} to={crumb.href} key={crumb.label} size="sm">
              {crumb.label}
            </Anchor>
          ) : (
            <Text size="sm" key={crumb.label} c="dimmed" aria-current="page">
              {crumb.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}

type CoopPageHeaderProps = {
  me: Me;
  coop: { id?: number; code?: string; schoolName?: string; city?: string };
  /** The page's name in the breadcrumbs ("Adhésion"). */
  page: string;
  title: string;
  /** "École Jules Ferry · LA ROSE · n° 046-0410" unless given. */
  subtitle?: ReactNode;
  aside?: ReactNode;
};

/** The header of a cooperative's page: breadcrumbs from the list (staff) or the Sommaire (mandataire), title, school. */
export function CoopPageHeader({ me, coop, page, title, subtitle, aside }: CoopPageHeaderProps) {
  return (
    <PageHeader
      above={
        <CoopBreadcrumbs
          me={me}
          crumbs={[
            { label: isStaff(me) ? (coop.code ?? '') : 'Sommaire', href: paths.coop.home.getHref(coop.id ?? 0) },
            { label: page },
          ]}
        />
      }
      title={title}
      subtitle={subtitle ?? `${coop.schoolName} · ${coop.city} · n° ${coop.code}`}
      aside={aside}
    />
  );
}
