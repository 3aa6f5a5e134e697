import type { components } from '@/api/generated/schema';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { LEDGER_MEANS_LABELS } from '@/features/ledger/api/ledger';
import { ADHESION_STATUSES, PAYMENT_MEANS_LABELS } from '@/lib/wording';

export type AuditAction = components['schemas']['AuditAction'];

/** What each action of the log did, in the staff's words; typed on the API's list, so a new action needs its label. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  LOGIN: 'Connexion',
  LOGOUT: 'Déconnexion',
  PASSWORD_CHANGED: 'Mot de passe changé',
  PASSWORD_RESET: 'Mot de passe réinitialisé',
  STAFF_ACCOUNT_CREATED: 'Compte de l’équipe créé',
  STAFF_ACCOUNT_UPDATED: 'Compte de l’équipe modifié',
  STAFF_ACCOUNT_DISABLED: 'Compte de l’équipe désactivé',
  API_TOKEN_CREATED: 'Jeton d’accès créé',
  API_TOKEN_REVOKED: 'Jeton d’accès révoqué',
  DEPARTMENT_CREATED: 'Département créé',
  DEPARTMENT_UPDATED: 'Département modifié',
  DEPARTMENT_SETTINGS_UPDATED: 'Paramètres du département modifiés',
  TARIFF_CREATED: 'Tarif créé',
  TARIFF_UPDATED: 'Tarif modifié',
  TARIFF_COPIED: 'Tarif recopié de l’année précédente',
  COOPERATIVES_IMPORTED: 'Coopératives importées',
  COOPERATIVE_IDENTITY_UPDATED: 'Identité de la coopérative modifiée',
  MANDATAIRE_CHANGED: 'Mandataire changé',
  MANDATAIRE_CHANGE_REQUESTED: 'Changement de mandataire demandé',
  MANDATAIRE_CHANGE_ACCEPTED: 'Changement de mandataire accepté',
  MANDATAIRE_CHANGE_REFUSED: 'Changement de mandataire refusé',
  ADHESION_OPENED: 'Adhésion commencée',
  CLASS_LINE_ADDED: 'Classe ajoutée',
  CLASS_LINE_UPDATED: 'Classe modifiée',
  CLASS_LINE_DELETED: 'Classe supprimée',
  ADHESION_DECLARED: 'Déclarations enregistrées',
  ENGAGEMENT_UPLOADED: 'Engagement signé déposé',
  DOCUMENT_UPLOADED: 'Document déposé',
  ADHESION_SUBMITTED: 'Adhésion envoyée à l’OCCE',
  ADHESION_REVIEWED: 'Vérification de l’adhésion enregistrée',
  ADHESION_CORRECTION_REQUESTED: 'Correction demandée',
  ADHESION_VALIDATED: 'Adhésion validée',
  ADHESION_REOPENED: 'Adhésion rouverte',
  CERTIFICATE_ISSUED: 'Attestation délivrée',
  CERTIFICATE_REVOKED: 'Attestation annulée',
  REMINDER_CREATED: 'Relance envoyée',
  SEPA_CREDITOR_CREATED: 'Créancier SEPA enregistré',
  SEPA_CREDITOR_UPDATED: 'Créancier SEPA modifié',
  SEPA_MANDATE_CREATED: 'Mandat de prélèvement enregistré',
  SEPA_MANDATE_UPDATED: 'Mandat de prélèvement modifié',
  SEPA_BATCH_CREATED: 'Fichier de prélèvements créé',
  LEDGER_ENTRY_CREATED: 'Opération écrite au cahier de compta.',
  LEDGER_ENTRY_UPDATED: 'Opération modifiée au cahier de compta.',
  LEDGER_ENTRY_DELETED: 'Opération supprimée du cahier de compta.',
  LEDGER_OPENING_SET: 'Soldes d’ouverture saisis',
  LEDGER_ENTRY_CLEARED: 'Opération pointée sur un relevé',
  LEDGER_ENTRY_UNCLEARED: 'Pointage retiré',
  CASH_COUNT_CREATED: 'Arrêté de caisse enregistré',
  CASH_COUNT_UPDATED: 'Arrêté de caisse corrigé',
  CASH_COUNT_DELETED: 'Arrêté de caisse supprimé',
  BANK_STATEMENT_IMPORTED: 'Relevé de banque importé',
  BANK_LINE_MATCHED: 'Ligne de relevé pointée',
  BANK_LINE_UNMATCHED: 'Ligne de relevé dépointée',
  SUBSIDY_CREATED: 'Subvention enregistrée',
  SUBSIDY_UPDATED: 'Subvention modifiée',
  SUBSIDY_DELETED: 'Subvention supprimée',
  INVENTORY_ITEM_CREATED: "Bien ajouté à l'inventaire",
  INVENTORY_ITEM_UPDATED: "Bien de l'inventaire modifié",
  INVENTORY_ITEM_DELETED: "Bien retiré de l'inventaire",
  LEDGER_ACTION_CREATED: 'Action pédagogique créée',
  LEDGER_ACTION_UPDATED: 'Action pédagogique renommée',
  LEDGER_ACTION_DELETED: 'Action pédagogique supprimée',
  LEDGER_HEADING_SET: 'Rubrique du plan comptable ajoutée ou renommée',
  LEDGER_HEADING_REMOVED: 'Rubrique du plan comptable retirée',
  REPORT_SAVED: 'Compte-rendu enregistré',
  REPORT_SUBMITTED: "Compte-rendu envoyé à l'OCCE",
  REPORT_CORRECTION_REQUESTED: 'Correction du compte-rendu demandée',
  REPORT_VALIDATED: "Compte-rendu validé (année close)",
  REPORT_REOPENED: 'Compte-rendu rouvert',
  REPORT_QUESTIONNAIRE_SET: 'Questionnaire du compte-rendu modifié',
};

/** The actions in the order of the filter's list (alphabetical in French). */
export const AUDIT_ACTION_OPTIONS = (Object.entries(AUDIT_ACTION_LABELS) as [AuditAction, string][])
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'fr'));

/** What a change is about: the API's entity types, in French. */
export const ENTITY_LABELS: Record<string, string> = {
  Adhesion: 'Adhésion',
  ApiToken: 'Jeton d’accès',
  Certificate: 'Attestation',
  Cooperative: 'Coopérative',
  BankLine: 'Ligne de relevé',
  BankStatementImport: 'Relevé de banque',
  CashCount: 'Arrêté de caisse',
  CooperativeImport: 'Import de coopératives',
  Department: 'Département',
  Document: 'Document',
  LedgerAction: 'Action pédagogique',
  LedgerEntry: 'Opération du cahier',
  LedgerHeading: 'Rubrique du plan comptable',
  LedgerOpening: 'Soldes d’ouverture',
  MandataireChange: 'Changement de mandataire',
  ReminderCampaign: 'Relance',
  SepaBatch: 'Fichier de prélèvements',
  SepaCreditor: 'Créancier SEPA',
  SepaMandate: 'Mandat de prélèvement',
  InventoryItem: "Bien de l'inventaire",
  Subsidy: 'Subvention',
  Tariff: 'Tarif',
  UserAccount: 'Compte utilisateur',
};

export function entityLabel(type: string | undefined): string {
  return type ? (ENTITY_LABELS[type] ?? type) : '—';
}

/** The roles of who acted. */
const ROLE_LABELS: Record<string, string> = {
  admin: 'fédération',
  staff: 'équipe départementale',
  mandataire: 'mandataire',
  cooperative: 'mandataire',
  api: 'logiciel tiers',
};

export function roleLabel(role: string | undefined): string | undefined {
  return role ? (ROLE_LABELS[role] ?? role) : undefined;
}

/** The fields of the changes (the API's names) as the screens label them. */
const FIELD_LABELS: Record<string, string> = {
  // adhesion: review, declarations, lines
  status: 'État',
  lines: 'Classes',
  paymentReceived: 'Paiement reçu',
  paymentAmount: 'Montant reçu',
  paymentMethod: 'Moyen de paiement reçu',
  paymentReference: 'Référence du paiement',
  paymentDate: 'Date du paiement',
  paymentMeans: 'Moyen de paiement',
  engagementUploaded: 'Engagement déposé',
  engagementReceived: 'Engagement vérifié',
  mandataireChangeForm: 'Formulaire de changement de mandataire',
  registrationCode: 'Code d’enregistrement',
  validatedAt: 'Validée le',
  reopenReason: 'Motif de réouverture',
  reason: 'Motif',
  message: 'Message',
  insured: 'Assurée',
  propertyValue: 'Valeur des biens',
  instrumentValue: 'Valeur des instruments',
  subscriptionIds: 'Abonnements',
  voluntaryParticipation: 'Participation volontaire',
  documentId: 'Document n°',
  position: 'Rang',
  order: 'Rang',
  className: 'Classe',
  teachers: 'Enseignant(s)',
  teacherEmail: 'Courriel de l’enseignant',
  adults: 'Adultes',
  pupils: 'Élèves',
  total: 'Total',
  toConfirm: 'À confirmer',
  // cooperative, department
  code: 'Code',
  number: 'Numéro',
  departmentCode: 'Département',
  schoolName: 'École',
  school: 'École',
  schoolType: 'Type d’école',
  addressLine: 'Adresse',
  postalCode: 'Code postal',
  city: 'Commune',
  uai: 'UAI',
  schoolEmail: 'Courriel de l’école',
  schoolPhone: 'Téléphone de l’école',
  mandataireName: 'Mandataire',
  mandataireEmail: 'Courriel du mandataire',
  mandatairePhone: 'Téléphone du mandataire',
  coSignatories: 'Co-signataires',
  bankName: 'Banque',
  bankAccount: 'Compte bancaire',
  name: 'Nom',
  email: 'Courriel',
  phone: 'Téléphone',
  website: 'Site internet',
  contactName: 'Contact',
  openingHours: 'Horaires d’ouverture',
  insurerName: 'Assureur',
  insurerDetails: 'Garanties de l’assureur',
  insuranceContract: 'Contrat d’assurance',
  emailTemplates: 'Modèles de courriels',
  // tariff
  schoolYear: 'Année scolaire',
  cooperativeFee: 'Cotisation de la coopérative',
  membershipMode: 'Mode de l’adhésion',
  membershipRate: 'Taux de l’adhésion',
  membershipPupilRate: 'Adhésion par élève',
  membershipAdultRate: 'Adhésion par adulte',
  insuranceMandatory: 'Assurance obligatoire',
  insuranceMode: 'Mode de l’assurance',
  insuranceRate: 'Taux de l’assurance',
  insurancePupilRate: 'Assurance par élève',
  insuranceAdultRate: 'Assurance par adulte',
  propertyThreshold: 'Seuil des biens',
  propertyRate: 'Taux des biens',
  instrumentThreshold: 'Seuil des instruments',
  instrumentRate: 'Taux des instruments',
  opensOn: 'Ouverture',
  deadline: 'Date limite',
  subscriptions: 'Abonnements',
  // accounts, tokens, imports, reminders, SEPA, ledger
  login: 'Identifiant',
  displayName: 'Nom affiché',
  enabled: 'Actif',
  mustChangePassword: 'Mot de passe à changer',
  address: 'Adresse IP',
  revokedAt: 'Révoqué le',
  fileName: 'Fichier',
  count: 'Nombre',
  size: 'Taille',
  subject: 'Objet du courriel',
  body: 'Texte du courriel',
  filter: 'Filtre',
  selection: 'Sélection',
  late: 'En retard',
  kind: 'Type',
  reference: 'Référence',
  amount: 'Montant',
  amountIn: 'Recette',
  amountOut: 'Dépense',
  date: 'Date',
  label: 'Libellé',
  heading: 'Rubrique',
  parts: 'Ventilation',
  treasury: 'Trésorerie',
  bank: 'Banque',
  cash: 'Caisse',
  countedOn: 'Compté le',
  format: 'Format',
  lineCount: 'Lignes du relevé',
  addedCount: 'Lignes nouvelles',
  closingBalance: 'Solde du relevé',
  closingDate: 'Solde au',
  firstDate: 'Du',
  lastDate: 'Au',
  importedBy: 'Importé par',
  importedAt: 'Importé le',
  entry: 'Opération',
  suggestedKind: 'Type proposé',
  suggestedMeans: 'Moyen proposé',
  bankAmount: 'Montant en banque',
  acquiredOn: "Date d'achat",
  actionId: 'Action pédagogique n°',
  disposedOn: "Sorti de l'inventaire le",
  entryId: 'Opération n°',
  entryVoucherNumber: 'N° de pièce',
  funderType: 'Financeur (type)',
  funderName: 'Financeur',
  purpose: 'Objet',
  amountGranted: 'Montant accordé',
  decidedOn: 'Décidée le',
  receipts: 'Versements reçus',
  received: 'Reçu',
  expected: 'Attendu',
  countedBy: 'Compté par',
  quantities: 'Billets et pièces',
  quantity: 'Nombre',
  value: 'Valeur',
  bookBalance: 'Caisse au cahier',
  difference: 'Écart',
  adhesionId: 'Adhésion n°',
  verificationCode: 'Code de vérification',
  type: 'Type',
  iban: 'IBAN',
  ibanMasked: 'IBAN',
  bic: 'BIC',
  country: 'Pays',
  signatureDate: 'Signé le',
  identifier: 'Identifiant créancier (ICS)',
  messageId: 'Référence du fichier',
  means: 'Moyen de paiement',
  collectionDate: 'Date du prélèvement',
  controlSum: 'Montant total',
  refusedCount: 'Écartés',
  files: 'Fichiers',
  createdAt: 'Créé le',
  createdBy: 'Créé par',
  updatedAt: 'Modifié le',
  updatedBy: 'Modifié par',
  cooperativeId: 'Coopérative n°',
  cooperativeCode: 'Coopérative',
  version: 'Version',
  sha256: 'Empreinte du fichier (SHA-256)',
  firstCode: 'Premier code',
  lastCode: 'Dernier code',
  recipientCount: 'Destinataires',
  progress: 'Avancement',
  pending: 'En attente',
  sent: 'Envoyés',
  failed: 'En échec',
  skippedNoEmail: 'Sans adresse',
  skippedRecent: 'Déjà relancées',
  kindLabel: 'Type',
  contentType: 'Format',
  uploadedAt: 'Déposé le',
  uploadedBy: 'Déposé par',
  current: 'En vigueur',
  title: 'Titre',
  issuedAt: 'Délivré le',
  prefix: 'Début du jeton',
  characters: 'Longueur',
  lastUsedAt: 'Dernier usage',
  revokedBy: 'Révoqué par',
  active: 'Actif',
  newMandataireName: 'Nouveau mandataire',
  newMandataireEmail: 'Courriel du nouveau mandataire',
  refusalReason: 'Motif du refus',
  chequeNumber: 'N° du chèque',
  voucherNumber: 'N° de pièce',
  clearedOn: 'Pointée au relevé du',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** Fields holding euros. */
const MONEY_FIELDS = new Set([
  'paymentAmount',
  'amount',
  'amountIn',
  'amountOut',
  'propertyValue',
  'instrumentValue',
  'cooperativeFee',
  'membershipPupilRate',
  'membershipAdultRate',
  'insurancePupilRate',
  'insuranceAdultRate',
  'propertyThreshold',
  'instrumentThreshold',
  'totalAmount',
  'controlSum',
  'bank',
  'cash',
]);

/** Codes the API writes in values (statuses, ways to pay), in the screens' words. */
const CODE_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ADHESION_STATUSES).map(([code, s]) => [code, s.label])),
  // the ledger's means first: the adhesion's words win for the codes both have (CHEQUE, TRANSFER)
  ...LEDGER_MEANS_LABELS,
  ...PAYMENT_MEANS_LABELS,
  MEMBERSHIP: 'attestation d’adhésion',
  INSURANCE: 'certificat d’assurance',
  ENGAGEMENT: 'engagement signé',
  VOUCHER: 'pièce justificative',
  PENDING: 'en attente',
  ACCEPTED: 'accepté',
  REFUSED: 'refusé',
  RECEIVED: 'reçu',
  NONE: 'sans objet',
  PER_MEMBER: 'un taux par membre',
  BANK: 'banque',
  SPLIT: 'un taux par élève, un par adulte',
};

/** A ledger entry's kind: its code TRANSFER is also a way to pay an adhesion, so it is read by its field. */
const ENTRY_KIND_LABELS: Record<string, string> = { INCOME: 'recette', CHARGE: 'dépense', TRANSFER: 'virement interne' };

/** A value of a change as the screens would write it: euros, dates, oui/non, labels of codes; "—" for none. */
export function auditValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number' && MONEY_FIELDS.has(field)) return formatMoney(value);
  if (typeof value === 'string') {
    if (field === 'kind' && ENTRY_KIND_LABELS[value]) return ENTRY_KIND_LABELS[value];
    if (MONEY_FIELDS.has(field) && /^-?\d+(\.\d+)?$/.test(value)) return formatMoney(Number(value));
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
    return CODE_LABELS[value] ?? value;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => auditValue(field, v)).join(', ') || '—';
    return value.length === 1 ? '1 élément' : `${value.length} éléments`;
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${fieldLabel(k)} : ${auditValue(k, v)}`)
      .join(' ; ');
  }
  return String(value);
}
