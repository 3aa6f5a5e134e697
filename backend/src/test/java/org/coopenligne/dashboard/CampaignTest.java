package org.coopenligne.dashboard;

import jakarta.inject.Inject;
import org.coopenligne.support.Fixtures;
import org.coopenligne.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of a campaign's figures: its own department with cooperatives in every state ({@link CampaignFixture}), a
 * staff token of it, and the clock put back after each test.
 */
public abstract class CampaignTest {

    @Inject protected Fixtures fixtures;
    @Inject protected TestClock clock;

    protected CampaignFixture f;
    protected String staff;

    @BeforeEach
    void createCampaign() {
        f = CampaignFixture.create(fixtures);
        staff = fixtures.tokenOf(fixtures.newStaff(f.department()));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
