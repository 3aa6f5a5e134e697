package org.coopenligne.common.security;

/** Who is calling, as read from the database on each authenticated request (never only from the token). */
public record CurrentAccount(long id, String login, Role role, Long departmentId, Long cooperativeId,
                             boolean mustChangePassword) {

    public static final String ATTRIBUTE = "coop.account";

    public boolean isMandataire() { return role == Role.MANDATAIRE; }

    public boolean isStaff() { return role == Role.STAFF; }

    public boolean isAdmin() { return role == Role.ADMIN; }
}
