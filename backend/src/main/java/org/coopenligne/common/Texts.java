package org.coopenligne.common;

import java.lang.reflect.RecordComponent;
import org.coopenligne.common.error.ProblemException;

/**
 * The one rule for what a text field may hold, wherever it comes from (JSON bodies through {@link JsonConfig}, multipart
 * fields, query parameters, imported files): no control character (U+0000 to U+001F, U+007F to U+009F), which are
 * invisible, break exports and have no place in a name or an address; a {@link MultiLine} text may hold line breaks
 * (CR, LF) and tabs.
 */
public final class Texts {

    private Texts() {}

    /** The first character the text may not hold, or -1 when it holds none. */
    public static int forbiddenCharacter(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
                    continue;
                }
                return c;
            }
        }
        return -1;
    }

    /** The French message for a text field that holds {@code character}. */
    public static String message(String field, int character) {
        if (character == '\n' || character == '\r') {
            return "Le champ « " + field + " » tient sur une ligne : retirez le retour à la ligne.";
        }
        return String.format("Le champ « %s » contient un caractère invisible (U+%04X) : retirez-le.", field, character);
    }

    /** Refuses (400 naming the field) a text that holds a character it may not. */
    public static void check(String field, String text, boolean multiLine) {
        if (text != null) {
            int c = forbiddenCharacter(text, multiLine);
            if (c >= 0) {
                throw ProblemException.invalidField(field, message(field, c));
            }
        }
    }

    /** Checks every text component of a record built from form fields, each by its own {@link MultiLine} mark. */
    public static void checkRecord(Record fields) {
        for (RecordComponent component : fields.getClass().getRecordComponents()) {
            if (component.getType() == String.class) {
                try {
                    check(component.getName(), (String) component.getAccessor().invoke(fields), component.isAnnotationPresent(MultiLine.class));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
