package org.coopenligne.common.security;

/** The kind of an account (SPEC.md, "People"). */
public enum Role {
    MANDATAIRE(Roles.MANDATAIRE), STAFF(Roles.STAFF), ADMIN(Roles.ADMIN), INTEGRATOR(Roles.INTEGRATOR);

    public final String group;

    Role(String group) { this.group = group; }
}
