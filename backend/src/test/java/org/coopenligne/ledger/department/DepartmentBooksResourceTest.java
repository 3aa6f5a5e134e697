package org.coopenligne.ledger.department;

import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/** A department's books of the year: its cooperatives' ledgers summed per heading of its chart, for its staff only. */
@QuarkusTest
class DepartmentBooksResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldSumTheCooperativesLedgersPerHeadingOfTheDepartmentsChart() {
        String department = fixtures.newDepartment();
        String staff = fixtures.tokenOf(fixtures.newStaff(department));
        String books = "/api/departments/" + department + "/books/2025-2026";
        as(staff).get(books).then().statusCode(200).body("cooperatives", equalTo(0)).body("cooperativesWithBooks", equalTo(0))
                .body("income", equalTo(0.0f)).body("headings.size()", equalTo(0));

        // a sub-heading of the department's chart for the year
        as(staff).contentType(ContentType.JSON).body(Map.of("label", "Classe de mer"))
                .put("/api/departments/" + department + "/ledger-chart/2025-2026/headings/62511").then().statusCode(200);
        Fixtures.Coop a = fixtures.newActiveCooperative(department);
        Fixtures.Coop b = fixtures.newActiveCooperative(department);
        fixtures.newActiveCooperative(department); // keeps no books with us
        String ta = fixtures.tokenOf(a.login());
        String tb = fixtures.tokenOf(b.login());
        entry(ta, a, "INCOME", "120.50", List.of(Map.of("heading", "7068"))).statusCode(201);
        entry(ta, a, "CHARGE", "300.00", List.of(Map.of("heading", "62511", "amount", new BigDecimal("250.00")),
                Map.of("heading", "6068", "amount", new BigDecimal("50.00")))).statusCode(201);
        entry(tb, b, "CHARGE", "19.99", List.of(Map.of("heading", "6068"))).statusCode(201);
        entry(tb, b, "INCOME", "1000.00", List.of(Map.of("heading", "744"))).statusCode(201);
        as(tb).contentType(ContentType.JSON).body(Map.of("date", "2025-10-08", "label", "Dépôt", "amount", 50, "kind", "TRANSFER", "means", "CASH",
                "treasury", "CASH")).post("/api/cooperatives/" + b.id() + "/ledger-entries").then().statusCode(201);
        // another year and another department count for nothing here
        entry(ta, a, "INCOME", "7.00", List.of(Map.of("heading", "7068")), "2026-09-03").statusCode(201);
        Fixtures.Coop elsewhere = fixtures.newActiveCooperative(fixtures.newDepartment());
        entry(fixtures.tokenOf(elsewhere.login()), elsewhere, "INCOME", "99.00", List.of(Map.of("heading", "7068"))).statusCode(201);

        as(staff).get(books).then().statusCode(200)
                .body("cooperatives", equalTo(3)).body("cooperativesWithBooks", equalTo(2))
                .body("income", equalTo(1120.5f)).body("charges", equalTo(319.99f)).body("result", equalTo(800.51f))
                // in the chart's order, the department's sub-heading under its own label
                .body("headings.code", contains("6068", "62511", "7068", "744"))
                .body("headings.label", contains("Fournitures pédagogiques", "Classe de mer", "Participation des familles aux sorties et activités",
                        "Subventions de la commune"))
                .body("headings.entries", contains(2, 1, 1, 1))
                .body("headings.total", contains(69.99f, 250.0f, 120.5f, 1000.0f));
        as(staff).get("/api/departments/" + department + "/books/2026-2027").then().statusCode(200).body("cooperativesWithBooks", equalTo(1))
                .body("income", equalTo(7.0f));

        // the mandataire, another department's staff, an unknown department, a malformed year
        as(ta).get(books).then().statusCode(403).contentType("application/problem+json");
        as(fixtures.tokenOf(fixtures.newStaff(fixtures.newDepartment()))).get(books).then().statusCode(403);
        as(staff).get("/api/departments/ZZZ/books/2025-2026").then().statusCode(404).contentType("application/problem+json");
        as(staff).get("/api/departments/" + department + "/books/2025").then().statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse entry(String token, Fixtures.Coop coop, String kind, String amount, List<Map<String, Object>> parts) {
        return entry(token, coop, kind, amount, parts, "2025-10-02");
    }

    private static ValidatableResponse entry(String token, Fixtures.Coop coop, String kind, String amount, List<Map<String, Object>> parts,
            String date) {
        return as(token).contentType(ContentType.JSON).body(Map.of("date", date, "label", "Opération", "amount", new BigDecimal(amount),
                "kind", kind, "means", "TRANSFER", "parts", parts)).post("/api/cooperatives/" + coop.id() + "/ledger-entries").then();
    }
}
