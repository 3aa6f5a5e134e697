package org.coopenligne.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopenligne.common.money.Money;
import org.junit.jupiter.api.Test;

class FrenchFormatTest {

    @Test
    void shouldFormatAmountsLikeMoney() {
        assertThat(FrenchFormat.money(new BigDecimal("1157.11"))).isEqualTo("1\u202F157,11\u00A0€")
                .isEqualTo(Money.of("1157.11").format());
        assertThat(FrenchFormat.money(new BigDecimal("2000"))).isEqualTo("2\u202F000,00\u00A0€");
        assertThat(FrenchFormat.money(null)).isEqualTo("0,00\u00A0€");
    }

    @Test
    void shouldFormatDatesAndSchoolYears() {
        assertThat(FrenchFormat.date(LocalDate.of(2026, 11, 23))).isEqualTo("23/11/2026");
        assertThat(FrenchFormat.schoolYear("2025-2026")).isEqualTo("2025 - 2026");
        assertThat(FrenchFormat.schoolYear("2025 - 2026")).isEqualTo("2025 - 2026");
        assertThat(PdfRenderer.validity("2025-2026")).isEqualTo("du 01/09/2025 au 31/08/2026");
    }

    @Test
    void shouldWriteDepartmentAsSubjectAndObject() {
        assertThat(FrenchFormat.subject("OCCE du Lot")).isEqualTo("L'OCCE du Lot");
        assertThat(FrenchFormat.object("OCCE du Lot")).isEqualTo("l'OCCE du Lot");
        assertThat(FrenchFormat.subject("Association départementale 46")).isEqualTo("L'Association départementale 46");
        assertThat(FrenchFormat.subject("Coop 46")).isEqualTo("Coop 46");
        assertThat(FrenchFormat.object("Coop 46")).isEqualTo("Coop 46");
    }

    @Test
    void shouldCountMembers() {
        assertThat(FrenchFormat.members(4, 57, "adhérent")).isEqualTo("4 adultes, 57 élèves, soit 61 adhérents");
        assertThat(FrenchFormat.members(1, 0, "personne")).isEqualTo("1 adulte, 0 élève, soit 1 personne");
    }
}
