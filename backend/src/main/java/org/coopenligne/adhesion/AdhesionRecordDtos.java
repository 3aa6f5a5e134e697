package org.coopenligne.adhesion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.coopenligne.adhesion.AdhesionDtos.Declarations;
import org.coopenligne.adhesion.AdhesionDtos.Totals;
import org.coopenligne.tariff.FeeBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The adhesions of a department as integrators read them: figures and statuses, no personal data. */
public final class AdhesionRecordDtos {

    private AdhesionRecordDtos() {}

    @Schema(name = "AdhesionRecord", description = "An adhesion in a department's list: lines, declarations, fee and status; "
            + "no teacher names or emails, no payment reference, no staff message")
    public record AdhesionRecord(
            @Schema(example = "340") long id,
            @Schema(example = "12") long cooperativeId,
            @Schema(example = "038-2233") String cooperativeCode,
            @Schema(example = "2026-2027") String schoolYear,
            AdhesionStatus status,
            @Schema(description = "Submitted after the department's deadline") boolean late,
            Totals totals,
            @Schema(description = "One line per class: its name or level and its members") List<LineRecord> lines,
            Declarations declarations,
            @Schema(description = "The fee under the department's current tariff, line by line; null without a tariff") FeeBreakdown fee,
            @Schema(description = "The amount it was submitted with", example = "439.25") BigDecimal submittedAmount,
            Instant submittedAt,
            @Schema(description = "Staff checked the payment") boolean paymentReceived,
            @Schema(description = "Given on validation", example = "26/0001 A") String registrationCode,
            Instant validatedAt) {}

    @Schema(name = "AdhesionRecordLine", description = "A class line without its teachers' names and emails")
    public record LineRecord(@Schema(example = "1") int position,
                             @Schema(example = "CM1-CM2") String className,
                             @Schema(example = "1") int adults,
                             @Schema(example = "24") int pupils,
                             @Schema(example = "25") int total,
                             @Schema(description = "Carried over from last year, counts not confirmed yet") boolean toConfirm) {}
}
