package org.coopenligne.ledger.chart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.Versions;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A department's chart of a year: the national headings with the department's sub-headings and labels, kept by its staff. */
@Path("/api/departments/{code}/ledger-chart/{year}")
@Tag(name = "Ledger chart", description = "The chart of headings: the national default and each department's changes for a year")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentChartResource {

    @Inject ChartService service;

    @GET
    @Operation(operationId = "getDepartmentLedgerChart", summary = "A department's chart of a year, where each heading comes from, the entries that use it")
    public RestResponse<ChartDtos.ChartView> get(@PathParam("code") String department,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.department(department, SchoolYears.parse(year)));
    }

    @PUT
    @Path("/headings/{headingCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putDepartmentLedgerHeading", summary = "Relabel a national heading for the year, or add (or relabel) a sub-heading detailing one")
    public RestResponse<ChartDtos.ChartView> put(@PathParam("code") String department,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @PathParam("headingCode") String code,
            @Parameter(description = NationalChartResource.IF_MATCH_NEW) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ChartDtos.HeadingRequest request) {
        return RestResponse.ok(service.putDepartment(department, SchoolYears.parse(year), code, ifMatch == null ? null : Versions.fromIfMatch(ifMatch),
                request));
    }

    @DELETE
    @Path("/headings/{headingCode}")
    @Operation(operationId = "deleteDepartmentLedgerHeading", summary = "Back to the national label, or remove a sub-heading no entry of the year uses")
    public RestResponse<ChartDtos.ChartView> delete(@PathParam("code") String department,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @PathParam("headingCode") String code,
            @Parameter(description = "The department's row version (\"3\")", required = true) @HeaderParam("If-Match") String ifMatch) {
        return RestResponse.ok(service.deleteDepartment(department, SchoolYears.parse(year), code, Versions.fromIfMatch(ifMatch)));
    }
}
