package org.coopenligne.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * After a deployment every browser must load the new SPA: the unhashed files (index.html, which names the bundles; the
 * favicon) are revalidated on each visit, only the hashed bundles under /assets/ are cached for good. Test resources
 * stand for the built SPA (META-INF/resources/cache-probe.html, assets/cache-probe-D4x9Qz1k.js).
 */
@QuarkusTest
class StaticCachingTest {

    @Test
    void shouldRevalidateAnUnhashedFileOnEachVisit() {
        String lastModified = given().get("/cache-probe.html").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().header("Last-Modified");
        // revalidation is cheap: unchanged, a 304 without the body
        given().header("If-Modified-Since", lastModified).get("/cache-probe.html").then().statusCode(304);
    }

    @Test
    void shouldKeepAHashedBundleImmutableForAYear() {
        given().get("/assets/cache-probe-D4x9Qz1k.js").then().statusCode(200)
                .header("Cache-Control", equalTo("public, immutable, max-age=31536000"));
    }

    @Test
    void shouldLeaveTheApisOwnCachingAlone() {
        given().get("/api/nothing-here").then().statusCode(404).header("Cache-Control", org.hamcrest.Matchers.nullValue());
    }
}
