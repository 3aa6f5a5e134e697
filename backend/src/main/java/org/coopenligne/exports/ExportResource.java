package org.coopenligne.exports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.csv.CsvFile;
import org.coopenligne.common.csv.CsvWriter;
import org.coopenligne.cooperative.CooperativeFilter;
import org.coopenligne.cooperative.CooperativeFilterParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A department's CSV exports (UTF-8 with BOM, {@code ;}, CRLF, decimal comma, dates dd/MM/yyyy), streamed.
 * Adhesions come as two files a spreadsheet user sums without double counting: one row per adhesion with its
 * fee ({@code adhesions.csv}), one row per class line with its adhesion's code and status ({@code class-lines.csv}).
 */
@Path("/api/departments/{code}/exports")
@Tag(name = "Exports", description = "CSV files of a department for spreadsheet software")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(CsvWriter.MEDIA_TYPE)
@APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CsvWriter.MEDIA_TYPE,
        schema = @Schema(type = SchemaType.STRING, format = "binary")))
public class ExportResource {

    @Inject ExportService service;
    @Inject Clock clock;

    /** What every export is of: a department and a school year. */
    public static class Scope {

        @PathParam("code")
        public String code;

        @QueryParam("year")
        @Parameter(description = "School year, e.g. 2025-2026; the current one by default")
        public String year;
    }

    @GET
    @Path("cooperatives.csv")
    @Operation(operationId = "exportCooperatives", summary = "The department's cooperatives with the status of their adhesion of the year (CSV)",
            description = "Every cooperative of the department, or those matching the list's filter (the parameters of "
                    + "GET /api/cooperatives, validated the same way: an unknown value is refused with 400), in its sort order; "
                    + "with `cooperativeIds`, only those among them.")
    public Response cooperatives(@BeanParam Scope scope,
            @Parameter(description = "Only these cooperatives (the ticked rows of the list), at most 1,000; all when absent")
            @QueryParam("cooperativeIds") @Size(max = 1000, message = "{export.selection.size}") List<Long> cooperativeIds,
            @Valid @BeanParam CooperativeFilterParams filter) {
        CooperativeFilter matching = filter.filter();
        return csv(scope, (code, year) -> service.cooperatives(code, year, matching, cooperativeIds == null ? List.of() : cooperativeIds));
    }

    @GET
    @Path("adhesions.csv")
    @Operation(operationId = "exportAdhesions", summary = "The adhesions of a school year, one row each with its counts and fee (CSV)")
    public Response adhesions(@BeanParam Scope scope) {
        return csv(scope, service::adhesions);
    }

    @GET
    @Path("class-lines.csv")
    @Operation(operationId = "exportClassLines", summary = "The class lines of the adhesions of a school year, one row each (CSV)")
    public Response classLines(@BeanParam Scope scope) {
        return csv(scope, service::classLines);
    }

    @GET
    @Path("payments.csv")
    @Operation(operationId = "exportPayments", summary = "The payments of the sent adhesions of a school year: the review checklist and the ledger entry (CSV)")
    public Response payments(@BeanParam Scope scope) {
        return csv(scope, service::payments);
    }

    /** The export of the department and year asked (the current year by default), streamed as an attachment. */
    private Response csv(Scope scope, BiFunction<String, String, CsvFile> export) {
        String year = SchoolYears.givenOrCurrent(scope.year, clock).label();
        return export.apply(scope.code, year).response();
    }
}
