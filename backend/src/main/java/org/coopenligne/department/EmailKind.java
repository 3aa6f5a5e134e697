package org.coopenligne.department;

/** The emails whose text a department may rewrite (settings of the department, "Textes des courriels"). */
public enum EmailKind {
    /** A reminder to a cooperative that has not sent its adhesion (sent by staff, in bulk). */
    REMINDER,
    /** Staff send the adhesion back to the cooperative with a message. */
    CORRECTION_REQUEST,
    /** Staff validated the adhesion: the certificates are ready. */
    VALIDATION
}
