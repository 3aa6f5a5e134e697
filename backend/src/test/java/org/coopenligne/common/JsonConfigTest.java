package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.coopenligne.adhesion.AdhesionDtos.ClassLineRequest;
import org.coopenligne.adhesion.AdhesionDtos.QuoteRequest;
import org.coopenligne.adhesion.ReviewDtos.CorrectionRequest;
import org.coopenligne.adhesion.ReviewDtos.ReviewRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's JSON reading: no silent coercion, no control character, no null element, no value twice in a set. */
class JsonConfigTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    static {
        new JsonConfig().customize(MAPPER);
    }

    private static final String LINE = "{\"className\":%s,\"adults\":1,\"pupils\":24}";
    private static final String QUOTE = "{\"adults\":1,\"pupils\":24,\"insured\":true,\"propertyValue\":0,\"instrumentValue\":0,"
            + "\"voluntaryParticipation\":0,\"subscriptionIds\":%s}";
    private static final String REVIEW = "{\"paymentReceived\":true,\"paymentMethod\":%s,\"engagementReceived\":true,"
            + "\"mandataireChangeForm\":%s}";

    private static String fieldOf(Throwable e) {
        return org.coopenligne.common.error.ProblemMappersAccess.pathOf((JsonMappingException) e);
    }

    @ParameterizedTest(name = "className: {0}")
    @ValueSource(strings = {"123", "12.5", "true"})
    void shouldRefuseANumberOrABooleanWhereATextIsExpected(String value) {
        assertThatThrownBy(() -> MAPPER.readValue(LINE.formatted(value), ClassLineRequest.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("className"));
    }

    @Test
    void shouldReadATextAsItIs() throws Exception {
        assertThat(MAPPER.readValue(LINE.formatted("\"CM1 – CM2 « Les Loups » 😀\""), ClassLineRequest.class).className())
                .isEqualTo("CM1 – CM2 « Les Loups » 😀");
    }

    @Test
    void shouldRefuseAnEnumGivenByItsPosition() throws Exception {
        assertThat(MAPPER.readValue(REVIEW.formatted("\"CHEQUE\"", "\"RECEIVED\""), ReviewRequest.class).paymentMethod().name())
                .isEqualTo("CHEQUE");
        assertThatThrownBy(() -> MAPPER.readValue(REVIEW.formatted("1", "\"RECEIVED\""), ReviewRequest.class))
                .isInstanceOf(MismatchedInputException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("paymentMethod"));
        assertThatThrownBy(() -> MAPPER.readValue(REVIEW.formatted("\"CHEQUE\"", "1"), ReviewRequest.class))
                .isInstanceOf(MismatchedInputException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("mandataireChangeForm"));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F})
    void shouldRefuseAControlCharacterInALineOfText(int character) {
        String json = LINE.formatted("\"CM1" + String.format("\\u%04x", character) + "\"");
        assertThatThrownBy(() -> MAPPER.readValue(json, ClassLineRequest.class))
                .isInstanceOf(JsonConfig.RefusedValueException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("className"))
                .satisfies(e -> assertThat(((JsonConfig.RefusedValueException) e).messageFor("className")).startsWith("Le champ « className » "));
    }

    @Test
    void shouldKeepLineBreaksAndTabsOfAMultiLineTextButNoOtherControlCharacter() throws Exception {
        assertThat(MAPPER.readValue("{\"message\":\"Bonjour,\\r\\n\\tLa signature manque.\"}", CorrectionRequest.class).message())
                .isEqualTo("Bonjour,\r\n\tLa signature manque.");
        assertThatThrownBy(() -> MAPPER.readValue("{\"message\":\"Bonjour\\u0000\"}", CorrectionRequest.class))
                .isInstanceOf(JsonConfig.RefusedValueException.class);
    }

    @Test
    void shouldRefuseANullElementAndTheSameValueTwiceInASet() throws Exception {
        assertThat(MAPPER.readValue(QUOTE.formatted("[3, 5]"), QuoteRequest.class).subscriptionIds()).containsExactly(3L, 5L);
        assertThatThrownBy(() -> MAPPER.readValue(QUOTE.formatted("[null]"), QuoteRequest.class))
                .isInstanceOf(InvalidNullException.class).satisfies(e -> assertThat(fieldOf(e)).startsWith("subscriptionIds"));
        String sixThousand = "[" + "7,".repeat(5999) + "7]";
        assertThatThrownBy(() -> MAPPER.readValue(QUOTE.formatted(sixThousand), QuoteRequest.class))
                .isInstanceOf(JsonConfig.RefusedValueException.class).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("subscriptionIds"));
    }
}
