package org.coopenligne.reminder;

import org.coopenligne.common.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.tariff.PaymentMeans;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ReminderDtos {

    private ReminderDtos() {}

    @Schema(name = "ReminderFilter", description = "The cooperatives' list filter whose every match is reminded (as GET /api/cooperatives)")
    public record ReminderFilter(
            @Schema(description = "Number, school, city or UAI text", example = "vienne") @Size(max = 100, message = "{q.size}") String q,
            @Schema(example = "NOT_STARTED") AdhesionStatus status,
            Boolean late,
            Boolean insured,
            PaymentMeans paymentMeans,
            @Schema(description = "Sent to the OCCE (submitted, to correct, validated), or not") Boolean sent,
            @Schema(description = "Payment recorded as received, or not") Boolean paid) {}

    @Schema(name = "ReminderRequest", description = "A reminder: the template and the selection, explicit ids or a filter (exactly one)")
    public record ReminderRequest(
            @Schema(example = "Adhésion {year} : à saisir avant le {deadline}")
            @NotBlank(message = "{reminder.subject.required}") @Size(max = 200, message = "{reminder.subject.size}") String subject,
            @Schema(example = "Bonjour,\n\nL'adhésion {year} de la coopérative {cooperative} n'est pas encore envoyée.")
            @MultiLine @NotBlank(message = "{reminder.body.required}") @Size(max = 5000, message = "{reminder.body.size}") String body,
            @Schema(description = "School year of the statuses of the filter and of {year}; the current one by default", example = "2026-2027")
            @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Schema(description = "The cooperatives chosen one by one (of the department)")
            @Size(max = ReminderService.MAX_RECIPIENTS, message = "{reminder.ids.size}") List<Long> cooperativeIds,
            @Schema(description = "Or: every cooperative of the department matching this filter") @Valid ReminderFilter filter) {}

    @Schema(name = "ReminderProgress", description = "Where the recipients of a reminder are")
    public record Progress(
            @Schema(example = "120") long pending,
            @Schema(example = "300") long sent,
            @Schema(example = "0") long failed,
            @Schema(description = "No email address known", example = "2") long skippedNoEmail,
            @Schema(description = "Already reminded with the same text recently", example = "0") long skippedRecent) {}

    @Schema(name = "Reminder", description = "A reminder campaign")
    public record ReminderView(
            @Schema(example = "51") long id,
            @Schema(example = "2026-2027") String schoolYear,
            @Schema(description = "As written, with its placeholders ({year}, {deadline}…)") String subject,
            String body,
            @Schema(description = "The subject as the cooperatives read it: year, deadline and department filled in "
                    + "({cooperative}, {code} and {school} differ by cooperative and stay)",
                    example = "Adhésion 2026 - 2027 : à saisir avant le 30/09/2026") String sharedSubject,
            @Schema(description = "The filter used, when the selection was one") ReminderFilter filter,
            @Schema(description = "Whether the cooperatives were chosen one by one") boolean explicitSelection,
            @Schema(example = "422") int recipientCount,
            Progress progress,
            Instant createdAt,
            @Schema(example = "staff038") String createdBy) {}

    @Schema(name = "ReminderRecipient", description = "One cooperative of a reminder")
    public record RecipientView(
            @Schema(example = "12") long cooperativeId,
            @Schema(example = "038-0107") String code,
            @Schema(example = "École Élémentaire Jean Moulin") String schoolName,
            @Schema(example = "ce.0380107@ac-grenoble.fr") String email,
            ReminderRecipient.Status status,
            Instant sentAt,
            String error) {}

    @Schema(name = "ReminderDetail", description = "A reminder and a page of its recipients")
    public record ReminderDetail(ReminderView reminder, PageView<RecipientView> recipients) {}
}
