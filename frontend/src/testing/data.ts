import type { components } from '@/api/generated/schema';

type Me = components['schemas']['Me'];
type Cooperative = components['schemas']['Cooperative'];

/** A test object's maker: its defaults (made anew for each object), then the fields the test sets. */
function factory<T>(defaults: () => T) {
  return (overrides: Partial<T> = {}): T => ({ ...defaults(), ...overrides });
}

export const mandataire = factory<Me>(() => ({
  id: 7,
  login: '046-0410',
  role: 'mandataire',
  displayName: 'Jean DUPONT',
  mustChangePassword: false,
  department: { id: 2, code: '046', name: 'OCCE du Lot' },
  cooperative: { id: 1, code: '046-0410', schoolName: 'École Publique Jules Ferry', city: 'LA ROSE' },
  schoolYear: '2026-2027',
}));

export const staff = factory<Me>(() => ({
  id: 3,
  login: 'staff046',
  role: 'staff',
  displayName: 'Secrétariat OCCE du Lot',
  mustChangePassword: false,
  department: { id: 2, code: '046', name: 'OCCE du Lot' },
  schoolYear: '2026-2027',
}));

export const cooperative = factory<Cooperative>(() => ({
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
}));

type Adhesion = components['schemas']['Adhesion'];
type ClassLine = components['schemas']['ClassLine'];
type FeeBreakdown = components['schemas']['FeeBreakdown'];
type Tariff = components['schemas']['Tariff'];

/**
 * Seed 003's tariff (OCCE 999): 8,00 € a cooperative, 1,73 € a pupil, 4,00 € an adult, "TOTO est content" 4,00 €.
 * Amounts are plain numbers, as the server writes them.
 */
export function seedFee(adults: number, pupils: number, { subscribed = false } = {}): FeeBreakdown {
  const cents = 800 + pupils * 173 + adults * 400 + (subscribed ? 400 : 0);
  const lines = [
    { code: 'COOPERATIVE_FEE', section: 'ADHESION', label: 'de la coopérative (forfait)', amount: 8 },
    { code: 'MEMBERSHIP_PUPILS', section: 'ADHESION', label: `des élèves (${pupils} x 1,73\u00a0€)`, amount: (pupils * 173) / 100 },
    { code: 'MEMBERSHIP_ADULTS', section: 'ADHESION', label: `des enseignants (${adults} x 4,00\u00a0€)`, amount: adults * 4 },
    {
      code: 'SUBSCRIPTION',
      section: 'OTHER',
      label: 'Abonnement à « TOTO est content »',
      amount: subscribed ? 4 : 0,
      note: subscribed ? undefined : 'non',
    },
    { code: 'VOLUNTARY', section: 'OTHER', label: 'Participation volontaire', amount: 0 },
  ];
  // openapi.yaml types amounts as objects (Money); the server sends numbers
  return { lines, total: cents / 100 } as unknown as FeeBreakdown;
}

export function classLine(overrides: Partial<ClassLine> = {}): ClassLine {
  const adults = overrides.adults ?? 1;
  const pupils = overrides.pupils ?? 20;
  return {
    id: 11,
    position: 1,
    className: 'CE1',
    teachers: 'Mme Detruc - Mlle Machin',
    teacherEmail: undefined,
    adults,
    pupils,
    total: adults + pupils,
    toConfirm: false,
    ...overrides,
  };
}

/** A draft adhesion of 999-9991 in 2026-2027, with seed 003's first two lines. */
export function adhesion(overrides: Partial<Adhesion> = {}): Adhesion {
  const lines = overrides.lines ?? [
    classLine({ id: 11, position: 1, className: 'CE1', teachers: 'Mme Detruc - Mlle Machin', adults: 2, pupils: 23 }),
    classLine({ id: 12, position: 2, className: 'CE2', teachers: 'M. Chose', adults: 1, pupils: 22 }),
  ];
  const adults = lines.reduce((sum, l) => sum + (l.adults ?? 0), 0);
  const pupils = lines.reduce((sum, l) => sum + (l.pupils ?? 0), 0);
  return {
    id: 5,
    cooperativeId: 1,
    cooperativeCode: '999-9991',
    schoolYear: '2026-2027',
    status: 'DRAFT',
    statusLabel: 'Saisie en cours',
    late: false,
    lines,
    totals: { lines: lines.length, adults, pupils, members: adults + pupils },
    declarations: {
      insured: false,
      propertyValue: 0,
      instrumentValue: 0,
      subscriptionIds: [],
      voluntaryParticipation: 0,
    },
    fee: seedFee(adults, pupils),
    repricingNeeded: false,
    campaign: {
      opensOn: '2026-09-01',
      deadline: '2026-09-30',
      open: true,
      afterDeadline: true,
      tariffDefined: true,
      insuranceMandatory: false,
      paymentMeans: ['TRANSFER', 'CHEQUE'],
      subscriptions: [
        { id: 31, name: 'TOTO est content', price: 4 },
        { id: 32, name: "Les Coopains d'accord", price: 5 },
      ],
      propertyThreshold: 2000,
      instrumentThreshold: 15000,
    },
    previousYear: { schoolYear: '2025-2026', lineCount: 0 },
    version: 4,
    ...overrides,
  };
}

/** The 2026-2027 tariff of the OCCE 999 (seed 003). */
export const tariff = factory<Tariff>(() => ({
  id: 9,
  departmentCode: '999',
  schoolYear: '2026-2027',
  cooperativeFee: 8,
  membershipMode: 'SPLIT',
  membershipPupilRate: 1.73,
  membershipAdultRate: 4,
  insuranceMandatory: false,
  insuranceMode: 'PER_MEMBER',
  insuranceRate: 0,
  propertyThreshold: 2000,
  propertyRate: 0.01,
  instrumentThreshold: 15000,
  instrumentRate: 0.008,
  opensOn: '2026-09-01',
  deadline: '2026-09-30',
  paymentMeans: ['TRANSFER', 'CHEQUE'],
  subscriptions: [
    { id: 31, name: 'TOTO est content', price: 4 },
    { id: 32, name: "Les Coopains d'accord", price: 5 },
  ],
  version: 2,
}));

type ReviewQueueItem = components['schemas']['ReviewQueueItem'];
type UploadedDocument = components['schemas']['Document'];
type MandataireChange = components['schemas']['MandataireChange'];
type MailMessage = components['schemas']['MailMessage'];

/** A line of the review queue: 999-9991's adhesion, sent and waiting for its payment and engagement check. */
export const reviewQueueItem = factory<ReviewQueueItem>(() => ({
  adhesionId: 5,
  cooperativeId: 1,
  cooperativeCode: '999-9991',
  schoolName: 'École maternelle Les Tilleuls',
  city: 'SUPER VILLE',
  schoolYear: '2026-2027',
  status: 'SUBMITTED',
  statusLabel: 'Envoyée',
  submittedAt: '2026-09-25T14:05:00Z',
  late: false,
  amountDue: 1157.11,
  paymentMeans: 'CHEQUE',
  members: 67,
  paymentReceived: false,
  engagementUploaded: true,
  engagementReceived: false,
  mandataireChangeForm: 'NONE',
  version: 6,
}));

/** 999-9991's adhesion as staff review it: sent on 25/09/2026 with 1 157,11 € due by cheque, its engagement uploaded. */
export function submittedAdhesion(overrides: Partial<Adhesion> = {}): Adhesion {
  const base = adhesion();
  return adhesion({
    status: 'SUBMITTED',
    statusLabel: "Le paiement n'est pas validé",
    submittedAt: '2026-09-25T14:05:00Z',
    submittedAmount: 1157.11,
    declarations: { ...base.declarations, paymentMeans: 'CHEQUE' },
    review: {
      paymentReceived: false,
      engagementUploaded: true,
      engagementReceived: false,
      mandataireChangeForm: 'NONE',
    },
    version: 6,
    ...overrides,
  });
}

/** An uploaded file: by default the current signed engagement of 999-9991. */
export const uploadedDocument = factory<UploadedDocument>(() => ({
  id: 51,
  kind: 'ENGAGEMENT',
  kindLabel: 'Engagement du mandataire signé',
  name: 'engagement-signe.pdf',
  contentType: 'application/pdf',
  size: 183442,
  sha256: 'ab'.repeat(32),
  uploadedAt: '2026-09-24T08:30:00Z',
  uploadedBy: '999-9991',
  current: true,
  contentPath: '/api/documents/51/content',
}));

/** A pending request of 999-9991: Marie MARTIN as new mandataire, with its three papers. */
export const mandataireChange = factory<MandataireChange>(() => ({
  id: 21,
  cooperativeId: 1,
  cooperativeCode: '999-9991',
  status: 'PENDING',
  newMandataireName: 'Marie MARTIN',
  newMandataireEmail: 'marie.martin@example.fr',
  newMandatairePhone: '06 12 34 56 78',
  newCoSignatories: 'Paul DURAND\nLucie PETIT',
  createdAt: '2026-09-20T09:00:00Z',
  createdBy: '999-9991',
  documents: [
    uploadedDocument({ id: 61, kind: 'MANDATAIRE_CHANGE_FORM', kindLabel: 'Formulaire de changement signé', name: 'formulaire.pdf' }),
    uploadedDocument({ id: 62, kind: 'ID_COPY', kindLabel: "Pièce d'identité", name: 'cni.jpg', contentType: 'image/jpeg' }),
    uploadedDocument({ id: 63, kind: 'PROOF_OF_ADDRESS', kindLabel: 'Justificatif de domicile', name: 'facture.pdf' }),
  ],
  version: 1,
}));

/** An email of the outbox: 999-9991's validation, sent. */
export const mailMessage = factory<MailMessage>(() => ({
  id: 81,
  kind: 'ADHESION_VALIDATED',
  recipient: 'ce.9999991x@ac-demo.fr',
  subject: 'Votre adhésion 2026 - 2027 est validée',
  body: "Bonjour,\n\nL'OCCE a validé l'adhésion 2026 - 2027 de la coopérative 999-9991 (code d'enregistrement 26/0001 S).\n\nOCCE Démonstration\n",
  createdAt: '2026-09-26T10:00:00Z',
  sentAt: '2026-09-26T10:00:05Z',
}));
