package org.coopenligne.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.security.Roles;
import jakarta.ws.rs.core.Response;
import org.coopenligne.common.csv.CsvWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The department's queue of reports sent to it (staff of the department, the admin). */
@Path("/api/departments/{code}/annual-reports")
@Tag(name = "Annual reports", description = "The activity and financial reports of a school year, and their review by staff")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentReportsResource {

    @Inject ReportService service;
    @Inject Clock clock;
    @Inject AggregatedAccountsService accounts;

    static final String ACCOUNTS_EXAMPLE = "{\"departmentCode\":\"038\",\"schoolYear\":\"2025-2026\",\"cooperatives\":1210,\"validatedReports\":2,"
            + "\"pendingReports\":1,\"statuses\":{\"notStarted\":1200,\"drafts\":7,\"submitted\":1,\"correctionRequested\":0,\"validated\":2,"
            + "\"late\":0},\"openingBank\":900.00,\"openingCash\":50.00,\"income\":650.50,\"charges\":450.00,\"result\":200.50,"
            + "\"closingBank\":1283.51,\"closingCash\":40.00,\"headings\":[{\"code\":\"6068\",\"label\":\"Fournitures pédagogiques\","
            + "\"kind\":\"CHARGE\",\"reports\":1,\"amount\":30.00},{\"code\":\"6251\",\"label\":\"Sorties et voyages\",\"kind\":\"CHARGE\","
            + "\"reports\":1,\"amount\":420.00},{\"code\":\"7562\",\"label\":\"Participation volontaire des familles\",\"kind\":\"INCOME\","
            + "\"reports\":2,\"amount\":650.50}]}";

    @GET
    @Path("/accounts")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.INTEGRATOR})
    @Operation(operationId = "getAggregatedAccounts", summary = "The department's aggregated accounts of a year: every validated financial report summed per heading, with the opening and closing balances",
            description = "Also for integrators (a read-only API token of the department): the validated reports' figures, no personal data.")
    @APIResponse(responseCode = "200", description = "The accounts", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReportDtos.AggregatedAccounts.class),
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "two validated reports", value = ACCOUNTS_EXAMPLE)))
    public RestResponse<ReportDtos.AggregatedAccounts> accounts(@PathParam("code") String department,
            @Parameter(description = "The school year reported on; by default the one that ended last 31 August") @QueryParam("year")
            @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(accounts.accounts(department, year == null ? ReportService.due(clock) : SchoolYears.parse(year)));
    }

    @GET
    @Path("/accounts.csv")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.INTEGRATOR})
    @Produces(CsvWriter.MEDIA_TYPE)
    @Operation(operationId = "exportAggregatedAccounts", summary = "The validated reports of a year as CSV: one row per cooperative, the headings as columns, the balances")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CsvWriter.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response accountsCsv(@PathParam("code") String department,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return accounts.csv(department, year == null ? ReportService.due(clock) : SchoolYears.parse(year)).response();
    }

    @GET
    @Path("/accounts.pdf")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.INTEGRATOR})
    @Produces("application/pdf")
    @Operation(operationId = "printAggregatedAccounts", summary = "The aggregated accounts as a PDF, for the department's general assembly and its auditor: "
            + "the scope, the headings, the aggregated balance, the subsidies per funder")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> accountsPdf(@PathParam("code") String department,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return CooperativeReportResource.pdf(accounts.print(department, year == null ? ReportService.due(clock) : SchoolYears.parse(year)));
    }

    @GET
    @Path("/unsent")
    @Operation(operationId = "listUnsentAnnualReports", summary = "The department's cooperatives whose report of the year is not sent yet "
            + "(not started, a draft, or to correct): whom to remind")
    public RestResponse<ReportDtos.Unsent> unsent(@PathParam("code") String department,
            @Parameter(description = "The school year reported on; by default the one that ended last 31 August") @QueryParam("year")
            @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(accounts.unsent(department, year == null ? ReportService.due(clock) : SchoolYears.parse(year)));
    }

    @GET
    @Operation(operationId = "listAnnualReports", summary = "The department's reports of a year sent to it, the oldest first (drafts are the cooperatives' own)")
    public RestResponse<PageView<ReportDtos.QueueItem>> queue(@PathParam("code") String department,
            @Parameter(description = "The school year reported on; by default the one that ended last 31 August") @QueryParam("year")
            @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @QueryParam("status") ReportStatus status,
            @Parameter(description = "Only those sent after the deadline") @QueryParam("late") @DefaultValue("false") boolean late,
            @Parameter(description = "Only those whose balance check did not hold when sent") @QueryParam("gap") @DefaultValue("false") boolean gap,
            @Parameter(description = "Only those sent without the signed quitus") @QueryParam("quitusMissing") @DefaultValue("false") boolean quitusMissing,
            @Parameter(description = "Only those drawn for the control of the accounts") @QueryParam("drawn") @DefaultValue("false") boolean drawn,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "La page est un nombre positif.") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "Une page a de 1 à 200 lignes.")
            @Max(value = 200, message = "Une page a de 1 à 200 lignes.") int size) {
        return RestResponse.ok(service.queue(department, year == null ? ReportService.due(clock) : SchoolYears.parse(year), status, late, gap, quitusMissing,
                drawn, page, size));
    }

}
