package org.coopenligne.cooperative;

import java.math.BigDecimal;
import java.time.Instant;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.tariff.PaymentMeans;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperativeListItem", description = "A cooperative in the staff's list, with its adhesion of the school year asked")
public record CooperativeListItem(
        @Schema(example = "12") long id,
        @Schema(example = "046-0410") String code,
        @Schema(example = "046") String departmentCode,
        @Schema(example = "0410") String number,
        @Schema(example = "École Publique Jules Ferry") String schoolName,
        @Schema(example = "LA ROSE") String city,
        @Schema(example = "0460410N") String uai,
        @Schema(example = "Jean DUPONT") String mandataireName,
        @Schema(description = "The year's adhesion; absent when not started") Long adhesionId,
        @Schema(description = "NOT_STARTED when the year's adhesion is not opened") AdhesionStatus status,
        @Schema(description = "The amount sent to the OCCE, else the draft's current amount", example = "439.25") BigDecimal amount,
        Instant submittedAt,
        @Schema(description = "Submitted after the deadline, or not submitted while the deadline is past") boolean late,
        @Schema(description = "Absent when not started") Boolean insured,
        PaymentMeans paymentMeans,
        @Schema(description = "The payment is recorded as received in the review checklist") boolean paymentReceived) {}
