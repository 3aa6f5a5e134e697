package org.coopenligne.adhesion;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopenligne.tariff.FeeBreakdown;
import org.coopenligne.tariff.PaymentMeans;
import org.coopenligne.tariff.TariffDtos.SubscriptionView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AdhesionDtos {

    private AdhesionDtos() {}

    @Schema(name = "Adhesion", description = "A cooperative's adhesion of one school year, with its lines, declarations and fee")
    public record AdhesionView(
            @Schema(description = "Null while NOT_STARTED") Long id,
            long cooperativeId,
            @Schema(example = "046-0410") String cooperativeCode,
            @Schema(example = "2025-2026") String schoolYear,
            AdhesionStatus status,
            @Schema(description = "The home page's wording of the status") String statusLabel,
            @Schema(description = "Submitted after the department's deadline") boolean late,
            List<ClassLineView> lines,
            Totals totals,
            Declarations declarations,
            @Schema(description = "The fee, line by line; null while the department has no tariff for the year") FeeBreakdown fee,
            @Schema(description = "The amount it was submitted with, which stays due until re-priced") BigDecimal submittedAmount,
            Instant submittedAt,
            @Schema(description = "The tariff changed since the submission: the fee shown differs from the submitted amount") boolean repricingNeeded,
            @Schema(description = "Staff's message when they asked for a correction") String correctionMessage,
            @Schema(description = "Staff's checklist and the validation") ReviewDtos.ReviewView review,
            Campaign campaign,
            PreviousYear previousYear,
            @Schema(description = "Optimistic-locking version: send it as If-Match with each change") int version) {

        /**
         * The adhesion of a year the cooperative has not opened yet: no line, nothing declared (insurance as the
         * tariff makes it), no fee; the campaign and last year's count say what opening it will bring.
         */
        public static AdhesionView notStarted(long cooperativeId, String cooperativeCode, String schoolYear,
                                              boolean insuranceMandatory, Campaign campaign, PreviousYear previousYear) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new AdhesionView(null, cooperativeId, cooperativeCode, schoolYear, AdhesionStatus.NOT_STARTED,
                    AdhesionStatus.NOT_STARTED.label, false, List.of(), new Totals(0, 0, 0, 0),
                    new Declarations(insuranceMandatory, zero, zero, java.util.Set.of(), zero, null),
                    null, null, null, false, null, null, campaign, previousYear, 0);
        }
    }

    @Schema(name = "ClassLine")
    public record ClassLineView(long id, @Schema(description = "Entry order, from 1") int position,
                                @Schema(example = "CM1-CM2") String className,
                                @Schema(example = "JEAN DUPONT") String teachers,
                                @Schema(example = "jdp@gmail.com") String teacherEmail,
                                @Schema(example = "1") int adults, @Schema(example = "24") int pupils,
                                @Schema(example = "25") int total,
                                @Schema(description = "Carried over from last year: counts to confirm") boolean toConfirm) {}

    @Schema(name = "AdhesionTotals")
    public record Totals(@Schema(example = "3") int lines, @Schema(example = "4") int adults,
                         @Schema(example = "57") int pupils, @Schema(example = "61") int members) {}

    @Schema(name = "AdhesionDeclarations")
    public record Declarations(boolean insured, BigDecimal propertyValue, BigDecimal instrumentValue,
                               Set<Long> subscriptionIds, BigDecimal voluntaryParticipation, PaymentMeans paymentMeans) {}

    @Schema(name = "Campaign", description = "The department's campaign of the year, from its tariff (defaults when none)")
    public record Campaign(
            @Schema(example = "2025-09-01") LocalDate opensOn,
            @Schema(example = "2025-09-30") LocalDate deadline,
            @Schema(description = "Today is on or after the opening date") boolean open,
            @Schema(description = "Today is after the deadline: an entry is accepted and marked late") boolean afterDeadline,
            @Schema(description = "The department has defined its tariff for the year") boolean tariffDefined,
            boolean insuranceMandatory,
            Set<PaymentMeans> paymentMeans,
            List<SubscriptionView> subscriptions,
            @Schema(description = "The tariff's, or the default when the year has none", example = "2000.00") BigDecimal propertyThreshold,
            @Schema(description = "The tariff's, or the default when the year has none", example = "15000.00") BigDecimal instrumentThreshold) {}

    @Schema(name = "PreviousYear")
    public record PreviousYear(@Schema(example = "2024-2025") String schoolYear,
                               @Schema(description = "Lines of last year's adhesion, carried over on opening") int lineCount) {}

    @Schema(name = "ClassLineRequest")
    public record ClassLineRequest(
            @NotBlank(message = "{className.required}") @Size(max = 80, message = "{className.size}")
            @Schema(example = "CM1-CM2", required = true) String className,
            @Size(max = 200, message = "{teachers.size}") @Schema(example = "NORBERT DUROC - BENOIT LOUP") String teachers,
            @Email(message = "{email.invalid}") @Size(max = 120, message = "{text.max120}") String teacherEmail,
            @NotNull(message = "{adults.required}") @Min(value = 0, message = "{count.positive}") @Max(value = 100, message = "{adults.max}")
            @Schema(example = "1", required = true) Integer adults,
            @NotNull(message = "{pupils.required}") @Min(value = 0, message = "{count.positive}") @Max(value = 1000, message = "{pupils.max}")
            @Schema(example = "24", required = true) Integer pupils) {}

    @Schema(name = "DeclarationsRequest")
    public record DeclarationsRequest(
            @NotNull(message = "{insured.required}") Boolean insured,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "10000000", message = "{amount.max}") @Digits(integer = 10, fraction = 2, message = "{amount.cents}")
            BigDecimal propertyValue,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "10000000", message = "{amount.max}") @Digits(integer = 10, fraction = 2, message = "{amount.cents}")
            BigDecimal instrumentValue,
            @Size(max = 10, message = "{subscriptions.max}") Set<Long> subscriptionIds,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "100000", message = "{amount.max}") @Digits(integer = 6, fraction = 2, message = "{amount.cents}")
            BigDecimal voluntaryParticipation,
            @Schema(description = "One of the department's enabled means; may stay empty until submission") PaymentMeans paymentMeans) {}

    @Schema(name = "QuoteRequest", description = "Counts and declarations to price without saving anything (a preview while typing)")
    public record QuoteRequest(
            @NotNull(message = "{adults.required}") @Min(value = 0, message = "{count.positive}") @Max(value = 20000, message = "{adults.max}") Integer adults,
            @NotNull(message = "{pupils.required}") @Min(value = 0, message = "{count.positive}") @Max(value = 200000, message = "{pupils.max}") Integer pupils,
            @NotNull(message = "{insured.required}") Boolean insured,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "10000000", message = "{amount.max}") @Digits(integer = 10, fraction = 2, message = "{amount.cents}") BigDecimal propertyValue,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "10000000", message = "{amount.max}") @Digits(integer = 10, fraction = 2, message = "{amount.cents}") BigDecimal instrumentValue,
            @Size(max = 10, message = "{subscriptions.max}") Set<Long> subscriptionIds,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "100000", message = "{amount.max}") @Digits(integer = 6, fraction = 2, message = "{amount.cents}") BigDecimal voluntaryParticipation) {}
}
