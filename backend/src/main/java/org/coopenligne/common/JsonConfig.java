package org.coopenligne.common;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Strict JSON: 2.5 pupils is an error, not 2; "12" is not a number, nor 123 a text; null is not 0; an enum is named,
 * not numbered (1 is not CHEQUE); a text holds no control character ({@link Texts}); a list holds no null, and a set
 * no value twice.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // null is no element of a list or a set ([null] is refused, naming the field); a JSON tree keeps its nulls
        for (Class<?> collection : List.of(java.util.Collection.class, List.class, Set.class)) {
            mapper.configOverride(collection).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        SimpleModule strict = new SimpleModule("strict-values");
        strict.addDeserializer(String.class, new CheckedText(false));
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return Set.class.isAssignableFrom(type.getRawClass()) ? new UniqueItems(type) : deserializer;
            }
        });
        mapper.registerModule(strict);
    }

    /** A value Jackson read but this configuration refuses; ProblemMappers names the field and says why. */
    public static final class RefusedValueException extends MismatchedInputException {

        private final transient java.util.function.Function<String, String> message;

        RefusedValueException(JsonParser parser, Class<?> type, java.util.function.Function<String, String> message) {
            super(parser, message.apply("?"), type);
            this.message = message;
        }

        /** The French message for the field, named as the client knows it. */
        public String messageFor(String field) {
            return message.apply(field);
        }
    }

    /**
     * A set ({@code uniqueItems} in the contract) read as the array it is sent as: the same value twice is refused,
     * not silently merged (6,000 copies of one id are not "at most 10").
     */
    static final class UniqueItems extends StdDeserializer<Object> {

        private final JavaType setType;

        UniqueItems(JavaType setType) {
            super(setType);
            this.setType = setType;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JavaType listType = ctxt.getTypeFactory().constructCollectionType(List.class, setType.getContentType());
            List<?> items = ctxt.readValue(p, listType);
            if (items.contains(null)) {
                throw com.fasterxml.jackson.databind.exc.InvalidNullException.from(ctxt, null, setType.getContentType());
            }
            Set<Object> set = new LinkedHashSet<>(items);
            if (set.size() != items.size()) {
                throw new RefusedValueException(p, setType.getRawClass(), field -> "Le champ « " + field
                        + " » contient plusieurs fois la même valeur.");
            }
            return set;
        }
    }

    /** Jackson's own reading of a text (with the coercions above), then the check of {@link Texts}. */
    static final class CheckedText extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        CheckedText(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            boolean marked = property != null && property.getAnnotation(MultiLine.class) != null;
            return marked == multiLine ? this : new CheckedText(marked);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                int c = Texts.forbiddenCharacter(value, multiLine);
                if (c >= 0) {
                    throw new RefusedValueException(p, String.class, field -> Texts.message(field, c));
                }
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
