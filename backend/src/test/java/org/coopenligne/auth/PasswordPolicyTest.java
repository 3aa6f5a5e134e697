package org.coopenligne.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {1} problem(s)")
    @CsvSource({
            "Ma-Cooperative-2025, 0",
            "CahorsLot2025, 0",
            "cahors-lot-2025, 0",
            "abcdefghijkl, 1",
            "Ab1-, 1",
            "'', 1",
            "Xcoop0410-Lot, 1",
            "046-0410-Lot-Ab, 1",
    })
    void shouldCountTheRulesBroken(String password, int expected) {
        assertThat(PasswordPolicy.problems(password, "046-0410", "coop0410")).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource({"abcdefghij, minuscules", "Abc1, 10 caractères"})
    void shouldExplainInFrench(String password, String expectedWords) {
        assertThat(String.join(" ", PasswordPolicy.problems(password, "046-0410", "coop0410"))).contains(expectedWords);
    }
}
