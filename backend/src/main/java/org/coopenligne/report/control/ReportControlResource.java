package org.coopenligne.report.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.security.Roles;
import org.coopenligne.report.ReportDtos.Amount;
import org.coopenligne.report.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The control of the accounts: the department's draw of a year's validated reports, and each drawn report's follow-up. */
@Tag(name = "Control of the accounts", description = "A reproducible random draw of the validated reports, and the follow-up of each")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/departments/{code}/report-controls")
public class ReportControlResource {

    @Inject ControlService service;
    @Inject Clock clock;

    private SchoolYear yearOrDue(String year) {
        return year == null ? ReportService.due(clock) : SchoolYears.parse(year);
    }

    @GET
    @Operation(operationId = "getReportControls", summary = "The department's control of a year: the draw, if made, and the follow-up of each drawn report")
    public RestResponse<ControlDtos.ControlsView> controls(@PathParam("code") String department,
            @Parameter(description = "The school year reported on; by default the one that ended last 31 August") @QueryParam("year")
            @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.controls(department, yearOrDue(year)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "drawReportControls", summary = "Draw the year's sample of validated reports (once per year): a share at random from a seed, "
            + "and optionally every report above an amount")
    public RestResponse<ControlDtos.ControlsView> draw(@PathParam("code") String department,
            @Valid @NotNull(message = "{body.required}") ControlDtos.DrawRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.draw(department, request));
    }

    @GET
    @Path("/preview")
    @Operation(operationId = "previewReportControls", summary = "What a seed draws from the validated reports as they are today; nothing is kept "
            + "(to check a draw, or try a rule)")
    public RestResponse<ControlDtos.Preview> preview(@PathParam("code") String department,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Parameter(description = "The seed", required = true, example = "4821") @QueryParam("seed")
            @NotNull(message = "Indiquez la graine du tirage à refaire.") @Pattern(regexp = ControlDtos.SEED_PATTERN, message = ControlDtos.SEED_MESSAGE)
            String seed,
            @Parameter(description = "The share drawn at random, in percent (10 by default)") @QueryParam("sharePercent")
            @Min(value = 1, message = "La part tirée est de 1 à 100 %.") @Max(value = 100, message = "La part tirée est de 1 à 100 %.") Integer sharePercent,
            @Parameter(description = "Also every report whose income or charges reach this amount") @QueryParam("aboveAmount")
            @Amount @DecimalMin(value = "0.01", message = "Le montant est positif.") BigDecimal aboveAmount,
            @Parameter(description = "Also, in each district with no report drawn, the one with the smallest key") @QueryParam("perDistrict")
            @DefaultValue("false") boolean perDistrict) {
        return RestResponse.ok(service.preview(department, yearOrDue(year), seed, sharePercent, aboveAmount, perDistrict));
    }
}
