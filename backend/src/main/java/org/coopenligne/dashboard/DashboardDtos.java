package org.coopenligne.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the campaign dashboard shows: counts, members, amounts, and submissions by day. */
public final class DashboardDtos {

    private DashboardDtos() {}

    @Schema(name = "StatusCounts", description = "Cooperatives per adhesion status of the year; NOT_STARTED: no adhesion opened")
    public record StatusCounts(
            @Schema(example = "412") long notStarted,
            @Schema(example = "230") long draft,
            @Schema(example = "120") long submitted,
            @Schema(example = "8") long correctionRequested,
            @Schema(example = "1230") long validated) {}

    @Schema(name = "LateCounts", description = "Late cooperatives: submitted after the deadline, plus those not submitted (not started or draft) once the deadline is past")
    public record LateCounts(
            @Schema(example = "14") long submittedLate,
            @Schema(example = "0") long notSubmitted,
            @Schema(example = "14") long total) {}

    @Schema(name = "MemberCounts", description = "Members declared in the adhesions sent to the OCCE (submitted, to correct, validated)")
    public record MemberCounts(
            @Schema(example = "4210") long adults,
            @Schema(example = "61230") long pupils) {}

    @Schema(name = "AmountFigures", description = "Amounts of the year, in euros")
    public record AmountFigures(
            @Schema(description = "Sum of the amounts sent (submitted, to correct, validated)", example = "125430.50") BigDecimal expected,
            @Schema(description = "Sum of the amounts of the validated adhesions", example = "98210.00") BigDecimal validated,
            @Schema(description = "Sum of the payments recorded as received in the review checklist", example = "90110.00") BigDecimal received) {}

    @Schema(name = "TrendDay", description = "Submissions of one day of September, and the total sent up to that day included")
    public record TrendDay(
            @Schema(example = "2026-09-14") LocalDate date,
            @Schema(example = "37") long submissions,
            @Schema(example = "412") long cumulative) {}

    @Schema(name = "Dashboard", description = "The campaign dashboard of a department and school year")
    public record Dashboard(
            @Schema(example = "038") String departmentCode,
            @Schema(example = "OCCE de l'Isère") String departmentName,
            @Schema(example = "2026-2027") String schoolYear,
            @Schema(description = "Deadline of the year's tariff (30 September when the year has no tariff)", example = "2026-09-30") LocalDate deadline,
            @Schema(description = "Whether the deadline is past today") boolean deadlinePassed,
            @Schema(example = "2000") long cooperatives,
            StatusCounts statuses,
            LateCounts late,
            MemberCounts members,
            AmountFigures amounts,
            @Schema(description = "Every day of September, in order") List<TrendDay> trend) {}

    @Schema(name = "DepartmentDashboardRow", description = "One department's figures, side by side with the others (national admin)")
    public record DepartmentRow(
            @Schema(example = "038") String departmentCode,
            @Schema(example = "OCCE de l'Isère") String departmentName,
            @Schema(example = "2026-09-30") LocalDate deadline,
            @Schema(example = "2000") long cooperatives,
            StatusCounts statuses,
            LateCounts late,
            MemberCounts members,
            AmountFigures amounts) {}
}
