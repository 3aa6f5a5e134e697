package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * What operations read: the request id of every answer (the proxy's, or one made), in every problem document too;
 * Prometheus metrics per route, of the connection pool, and the platform's backlogs.
 */
@QuarkusTest
class ObservabilityTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldCarryTheProxysRequestIdIntoTheAnswerAndItsProblem() {
        String staff = fixtures.staffToken("046");
        as(staff).header("X-Request-Id", "nginx-7f3a9c").get("/api/cooperatives/999999999").then().statusCode(404)
                .header("X-Request-Id", "nginx-7f3a9c").contentType("application/problem+json").body("requestId", equalTo("nginx-7f3a9c"));
        // none given, or one that is not an id: one is made, the same in the header and the problem
        var made = as(staff).header("X-Request-Id", "a b\"c").get("/api/cooperatives/999999999").then().statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract();
        assertThat(made.jsonPath().getString("requestId")).isEqualTo(made.header("X-Request-Id"));
        // answers of the HTTP layer itself (an unknown address under /api) and successful ones carry it too
        RestAssured.given().header("X-Request-Id", "proxy-1").get("/api/nothing-here").then().statusCode(404)
                .header("X-Request-Id", "proxy-1").body("requestId", equalTo("proxy-1"));
        as(staff).header("X-Request-Id", "proxy-2").get("/api/departments/046/dashboard").then().statusCode(200).header("X-Request-Id", "proxy-2");
    }

    @Test
    void shouldExposeMetricsPerRouteOfThePoolAndOfTheBacklogs() {
        String staff = fixtures.staffToken("046");
        as(staff).get("/api/departments/046/dashboard").then().statusCode(200);
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("http_server_requests_seconds_count{").contains("uri=\"/api/departments/{code}/dashboard\"")
                .contains("coop_outbox_pending").contains("coop_reminders_pending").contains("coop_logins_throttled_total")
                .containsPattern("agroal_[a-z_]+\\{");
    }
}
