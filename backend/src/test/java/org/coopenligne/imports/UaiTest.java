package org.coopenligne.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UaiTest {

    @Test
    void shouldComputeTheCheckLetterFromTheSevenDigits() {
        // 0460410 → 460410 = 23 × 20017 + 19 → the 20th letter of ABCDEFGHJKLMNPRSTUVWXYZ
        assertThat(Uai.checkLetter("0460410")).isEqualTo('W');
        assertThat(Uai.checkLetter("0000000")).isEqualTo('A');
        assertThat(Uai.checkLetter("0000022")).isEqualTo('Z');
        assertThat(Uai.problem("0460410W")).isNull();
    }

    @Test
    void shouldRefuseAWrongLetterOrFormatInFrench() {
        assertThat(Uai.problem("0460410A")).contains("la lettre de contrôle attendue pour 0460410 est W");
        assertThat(Uai.problem("046041W")).contains("7 chiffres suivis d'une lettre");
        assertThat(Uai.problem("04604100")).contains("7 chiffres suivis d'une lettre");
    }
}
