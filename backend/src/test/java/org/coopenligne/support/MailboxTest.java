package org.coopenligne.support;

import io.quarkus.mailer.MockMailbox;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** A test that reads the emails it caused: the fixtures, and a mailbox emptied before each test. */
public abstract class MailboxTest {

    @Inject protected Fixtures fixtures;
    @Inject protected MockMailbox mailbox;

    @BeforeEach
    void clearMailbox() {
        mailbox.clear();
    }
}
