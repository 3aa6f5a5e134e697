package org.coopenligne.support;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of one cooperative's books: before each test (and before the subclass's own set-up), a new department, its
 * active cooperative, and the tokens of the cooperative's mandataire and of a staff member of the department.
 */
public abstract class CooperativeBooksTest {

    @Inject protected Fixtures fixtures;

    protected String department;
    protected Fixtures.Coop coop;
    protected String mandataire;
    protected String staff;

    @BeforeEach
    void newCooperative() {
        department = fixtures.newDepartment();
        coop = fixtures.newActiveCooperative(department);
        mandataire = fixtures.tokenOf(coop.login());
        staff = fixtures.tokenOf(fixtures.newStaff(department));
    }
}
