package org.coopenligne.adhesion;

import org.coopenligne.common.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.coopenligne.tariff.PaymentMeans;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ReviewDtos {

    private ReviewDtos() {}

    @Schema(name = "Review", description = "Staff's checklist (SPEC.md step 8) and the validation; the mandataire sees it too")
    public record ReviewView(
            boolean paymentReceived,
            @Schema(example = "1157.11") BigDecimal paymentAmount,
            PaymentMeans paymentMethod,
            @Schema(example = "Chèque n° 1234567") String paymentReference,
            LocalDate paymentDate,
            @Schema(description = "The mandataire uploaded a signed engagement") boolean engagementUploaded,
            @Schema(description = "Staff checked the signed engagement") boolean engagementReceived,
            ChangeFormStatus mandataireChangeForm,
            @Schema(description = "Assigned on validation", example = "25/0035 A") String registrationCode,
            Instant validatedAt,
            @Schema(description = "Why staff reopened the validated adhesion, if they did") String reopenReason) {}

    @Schema(name = "ReviewRequest", description = "Staff record what they received")
    public record ReviewRequest(
            @NotNull(message = "{paymentReceived.required}") Boolean paymentReceived,
            @DecimalMin(value = "0", message = "{amount.positive}") @DecimalMax(value = "1000000", message = "{amount.max}")
            @Digits(integer = 7, fraction = 2, message = "{amount.cents}") @Schema(example = "1157.11") BigDecimal paymentAmount,
            PaymentMeans paymentMethod,
            @Size(max = 80, message = "{paymentReference.size}") @Schema(example = "Chèque n° 1234567") String paymentReference,
            @PastOrPresent(message = "{paymentDate.past}") LocalDate paymentDate,
            @NotNull(message = "{engagementReceived.required}") Boolean engagementReceived,
            @NotNull(message = "{changeForm.required}") ChangeFormStatus mandataireChangeForm) {}

    @Schema(name = "CorrectionRequest", description = "What the cooperative must correct")
    public record CorrectionRequest(
            @NotBlank(message = "{message.required}") @Size(max = 2000, message = "{message.size}")
            @MultiLine @Schema(example = "Il manque la signature du second signataire sur l'engagement.") String message) {}

    @Schema(name = "ReopenRequest", description = "Why a validated adhesion is reopened")
    public record ReopenRequest(
            @NotBlank(message = "{reason.required}") @Size(max = 2000, message = "{reason.size}")
            @MultiLine @Schema(example = "L'école a ouvert une classe de plus en octobre.") String reason) {}

    @Schema(name = "ReviewQueueItem", description = "A line of the review queue")
    public record QueueItem(
            long adhesionId, long cooperativeId,
            @Schema(example = "046-0410") String cooperativeCode,
            @Schema(example = "École Publique Jules Ferry") String schoolName,
            @Schema(example = "LA ROSE") String city,
            @Schema(example = "2025-2026") String schoolYear,
            AdhesionStatus status, String statusLabel,
            Instant submittedAt, boolean late,
            @Schema(example = "1157.11") BigDecimal amountDue,
            PaymentMeans paymentMeans,
            int members,
            boolean paymentReceived, boolean engagementUploaded, boolean engagementReceived,
            ChangeFormStatus mandataireChangeForm,
            @Schema(example = "25/0035 A") String registrationCode,
            int version) {}

    /** What the review queue can be narrowed to: what is still missing. */
    public enum Missing {
        PAYMENT, ENGAGEMENT, CHANGE_FORM
    }
}
