package org.coopenligne.common.security;

/** Role names, as carried in the JWT "groups" claim and used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String MANDATAIRE = "mandataire";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";
    public static final String INTEGRATOR = "integrator";
    /**
     * The only role of an account whose password is still the initial one (public knowledge):
     * it may read who it is, change its password and log out, nothing else.
     */
    public static final String PASSWORD_CHANGE = "password-change";

    private Roles() {}
}
