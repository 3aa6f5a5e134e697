import { describe, expect, it } from 'vitest';
import { bicProblem, creditorIdProblem, groupIban, ibanHint, normalizeSepa } from '../sepa-checks';

describe('SEPA checks (the same as the server)', () => {
  it('accepts a valid IBAN typed with spaces or in lower case, and groups it by four', () => {
    expect(ibanHint('FR76 3000 6000 0112 3456 7890 189')).toEqual({
      valid: true,
      message: 'IBAN valide : FR76 3000 6000 0112 3456 7890 189',
    });
    expect(ibanHint('fr7630004000031234567890143').valid).toBe(true);
    expect(ibanHint('DE89 3704 0044 0532 0130 00').valid).toBe(true);
    expect(normalizeSepa(' fr76 3000-6000 ')).toBe('FR7630006000');
    expect(groupIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it('says what is wrong while typing: missing characters, a wrong key, a wrong start', () => {
    expect(ibanHint('FR76 3000 6000').message).toBe('Un IBAN français compte 27 caractères : 12 saisis, il en manque 15.');
    expect(ibanHint('FR76 3000 6000 0112 3456 7890 1890').message).toContain('1 de trop');
    expect(ibanHint('FR76 3000 6000 0112 3456 7890 188')).toEqual({
      valid: false,
      message: "Cet IBAN n'est pas valide (la clé de contrôle ne correspond pas) : vérifiez-le sur le RIB.",
    });
    expect(ibanHint('3000 6000').message).toContain('code du pays');
  });

  it('checks BICs and creditor identifiers', () => {
    expect(bicProblem('AGRIFRPP882')).toBeNull();
    expect(bicProblem('agrifrpp')).toBeNull();
    expect(bicProblem('AGRIFRPP88')).toContain('8 ou 11 caractères');
    expect(creditorIdProblem('FR72ZZZ123456')).toBeNull();
    expect(creditorIdProblem('DE98ZZZ09999999999')).toBeNull();
    expect(creditorIdProblem('FR12ZZZ123456')).toContain('clé de contrôle');
    expect(creditorIdProblem('FR72ZZZ12345')).toContain('13 caractères');
  });
});
