package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coopenligne.support.Api;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed multipart body is a 400 problem in French, on every upload: the engagement, the mandataire change, the
 * cooperative import. The HTTP layer's multipart decoder refused these with a 500 before.
 */
@QuarkusTest
class MultipartErrorsTest {

    private static final String BOUNDARY = "----coopBoundary7MA4YWxkTrZu0gW";

    @Inject Fixtures fixtures;

    /** Name, Content-Type and body of each malformed request. */
    static Stream<Arguments> malformed() {
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n";
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("empty body", "multipart/form-data; boundary=" + BOUNDARY, ""));
        cases.add(Arguments.of("no boundary", "multipart/form-data", part + "--" + BOUNDARY + "--\r\n"));
        cases.add(Arguments.of("another boundary", "multipart/form-data; boundary=other", part + "--" + BOUNDARY + "--\r\n"));
        cases.add(Arguments.of("cut in a part", "multipart/form-data; boundary=" + BOUNDARY, part.substring(0, part.length() - 12)));
        cases.add(Arguments.of("cut in the headers", "multipart/form-data; boundary=" + BOUNDARY,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-da"));
        cases.add(Arguments.of("CR LF in a file name", "multipart/form-data; boundary=" + BOUNDARY,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\r\nb.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--" + BOUNDARY + "--\r\n"));
        cases.add(Arguments.of("garbage", "multipart/form-data; boundary=" + BOUNDARY, "\u0000\u0001garbage\r\n\r\n--"));
        return cases.stream();
    }

    private void assertRefused(Response r) {
        r.then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertThat(r.jsonPath().getString("detail")).isNotBlank();
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @ParameterizedTest(name = "import: {0}")
    @MethodSource("malformed")
    void shouldRefuseAMalformedImport(String name, String contentType, String body) {
        String department = fixtures.newDepartment();
        Response r = as(fixtures.tokenOf(fixtures.newStaff(department))).contentType(contentType)
                .body(body.getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/departments/" + department + "/cooperative-imports");
        assertRefused(r);
    }

    @ParameterizedTest(name = "engagement: {0}")
    @MethodSource("malformed")
    void shouldRefuseAMalformedEngagement(String name, String contentType, String body) {
        Fixtures.Coop coop = fixtures.newActiveCooperative("038");
        String token = fixtures.tokenOf(coop.login());
        int[] a = Api.open(token, coop.id());
        Response r = as(token).contentType(contentType).body(body.getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/adhesions/" + a[0] + "/engagement/uploads");
        assertRefused(r);
        as(token).get("/api/adhesions/" + a[0] + "/engagement/uploads").then().statusCode(200).body("size()", equalTo(0));
    }

    @ParameterizedTest(name = "mandataire change: {0}")
    @MethodSource("malformed")
    void shouldRefuseAMalformedMandataireChange(String name, String contentType, String body) {
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        String token = fixtures.tokenOf(coop.login());
        Response r = as(token).contentType(contentType).body(body.getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/cooperatives/" + coop.id() + "/mandataire-changes");
        assertRefused(r);
    }
}
