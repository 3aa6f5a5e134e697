import type { components } from '@/api/generated/schema';

type Me = components['schemas']['Me'];
type Cooperative = components['schemas']['Cooperative'];

export function mandataire(overrides: Partial<Me> = {}): Me {
  return {
    id: 7,
    login: '046-0410',
    role: 'mandataire',
    displayName: 'Jean DUPONT',
    mustChangePassword: false,
    department: { id: 2, code: '046', name: 'OCCE du Lot' },
    cooperative: { id: 1, code: '046-0410', schoolName: 'École Publique Jules Ferry', city: 'LA ROSE' },
    schoolYear: '2026-2027',
    ...overrides,
  };
}

export function staff(overrides: Partial<Me> = {}): Me {
  return {
    id: 3,
    login: 'staff046',
    role: 'staff',
    displayName: 'Secrétariat OCCE du Lot',
    mustChangePassword: false,
    department: { id: 2, code: '046', name: 'OCCE du Lot' },
    schoolYear: '2026-2027',
    ...overrides,
  };
}

export function cooperative(overrides: Partial<Cooperative> = {}): Cooperative {
  return {
    id: 1,
    code: '046-0410',
    departmentCode: '046',
    number: '0410',
    schoolName: 'École Publique Jules Ferry',
    schoolType: 'École primaire publique',
    addressLine: "2 rue de l'École",
    postalCode: '46120',
    city: 'LA ROSE',
    uai: '0460410N',
    schoolEmail: 'ce.0460410n@ac-toulouse.fr',
    mandataireName: 'Jean DUPONT',
    mandataireEmail: 'jdp@gmail.com',
    coSignatories: 'Jeanne LECLAIR\nNorbert DUROC',
    bankName: 'Banque Postale',
    bankAccount: '9 999 99 X',
    version: 3,
    ...overrides,
  };
}
