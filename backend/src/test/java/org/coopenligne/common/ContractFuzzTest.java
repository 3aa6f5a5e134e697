package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Contract fuzzing: requests derived from {@code openapi.yaml} for every operation and every role — path ids absent,
 * of another tenant, negative, huge or not numbers; query parameters of the wrong type, out of range, empty, 10,000
 * characters; bodies that are not JSON, an array for an object, an empty object, unknown fields, each property of the
 * schema with a value of the wrong type, empty, blank, 10,000 characters, ±1 beyond its bounds; a wrong content type —
 * under a fixed seed. Whatever is sent: never a 5xx, every 4xx is {@code application/problem+json} with a detail in
 * French, and a refused request changes nothing (the audit trail and the outbox do not move).
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = 20261207L;
    /** Words of framework messages that would mean a problem went out untranslated. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(must|should|cannot|Cannot|Unrecognized|Unexpected|unexpected|deserialize|Exception|exception|required|Invalid|invalid|"
                    + "not found|Not Found|Bad Request|Internal)\\b");
    private static final String LONG = "é".repeat(10_000);

    @Inject Fixtures fixtures;
    @Inject EntityManager em;

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private Fixtures.Coop coop;
    private String otherDepartment;

    @Test
    void shouldNeverAnswer5xxNorChangeAnythingOnARefusedRequest() throws Exception {
        String department = fixtures.newDepartment();
        coop = fixtures.newActiveCooperative(department);
        otherDepartment = fixtures.newDepartment();
        tokens.put("mandataire", fixtures.tokenOf(coop.login()));
        tokens.put("staff", fixtures.tokenOf(fixtures.newStaff(department)));
        tokens.put("admin", fixtures.adminToken());
        tokens.put("integrator", fixtures.newApiToken(department).secret());

        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(OpenApiContractTest.CONTRACT.toFile());
        JsonNode schemas = contract.path("components").path("schemas");
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                for (Case c : cases(path.getKey(), op.getValue(), schemas, random)) {
                    String role = List.copyOf(tokens.keySet()).get(random.nextInt(tokens.size()));
                    sent++;
                    check(method, c, role, op.getValue().path("operationId").asText(), failures);
                }
            }
        }
        assertThat(sent).as("requests sent").isGreaterThan(2000);
        assertThat(failures).as(failures.size() + " of " + sent + " requests").isEmpty();
    }

    /** One request to send: its path, query, body and content type. */
    private record Case(String what, String path, Map<String, String> query, String body, String contentType) {}

    private List<Case> cases(String template, JsonNode op, JsonNode schemas, Random random) {
        List<Case> out = new ArrayList<>();
        String valid = fill(template, Map.of());
        // path ids: not a number, negative, huge, of another tenant
        for (JsonNode p : op.path("parameters")) {
            if (!p.path("in").asText().equals("path")) {
                continue;
            }
            String name = p.path("name").asText();
            for (String bad : List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%20")) {
                out.add(new Case("path " + name + "=" + bad, fill(template, Map.of(name, bad)), Map.of(), null, null));
            }
            if (name.equals("code")) {
                out.add(new Case("another department", fill(template, Map.of(name, otherDepartment)), Map.of(), null, null));
            }
        }
        // query parameters: wrong types, out of range, empty, long
        for (JsonNode p : op.path("parameters")) {
            if (!p.path("in").asText().equals("query")) {
                continue;
            }
            String name = p.path("name").asText();
            for (String bad : List.of("abc", "-1", "999999999", "2147483647", "99999999999", "", " ", "true", "2025-13-45", LONG.substring(0, 300))) {
                out.add(new Case("query " + name + "=" + bad.length(), valid, Map.of(name, bad), null, null));
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = resolve(content.path("application/json").path("schema"), schemas);
            for (String body : List.of("{", "[]", "{}", "null", "\"x\"", "12", "{\"unknown\":1}", "[{}]")) {
                out.add(new Case("body " + body, valid, Map.of(), body, "application/json"));
            }
            out.add(new Case("text body", valid, Map.of(), "abc", "text/plain"));
            Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
            while (props.hasNext()) {
                Map.Entry<String, JsonNode> prop = props.next();
                for (String value : badValues(resolve(prop.getValue(), schemas), random)) {
                    out.add(new Case("body." + prop.getKey() + "=" + abbreviated(value), valid, Map.of(),
                            "{\"" + prop.getKey() + "\":" + value + "}", "application/json"));
                }
            }
        } else if (content.has("multipart/form-data")) {
            out.add(new Case("multipart as JSON", valid, Map.of(), "{}", "application/json"));
            out.add(new Case("empty multipart", valid, Map.of(), "", "multipart/form-data; boundary=x"));
        }
        return out;
    }

    /** Values of the wrong type or beyond the bounds, for a property of this schema. */
    private static List<String> badValues(JsonNode schema, Random random) {
        List<String> values = new ArrayList<>(List.of("\"\"", "\"   \"", "\"" + LONG + "\"", "[]", "{}", "true", "-1", "1e308"));
        String type = schema.path("type").asText();
        if (type.equals("integer") || type.equals("number")) {
            values.add("\"douze\"");
            values.add("12.345");
            values.add("99999999999999999999");
            if (schema.has("minimum")) {
                values.add(String.valueOf(schema.get("minimum").asLong() - 1));
            }
            if (schema.has("maximum")) {
                values.add(String.valueOf(schema.get("maximum").asLong() + 1));
            }
        }
        if (schema.has("enum")) {
            values.add("\"PAS_UNE_VALEUR\"");
        }
        if (schema.has("format") && schema.get("format").asText().startsWith("date")) {
            values.add("\"2025-02-30\"");
            values.add("\"30/09/2025\"");
        }
        if (type.equals("array")) {
            values.add("[" + "1,".repeat(random.nextInt(50) + 200) + "1]");
            values.add("[null]");
        }
        return values;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asText();
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0), schemas);
        }
        return schema;
    }

    private String fill(String template, Map<String, String> overrides) {
        String path = template;
        Map<String, String> values = new LinkedHashMap<>(Map.of("id", String.valueOf(coop.id()), "code", coop.departmentCode(),
                "year", "2025-2026", "kind", "MEMBERSHIP", "headingCode", "6068"));
        values.putAll(overrides);
        java.util.regex.Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(template);
        while (m.find()) {
            path = path.replace(m.group(0), values.getOrDefault(m.group(1), "1"));
        }
        return path;
    }

    private void check(String method, Case c, String role, String operationId, List<String> failures) {
        boolean write = !method.equals("GET");
        long[] before = write ? counts() : null;
        RequestSpecification request = Fixtures.fromNewAddress().auth().oauth2(tokens.get(role)).header("If-Match", "\"0\"")
                .header("Idempotency-Key", "fuzz-" + Integer.toHexString(c.hashCode()) + "-" + role).urlEncodingEnabled(false);
        c.query().forEach((k, v) -> request.queryParam(k, java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        if (c.body() != null) {
            request.contentType(c.contentType()).body(c.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Response response;
        try {
            response = request.request(method, c.path());
        } catch (RuntimeException e) {
            failures.add(operationId + " as " + role + ", " + c.what() + ": no answer (" + e + ")");
            return;
        }
        int status = response.statusCode();
        String where = operationId + " as " + role + ", " + c.what() + ": " + status;
        if (status >= 500) {
            failures.add(where + " " + abbreviated(response.asString()));
            return;
        }
        if (status >= 400) {
            String type = String.valueOf(response.contentType());
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + " answered " + type);
                return;
            }
            String detail = response.jsonPath().getString("detail");
            if (detail == null || detail.isBlank() || ENGLISH.matcher(detail).find()) {
                failures.add(where + " detail « " + abbreviated(String.valueOf(detail)) + " »");
            }
            long[] after = write ? counts() : before;
            if (write && (after[0] != before[0] || after[1] != before[1])) {
                failures.add(where + " refused, yet the audit trail or the outbox moved");
            }
        }
    }

    /** The audit trail's and the outbox's sizes. */
    private long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
                ((Number) em.createNativeQuery("select count(*) from audit_record").getSingleResult()).longValue(),
                ((Number) em.createNativeQuery("select count(*) from mail_message").getSingleResult()).longValue()});
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
