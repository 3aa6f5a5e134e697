/**
 * The same checks as the server (SepaRules.java), for a live hint while typing: IBAN (length of the country,
 * ISO 13616 mod 97), BIC (ISO 9362, 8 or 11 characters).
 */

const IBAN_LENGTHS: Record<string, number> = {
  FR: 27, MC: 27, DE: 22, BE: 16, LU: 20, ES: 24, IT: 27, PT: 25, NL: 18, AT: 20, CH: 21, GB: 22, IE: 22,
  AD: 24, FI: 18, GR: 27, SE: 24, DK: 18, NO: 15, PL: 28, SM: 27, VA: 22, LI: 21, MT: 31, CY: 28,
};

/** Spaces (and hyphens or dots) removed, upper case. */
export function normalizeSepa(value: string): string {
  return value.replace(/[\s.\-\u00a0\u202f]/g, '').toUpperCase();
}

/** "FR7630006000011234567890189" → "FR76 3000 6000 0112 3456 7890 189". */
export function groupIban(value: string): string {
  return normalizeSepa(value).replace(/(.{4})(?!$)/g, '$1 ');
}

function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (const c of alphanumeric) {
    const digits = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}

export type IbanHint = { valid: boolean; message: string };

/** What to say under the IBAN field while it is typed. */
export function ibanHint(raw: string): IbanHint {
  const v = normalizeSepa(raw);
  if (v === '') return { valid: false, message: 'Un IBAN français compte 27 caractères : FR76 suivi de 23 chiffres et lettres.' };
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]*$/.test(v) || v.length < 4) {
    return { valid: false, message: 'Un IBAN commence par le code du pays et deux chiffres de contrôle (FR76…), puis des lettres et chiffres.' };
  }
  const expected = IBAN_LENGTHS[v.slice(0, 2)];
  if (expected && v.length !== expected) {
    const country = v.startsWith('FR') ? 'français' : `de ce pays (${v.slice(0, 2)})`;
    return {
      valid: false,
      message: `Un IBAN ${country} compte ${expected} caractères : ${v.length} saisis${v.length < expected ? `, il en manque ${expected - v.length}` : `, ${v.length - expected} de trop`}.`,
    };
  }
  if (!expected && (v.length < 15 || v.length > 34)) return { valid: false, message: 'Un IBAN compte de 15 à 34 caractères.' };
  if (mod97(v.slice(4) + v.slice(0, 4)) !== 1) {
    return { valid: false, message: "Cet IBAN n'est pas valide (la clé de contrôle ne correspond pas) : vérifiez-le sur le RIB." };
  }
  return { valid: true, message: `IBAN valide : ${groupIban(v)}` };
}

/** null when the BIC has the ISO 9362 shape. */
export function bicProblem(raw: string): string | null {
  const v = normalizeSepa(raw);
  if (v === '') return 'Indiquez le BIC de la banque.';
  return /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/.test(v)
    ? null
    : 'Un BIC compte 8 ou 11 caractères : 4 lettres pour la banque, 2 pour le pays, 2 pour la ville, et éventuellement 3 pour l’agence (ex. : AGRIFRPP882).';
}

/** The SEPA creditor identifier (ICS): 98 - (national id + country + "00") mod 97 are its check digits. */
export function creditorIdProblem(raw: string): string | null {
  const v = normalizeSepa(raw);
  if (v === '') return "Indiquez l'identifiant créancier SEPA (ICS) du département.";
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/.test(v)) {
    return "Un identifiant créancier SEPA (ICS) s'écrit comme FR72ZZZ123456 : pays, deux chiffres de contrôle, trois caractères de code d'activité, puis l'identifiant national.";
  }
  if (v.startsWith('FR') && v.length !== 13) return `Un identifiant créancier SEPA (ICS) français compte 13 caractères ; celui-ci en a ${v.length}.`;
  const check = 98 - mod97(v.slice(7) + v.slice(0, 2) + '00');
  if (v.slice(2, 4) !== String(check).padStart(2, '0')) {
    return "Cet identifiant créancier SEPA (ICS) n'est pas valide (la clé de contrôle ne correspond pas).";
  }
  return null;
}
