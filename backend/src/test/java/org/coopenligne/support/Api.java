package org.coopenligne.support;

import static org.coopenligne.support.Fixtures.as;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small helpers over the adhesion API, for tests that walk a flow. */
public final class Api {

    public static final String YEAR = "2025-2026";

    private Api() {}

    public static Map<String, Object> line(String className, String teachers, String email, int adults, int pupils) {
        Map<String, Object> m = new HashMap<>();
        m.put("className", className);
        m.put("teachers", teachers);
        m.put("teacherEmail", email);
        m.put("adults", adults);
        m.put("pupils", pupils);
        return m;
    }

    public static Map<String, Object> declarations(boolean insured, String property, String instruments, List<Long> subscriptions,
                                                   String voluntary, String paymentMeans) {
        Map<String, Object> m = new HashMap<>();
        m.put("insured", insured);
        m.put("propertyValue", new java.math.BigDecimal(property));
        m.put("instrumentValue", new java.math.BigDecimal(instruments));
        m.put("subscriptionIds", subscriptions);
        m.put("voluntaryParticipation", new java.math.BigDecimal(voluntary));
        m.put("paymentMeans", paymentMeans);
        return m;
    }

    /** Opens the current year's adhesion; returns {id, version}. */
    public static int[] open(String token, long cooperativeId) {
        ValidatableResponse r = as(token).post("/api/cooperatives/" + cooperativeId + "/adhesions/" + YEAR).then().statusCode(201);
        return new int[] {r.extract().path("id"), r.extract().path("version")};
    }

    public static ValidatableResponse addLine(String token, int adhesionId, int version, Map<String, Object> line) {
        return as(token).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(line)
                .post("/api/adhesions/" + adhesionId + "/lines").then();
    }

    public static ValidatableResponse declare(String token, int adhesionId, int version, Map<String, Object> declarations) {
        return as(token).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(declarations)
                .put("/api/adhesions/" + adhesionId + "/declarations").then();
    }

    public static ValidatableResponse submit(String token, int adhesionId, int version) {
        return as(token).header("If-Match", "\"" + version + "\"").post("/api/adhesions/" + adhesionId + "/submission").then();
    }
}
