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

    @Test
    void shouldDocumentTheSuccessAndTheProblemAnswerOfEveryOperation() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()).get("paths");
        java.util.List<String> missing = new java.util.ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().path("responses");
            String id = op.getValue().path("operationId").asText(path.getKey());
            boolean success = false;
            for (java.util.Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
                String code = codes.next();
                if (code.startsWith("2") && (code.equals("204") || responses.get(code).has("content"))) {
                    success = true;
                }
            }
            if (!success) {
                missing.add(id + ": no documented success answer");
            }
            if (!responses.path("default").path("content").has("application/problem+json")) {
                missing.add(id + ": no problem answer");
            }
        }));
        assertThat(missing).isEmpty();
    }
}
