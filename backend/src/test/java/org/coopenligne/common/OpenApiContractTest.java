package org.coopenligne.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed openapi.yaml at the repository root is the contract: it must be what the server serves. */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void shouldServeExactlyTheCommittedContract() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        // compared as documents: the key order of the two serializations may differ
        JsonNode servedTree = yaml.readTree(served);
        JsonNode committedTree = yaml.readTree(Files.readString(CONTRACT));
        assertThat(servedTree)
                .as("openapi.yaml differs from what the server serves: run `make openapi` and commit the result")
                .isEqualTo(committedTree);
    }

    @Test
    void shouldDescribeProblemAnswersAndTheBearerScheme() throws Exception {
        String committed = Files.readString(CONTRACT);
        assertThat(committed).contains("application/problem+json").contains("bearerFormat: JWT").doesNotContain("servers:");
    }
}
