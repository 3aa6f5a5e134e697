package org.coopenligne.report.control;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.report.ReportDtos.Amount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The control of the accounts: the draw's request and views, a drawn report's follow-up. */
public final class ControlDtos {

    private ControlDtos() {}

    public static final String SEED_PATTERN = "[A-Za-z0-9-]{1,40}";
    static final String SEED_MESSAGE = "La graine du tirage a de 1 à 40 lettres, chiffres ou tirets.";
    static final String RULE = "Chaque compte-rendu validé a pour clé l'empreinte SHA-256 (en hexadécimal) de « graine:code de la coopérative » "
            + "(par exemple echo -n \"4821:038-0107\" | sha256sum). Les comptes-rendus sont rangés par clé croissante : les premiers, "
            + "part × nombre / 100 arrondi au-dessus, sont tirés ; puis, si un montant est choisi, tous ceux dont les recettes ou les dépenses "
            + "l'atteignent ; puis, si « au moins une par circonscription » est choisi, dans chaque circonscription dont aucun "
            + "compte-rendu n'est encore tiré, celui de plus petite clé (une école sans circonscription n'en forme pas une).";

    @Schema(name = "ControlDrawRequest", description = "The draw of a year's validated reports for the control of the accounts")
    public record DrawRequest(
            @Schema(description = "The school year reported on; by default the one that ended last 31 August", example = "2025-2026")
            @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Schema(description = "The seed; one is made when absent (shown afterwards)", example = "4821")
            @Pattern(regexp = SEED_PATTERN, message = SEED_MESSAGE) String seed,
            @Schema(description = "The share drawn at random, in percent (10 by default)", example = "10")
            @Min(value = 1, message = "La part tirée est de 1 à 100 %.") @Max(value = 100, message = "La part tirée est de 1 à 100 %.") Integer sharePercent,
            @Schema(description = "Also every report whose income or charges reach this amount", example = "15000.00")
            @Amount @DecimalMin(value = "0.01", message = "Le montant est positif.") BigDecimal aboveAmount,
            @Schema(description = "Also, in each district (circonscription) with no report drawn, the one with the smallest key")
            Boolean perDistrict) {}

    @Schema(name = "ControlDraw", description = "A department's draw of a year: its seed and rule, so that anyone can re-draw it")
    public record DrawView(long id, String schoolYear, @Schema(example = "4821") String seed, @Schema(example = "10") int sharePercent,
                           BigDecimal aboveAmount, @Schema(description = "At least one report per district") boolean perDistrict,
                           @Schema(description = "Validated reports it was drawn from") int population,
                           @Schema(description = "Reports drawn") int drawn, Instant drawnAt, String drawnBy,
                           @Schema(description = "How to re-draw it by hand") String rule) {}

    @Schema(name = "ReportControl", description = "A report drawn for control, and its follow-up")
    public record ControlItem(long id, long reportId, long cooperativeId, String cooperativeCode, String schoolName, String city,
                              @Schema(description = "The school's district (circonscription)", example = "Cahors 2") String district,
                              @Schema(description = "Its place in the draw") int rank, ControlDraws.Reason reason,
                              @Schema(description = "SHA-256 of seed:code") String key,
                              BigDecimal income, BigDecimal charges, ControlStatus status, @Schema(example = "pièces demandées") String statusLabel,
                              String documentsRequested, String remarks, Instant updatedAt, String updatedBy, Instant closedAt, int version) {}

    @Schema(name = "ReportControls", description = "The department's control of a year: the draw, if made, and each drawn report's follow-up")
    public record ControlsView(String departmentCode, String schoolYear,
                               @Schema(description = "Validated reports of the year, today") long validatedReports,
                               @Schema(description = "Null until drawn") DrawView draw, List<ControlItem> controls) {}

    @Schema(name = "ControlPreviewItem", description = "A report a seed draws")
    public record PreviewItem(String cooperativeCode, String schoolName, String district, String key, int rank, ControlDraws.Reason reason) {}

    @Schema(name = "ControlPreview", description = "What a seed draws from the validated reports as they are today (nothing is kept)")
    public record Preview(String schoolYear, String seed, int sharePercent, BigDecimal aboveAmount, boolean perDistrict, int population,
                          List<PreviewItem> drawn,
                          String rule) {}

    @Schema(name = "ControlFollowUpRequest", description = "A drawn report's follow-up: documents asked (emailed), checked, remarks, closed")
    public record FollowUpRequest(
            @NotNull(message = "Choisissez l'étape du contrôle.") ControlStatus status,
            @Schema(description = "The documents asked of the cooperative (required to ask them; emailed)", example = "Les relevés de banque de l'année et les factures de plus de 200 €.")
            @Size(max = 2000, message = "La demande a 2000 caractères au plus.") String documentsRequested,
            @Schema(description = "What the control found (required to close it)")
            @Size(max = 4000, message = "Les remarques ont 4000 caractères au plus.") String remarks) {}
}
