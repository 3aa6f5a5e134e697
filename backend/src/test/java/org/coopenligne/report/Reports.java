package org.coopenligne.report;

import static org.coopenligne.support.Fixtures.as;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.coopenligne.support.Fixtures;

/** Reports of the year 2024-2025 made through the API: a paper ledger's figures, sent, and validated if asked. */
public final class Reports {

    public static final String YEAR = "2024-2025";

    private Reports() {}

    /** A paper ledger's figures, with the two verifiers. */
    public static Map<String, Object> paper(String openingBank, String openingCash, Map<String, String> headings, String statement,
            String notDebited, String cash) {
        Map<String, Object> body = new HashMap<>(Map.of("books", "PAPER", "openingBank", new BigDecimal(openingBank), "openingCash",
                new BigDecimal(openingCash), "statementBalance", new BigDecimal(statement), "notDebited", new BigDecimal(notDebited), "notCredited",
                BigDecimal.ZERO, "cash", new BigDecimal(cash), "verifierParent", "Mme Claire LEROY", "verifierTeacher", "M. Paul ROUX"));
        body.put("headings", headings.entrySet().stream().map(e -> Map.of("code", e.getKey(), "amount", new BigDecimal(e.getValue()))).toList());
        return body;
    }

    /** Sends the report (validated by staff if asked) and returns its id. */
    public static int send(Fixtures fixtures, String staff, Fixtures.Coop coop, Map<String, Object> figures, boolean validate) {
        String token = fixtures.tokenOf(coop.login());
        String report = "/api/cooperatives/" + coop.id() + "/annual-reports/" + YEAR;
        int saved = as(token).contentType(ContentType.JSON).body(figures).put(report + "/financial").then().statusCode(200).extract().path("version");
        int version = as(token).header("If-Match", "\"" + saved + "\"").contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("classes", "3", "councils", "5", "assembly", "false", "projects", "Correspondance scolaire")))
                .put(report + "/activity").then().statusCode(200).extract().path("version");
        var submitted = as(token).header("If-Match", "\"" + version + "\"").post(report + "/submission").then().statusCode(200).extract();
        if (validate) {
            as(staff).header("If-Match", "\"" + submitted.path("version") + "\"").post("/api/annual-reports/" + submitted.path("id") + "/validation")
                    .then().statusCode(200);
        }
        return submitted.path("id");
    }
}
