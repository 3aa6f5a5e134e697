package org.coopenligne.adhesion;

/**
 * What other features react to, inside the transaction of the change (synchronous CDI events): the documents
 * feature issues certificates on validation and revokes them on reopening, without the adhesion knowing it.
 */
public final class AdhesionEvents {

    private AdhesionEvents() {}

    public record Validated(long adhesionId, long departmentId, long cooperativeId, String schoolYear, String registrationCode,
                            boolean insured) {}

    public record Reopened(long adhesionId) {}
}
