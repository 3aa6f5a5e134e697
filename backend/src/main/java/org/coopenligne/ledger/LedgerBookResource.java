package org.coopenligne.ledger;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.core.Response;
import org.coopenligne.common.csv.CsvWriter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.DecimalMax;
import java.util.List;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYears;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The ledger of a year as a whole ("Cahier de compta."), its chart of headings, its opening balances. */
@Path("/api/cooperatives/{id}/ledger")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class LedgerBookResource {

    @Inject LedgerService service;

    @GET
    @Operation(operationId = "getLedger", summary = "The ledger of a school year: opening balances, entries with the bank and cash balances after each, totals per heading, closing")
    public RestResponse<LedgerDtos.LedgerView> ledger(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Parameter(description = "A page of lines (from 0); without it, the whole year") @QueryParam("page")
            @Min(value = 0, message = "La page est un nombre positif.")
            @Max(value = org.coopenligne.common.PageView.MAX_PAGE, message = "{page.max}") Integer page,
            @Parameter(description = "The page's size (with page; 50 by default)") @QueryParam("size")
            @Min(value = 1, message = "Une page a de 1 à 500 lignes.") @Max(value = 500, message = "Une page a de 1 à 500 lignes.") Integer size) {
        return RestResponse.ok(service.ledger(cooperativeId, year == null ? null : SchoolYears.parse(year), page,
                page == null ? null : size == null ? 50 : size));
    }

    @GET
    @Path("headings")
    @Operation(operationId = "getLedgerHeadings", summary = "The chart of headings the ledger of a year uses (national, with the department's additions)")
    public RestResponse<List<LedgerDtos.HeadingView>> headings(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.chart(cooperativeId, year == null ? null : SchoolYears.parse(year)));
    }

    @PUT
    @Path("openings/{year}")
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putLedgerOpening", summary = "Type the opening balances of a year (a first year; later years carry the closing over)")
    public RestResponse<LedgerDtos.LedgerView> putOpening(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Valid @NotNull(message = "{body.required}") LedgerDtos.OpeningRequest request) {
        return RestResponse.ok(service.putOpening(cooperativeId, SchoolYears.parse(year), request));
    }

    @GET
    @Path("reconciliation")
    @Operation(operationId = "getLedgerReconciliation", summary = "The reconciliation table at a date: book balance, not debited, not credited, expected statement balance, gap")
    public RestResponse<LedgerDtos.Reconciliation> reconciliation(@PathParam("id") long cooperativeId,
            @Parameter(description = "The statement's date (YYYY-MM-DD)", required = true) @QueryParam("date")
            @NotNull(message = "Indiquez la date du relevé.") java.time.LocalDate date,
            @Parameter(description = "The statement's balance at that date, to get the gap") @QueryParam("statementBalance")
            @DecimalMin(value = "-9999999.99", message = "Solde hors limites.") @DecimalMax(value = "9999999.99", message = "Solde hors limites.")
            java.math.BigDecimal statementBalance) {
        return RestResponse.ok(service.reconciliation(cooperativeId, date, statementBalance));
    }

    @GET
    @Path("export.fec")
    @Produces("text/plain;charset=ISO-8859-15")
    @Operation(operationId = "exportLedgerFec", summary = "The year's entries as a FEC (article A47 A-1: 18 tab-separated columns, journals BQ and CA)")
    @APIResponse(responseCode = "200", description = "The FEC file", content = @Content(mediaType = "text/plain",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportFec(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return service.fec(cooperativeId, year == null ? null : SchoolYears.parse(year)).response("text/plain;charset=ISO-8859-15");
    }

    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "printLedger", summary = "The year's ledger as a PDF: every entry with the balances after it, the header row and carried-forward totals on each page, the totals per heading")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> print(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        LedgerService.Printed printed = service.pdf(cooperativeId, year == null ? null : SchoolYears.parse(year));
        return RestResponse.ResponseBuilder.ok(printed.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + printed.filename() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("export.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    @Operation(operationId = "exportLedger", summary = "The year's ledger as CSV (voucher, date, label, kind, headings, means, cheque, in, out, balances, ticked)")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CsvWriter.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return service.export(cooperativeId, year == null ? null : SchoolYears.parse(year)).response();
    }
}
