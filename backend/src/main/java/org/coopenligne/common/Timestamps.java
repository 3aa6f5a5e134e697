package org.coopenligne.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A {@code timestamp with time zone} column read by a native query, as an instant: the drivers and dialects give
 * an {@link OffsetDateTime}, a {@link Timestamp} or an {@link Instant} (H2, PostgreSQL); a {@link LocalDateTime}
 * is taken as UTC.
 */
public final class Timestamps {

    private Timestamps() {}

    /** The instant, or null for SQL null. */
    public static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.atZone(ZoneOffset.UTC).toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }
}
