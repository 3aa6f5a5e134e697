package org.coopenligne.department;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The subject and body of an email as a department wrote them, with placeholders such as {cooperative}. */
@Embeddable
public class EmailText {

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(nullable = false, length = 5000)
    public String body;

    protected EmailText() {}

    public EmailText(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }
}
