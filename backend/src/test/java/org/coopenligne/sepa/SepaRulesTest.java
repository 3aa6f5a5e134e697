package org.coopenligne.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SepaRulesTest {

    @Test
    void shouldAcceptValidIbansWrittenWithSpacesOrInLowerCase() {
        assertThat(SepaRules.ibanProblem("FR76 3000 6000 0112 3456 7890 189")).isNull();
        assertThat(SepaRules.ibanProblem("fr7630004000031234567890143")).isNull();
        assertThat(SepaRules.ibanProblem("DE89 3704 0044 0532 0130 00")).isNull();
        assertThat(SepaRules.ibanProblem("BE68 5390 0754 7034")).isNull();
        assertThat(SepaRules.normalize(" fr76 3000 6000 0112 3456 7890 189 ")).isEqualTo("FR7630006000011234567890189");
    }

    @Test
    void shouldRefuseAWrongCheckDigitAWrongLengthOrAWrongShapeInFrench() {
        assertThat(SepaRules.ibanProblem("FR76 3000 6000 0112 3456 7890 188")).contains("clé de contrôle");
        assertThat(SepaRules.ibanProblem("FR77 3000 6000 0112 3456 7890 189")).contains("clé de contrôle");
        assertThat(SepaRules.ibanProblem("FR76 3000 6000 0112 3456 7890 18")).isEqualTo(
                "Un IBAN français compte 27 caractères ; celui-ci en a 26.");
        assertThat(SepaRules.ibanProblem("3000 6000 0112 3456 7890 189")).contains("code du pays");
        assertThat(SepaRules.ibanProblem("FR76 3000 6000 0112 3456 7890 1é9")).contains("code du pays");
        assertThat(SepaRules.ibanProblem("  ")).isEqualTo("Indiquez l'IBAN du compte.");
    }

    @Test
    void shouldCheckBicsAsIso9362() {
        assertThat(SepaRules.bicProblem("AGRIFRPP")).isNull();
        assertThat(SepaRules.bicProblem("agrifrpp882")).isNull();
        assertThat(SepaRules.bicProblem("BNPAFRPPXXX")).isNull();
        assertThat(SepaRules.bicProblem("AGRIFRPP88")).contains("8 ou 11 caractères");
        assertThat(SepaRules.bicProblem("AGR1FRPP")).contains("8 ou 11 caractères");
        assertThat(SepaRules.bicProblem("AGRIFR")).contains("8 ou 11 caractères");
    }

    @Test
    void shouldCheckCreditorIdentifiersWithMod97LeavingOutTheBusinessCode() {
        // The EPC's own example (EPC262-08) and French ones computed by hand: 98 - (123456 F R 0 0 → 1234561527 00) mod 97 = 72.
        assertThat(SepaRules.creditorIdProblem("DE98ZZZ09999999999")).isNull();
        assertThat(SepaRules.creditorIdProblem("FR72ZZZ123456")).isNull();
        assertThat(SepaRules.creditorIdProblem("FR72ABC123456")).as("the business code is not in the check").isNull();
        assertThat(SepaRules.creditorIdProblem("fr65 zzz 564738")).isNull();
        assertThat(SepaRules.creditorIdProblem("FR12ZZZ123456")).contains("clé de contrôle");
        assertThat(SepaRules.creditorIdProblem("FR72ZZZ1234567")).contains("13 caractères");
        assertThat(SepaRules.creditorIdProblem("ZZZ123456")).contains("FR12ZZZ123456");
    }

    @Test
    void shouldRestrictTextToTheSepaLatinSetAndMaskIbans() {
        assertThat(SepaRules.latin("École élémentaire « Les Œillets » & Cie_n°3", 70))
                .isEqualTo("Ecole elementaire Les OEillets + Cie-n 3");
        assertThat(SepaRules.latin("Ça  va ? (oui) : 1/2, l’été +", 140)).isEqualTo("Ca va ? (oui) : 1/2, l'ete +");
        assertThat(SepaRules.latin("a".repeat(80), 70)).hasSize(70);
        assertThat(SepaRules.mask("FR7630006000011234567890189")).isEqualTo("FR76 •••• 0189");
    }
}
