/** Every route of the SPA: `path` for the router, `getHref` for links. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  auth: {
    login: {
      path: '/connexion',
      getHref: (redirectTo?: string | null) =>
        `/connexion${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ''}`,
    },
    changePassword: {
      path: '/mot-de-passe',
      getHref: () => '/mot-de-passe',
    },
  },
  coop: {
    home: {
      path: '/coop/:id',
      getHref: (id: number | string) => `/coop/${id}`,
    },
    identity: {
      path: '/coop/:id/identite',
      getHref: (id: number | string) => `/coop/${id}/identite`,
    },
    adhesion: {
      path: '/coop/:id/adhesion',
      getHref: (id: number | string) => `/coop/${id}/adhesion`,
    },
    ledger: {
      path: '/coop/:id/cahier',
      getHref: (id: number | string, year?: string) => `/coop/${id}/cahier${year ? `?annee=${year}` : ''}`,
    },
    actions: {
      path: '/coop/:id/actions',
      getHref: (id: number | string) => `/coop/${id}/actions`,
    },
    classes: {
      path: '/coop/:id/classes',
      getHref: (id: number | string, classLineId?: number) => `/coop/${id}/classes${classLineId != null ? `?classe=${classLineId}` : ''}`,
    },
    bank: {
      path: '/coop/:id/releves',
      getHref: (id: number | string) => `/coop/${id}/releves`,
    },
    subsidies: {
      path: '/coop/:id/subventions',
      getHref: (id: number | string) => `/coop/${id}/subventions`,
    },
    inventory: {
      path: '/coop/:id/inventaire',
      getHref: (id: number | string) => `/coop/${id}/inventaire`,
    },
    report: {
      path: '/coop/:id/compte-rendu',
      getHref: (id: number | string, year?: string) => `/coop/${id}/compte-rendu${year ? `?annee=${year}` : ''}`,
    },
    cash: {
      path: '/coop/:id/caisse',
      getHref: (id: number | string) => `/coop/${id}/caisse`,
    },
    mandataireChange: {
      path: '/coop/:id/changement-mandataire',
      getHref: (id: number | string) => `/coop/${id}/changement-mandataire`,
    },
  },
  help: {
    path: '/aide',
    getHref: () => '/aide',
  },
  verify: {
    path: '/verifier/:code?',
    getHref: (code?: string) => `/verifier${code ? `/${encodeURIComponent(code)}` : ''}`,
  },
  staff: {
    cooperatives: {
      path: '/gestion/cooperatives',
      /** A department's code, or the list's filters (status, late, year, department…), empty ones left out. */
      getHref: (query?: string | null | Record<string, string | null | undefined>) => {
        const params = new URLSearchParams();
        const entries = typeof query === 'string' ? { department: query } : (query ?? {});
        for (const [key, value] of Object.entries(entries)) if (value) params.set(key, value);
        const search = params.toString();
        return `/gestion/cooperatives${search ? `?${search}` : ''}`;
      },
    },
    dashboard: {
      path: '/gestion/tableau-de-bord',
      getHref: (query?: Record<string, string | null | undefined>) => {
        const params = new URLSearchParams();
        for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value);
        const search = params.toString();
        return `/gestion/tableau-de-bord${search ? `?${search}` : ''}`;
      },
    },
    reminders: {
      path: '/gestion/relances',
      getHref: (department?: string | null) =>
        `/gestion/relances${department ? `?department=${encodeURIComponent(department)}` : ''}`,
    },
    departments: {
      path: '/gestion/departements',
      getHref: () => '/gestion/departements',
    },
    reviewQueue: {
      path: '/gestion/validation',
      getHref: (query?: Record<string, string>) => {
        const search = new URLSearchParams(query ?? {}).toString();
        return `/gestion/validation${search ? `?${search}` : ''}`;
      },
    },
    review: {
      path: '/gestion/validation/:adhesionId',
      getHref: (adhesionId: number | string) => `/gestion/validation/${adhesionId}`,
    },
    mandataireChanges: {
      path: '/gestion/changements-mandataire',
      getHref: () => '/gestion/changements-mandataire',
    },
    mails: {
      path: '/gestion/courriels',
      getHref: () => '/gestion/courriels',
    },
    settings: {
      path: '/gestion/parametres',
      getHref: (department?: string | null) =>
        `/gestion/parametres${department ? `?department=${encodeURIComponent(department)}` : ''}`,
    },
    staffAccounts: {
      path: '/gestion/comptes',
      getHref: (department?: string | null) =>
        `/gestion/comptes${department ? `?department=${encodeURIComponent(department)}` : ''}`,
    },
    imports: {
      path: '/gestion/imports-exports',
      getHref: () => '/gestion/imports-exports',
    },
    auditLog: {
      path: '/gestion/journal',
      getHref: (query?: Record<string, string>) => {
        const search = new URLSearchParams(query ?? {}).toString();
        return `/gestion/journal${search ? `?${search}` : ''}`;
      },
    },
    apiTokens: {
      path: '/gestion/acces-api',
      getHref: () => '/gestion/acces-api',
    },
    sepa: {
      path: '/gestion/prelevements-sepa',
      getHref: (department?: string | null) =>
        `/gestion/prelevements-sepa${department ? `?department=${encodeURIComponent(department)}` : ''}`,
    },
    questionnaire: {
      path: '/gestion/questionnaire',
      getHref: () => '/gestion/questionnaire',
    },
    reports: {
      path: '/gestion/comptes-rendus',
      getHref: () => '/gestion/comptes-rendus',
    },
    controls: {
      path: '/gestion/controle-des-comptes',
      getHref: () => '/gestion/controle-des-comptes',
    },
    books: {
      path: '/gestion/cahiers',
      getHref: () => '/gestion/cahiers',
    },
    chart: {
      path: '/gestion/plan-comptable',
      getHref: ({ department, year }: { department?: string | null; year?: string | null } = {}) => {
        const query = new URLSearchParams();
        if (department) query.set('department', department);
        if (year) query.set('year', year);
        const search = query.toString();
        return `/gestion/plan-comptable${search ? `?${search}` : ''}`;
      },
    },
    tariff: {
      path: '/gestion/bareme',
      getHref: ({ department, year }: { department?: string | null; year?: string | null } = {}) => {
        const query = new URLSearchParams();
        if (department) query.set('department', department);
        if (year) query.set('year', year);
        const search = query.toString();
        return `/gestion/bareme${search ? `?${search}` : ''}`;
      },
    },
  },
} as const;
