package org.coopenligne.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopenligne.support.Fixtures;
import org.coopenligne.support.Pdfs;
import org.junit.jupiter.api.Test;

/** The printed ledger: several pages, the header row on each, « À reporter » at a page's foot equal to « Report » at the next one's head. */
@QuarkusTest
class LedgerPdfResourceTest {

    private static final String AMOUNTS = "(-?[0-9 ]+,[0-9]{2}) € (-?[0-9 ]+,[0-9]{2}) € (-?[0-9 ]+,[0-9]{2}) € (-?[0-9 ]+,[0-9]{2}) €";

    @Inject Fixtures fixtures;

    @Test
    void shouldPrintTheYearOverPagesWithCarriedForwardTotals() {
        String department = fixtures.newDepartment();
        Fixtures.Coop coop = fixtures.newActiveCooperative(department);
        String mandataire = fixtures.tokenOf(coop.login());
        String entries = "/api/cooperatives/" + coop.id() + "/ledger-entries";
        as(mandataire).contentType(ContentType.JSON).body(Map.of("bank", new BigDecimal("500.00"), "cash", new BigDecimal("20.00")))
                .put("/api/cooperatives/" + coop.id() + "/ledger/openings/2025-2026").then().statusCode(200);
        int count = 90;
        for (int i = 1; i <= count; i++) {
            boolean income = i % 3 != 0;
            as(mandataire).contentType(ContentType.JSON).body(Map.of("date", "2025-09-%02d".formatted(1 + i % 28), "label",
                            (income ? "Vente de gâteaux n° " : "Achat de fournitures n° ") + i, "amount", income ? 10 : new BigDecimal("3.25"),
                            "kind", income ? "INCOME" : "CHARGE", "means", income ? "CASH" : "TRANSFER",
                            "parts", List.of(Map.of("heading", income ? "7068" : "6068"))))
                    .post(entries).then().statusCode(201);
        }

        Response r = as(fixtures.tokenOf(fixtures.newStaff(department))).get("/api/cooperatives/" + coop.id() + "/ledger/export.pdf?year=2025-2026");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/pdf");
        assertThat(r.header("Content-Disposition")).contains("cahier-" + coop.login() + "-2025-2026.pdf");
        byte[] pdf = r.asByteArray();
        writeForLooking(pdf);
        List<String> pages = Pdfs.pages(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pages.get(0)).contains("Cahier de compta. — année scolaire 2025 - 2026").contains("Report à nouveau au 01/09/2025 (saisi)");

        BigDecimal income = BigDecimal.ZERO;
        BigDecimal charges = BigDecimal.ZERO;
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertThat(page).as("page %d repeats the header row", p + 1).contains("Pièce Date Opération Recette Dépense Banque Caisse");
            assertThat(page).contains("Page " + (p + 1) + " / " + pages.size());
            income = income.add(BigDecimal.TEN.multiply(BigDecimal.valueOf(occurrences(page, "Vente de gâteaux n° "))));
            charges = charges.add(new BigDecimal("3.25").multiply(BigDecimal.valueOf(occurrences(page, "Achat de fournitures n° "))));
            if (p < pages.size() - 1 && page.contains("À reporter")) {
                String[] carried = amounts(page, "À reporter");
                // what is carried is the sum of the entries printed so far, and the next page starts from it
                assertThat(parse(carried[0])).as("income carried from page %d", p + 1).isEqualByComparingTo(income);
                assertThat(parse(carried[1])).as("charges carried from page %d", p + 1).isEqualByComparingTo(charges);
                assertThat(amounts(pages.get(p + 1), "Report")).containsExactly(carried);
            }
        }
        assertThat(String.join("", pages)).contains("À reporter");
        // 60 sales of 10,00 in cash, 30 purchases of 3,25 by transfer: the year and its closing balances
        assertThat(amounts(pages.get(pages.size() - 1), "Totaux de l'année"))
                .containsExactly("600,00", "97,50", "402,50", "620,00");
        assertThat(income).isEqualByComparingTo("600.00");
        assertThat(pages.get(pages.size() - 1)).contains("Totaux par rubrique").contains("7068").contains("6068");

        // another cooperative's mandataire does not print it
        as(fixtures.tokenOf(fixtures.newActiveCooperative(department).login())).get("/api/cooperatives/" + coop.id() + "/ledger/export.pdf")
                .then().statusCode(403);
    }

    /** Kept in target/ to be looked at (pdftoppm -png target/ledger-print.pdf). */
    private static void writeForLooking(byte[] pdf) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "ledger-print.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int occurrences(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static String[] amounts(String page, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " " + AMOUNTS).matcher(page);
        assertThat(m.find()).as("« %s » with its four amounts in:%n%s", label, page).isTrue();
        return new String[] {m.group(1), m.group(2), m.group(3), m.group(4)};
    }

    private static BigDecimal parse(String french) {
        return new BigDecimal(french.replace(" ", "").replace(',', '.'));
    }
}
