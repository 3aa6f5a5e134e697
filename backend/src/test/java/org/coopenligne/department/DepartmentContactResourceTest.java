package org.coopenligne.department;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartmentContactResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void shouldGiveTheDepartmentsPublicContactWithoutAnAccount() {
        String code = fixtures.newDepartment();
        given().get("/api/public/department-contacts/" + code.toLowerCase()).then().statusCode(200)
                .body("code", equalTo(code)).body("city", equalTo("TESTVILLE"))
                .body("$", not(hasKey("contactName"))).body("$", not(hasKey("id")));
    }

    @Test
    void shouldRefuseABadCodeAndAnUnknownOneInFrench() {
        given().get("/api/public/department-contacts/38").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("code"));
        given().get("/api/public/department-contacts/0ZZ").then().statusCode(400);
        given().get("/api/public/department-contacts/98B").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
