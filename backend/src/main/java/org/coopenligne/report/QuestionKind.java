package org.coopenligne.report;

/** The kinds of answer a question of the activity report takes. */
public enum QuestionKind {
    /** A whole number (0 to 100 000) */
    NUMBER,
    /** « Oui » or « Non »: true or false */
    YES_NO,
    /** One of the question's choices */
    CHOICE,
    /** Free text, 4 000 characters at most */
    TEXT
}
