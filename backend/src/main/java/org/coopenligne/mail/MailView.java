package org.coopenligne.mail;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MailMessage", description = "An email of the outbox")
public record MailView(long id,
                       @Schema(example = "ADHESION_VALIDATED") String kind,
                       @Schema(example = "ce.0460410n@ac-toulouse.fr") String recipient,
                       String subject,
                       String body,
                       Instant createdAt,
                       @Schema(description = "Null until the mailer accepted it") Instant sentAt,
                       @Schema(description = "Why it was not sent, if it failed") String error) {}
