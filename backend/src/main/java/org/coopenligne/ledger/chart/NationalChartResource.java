package org.coopenligne.ledger.chart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.Versions;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The national chart of headings: read by staff, kept by the admin. */
@Path("/api/ledger-chart")
@Tag(name = "Ledger chart", description = "The chart of headings: the national default and each department's changes for a year")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class NationalChartResource {

    static final String IF_MATCH_NEW = "The heading's version (\"3\") when it exists; none for a new one";

    @Inject ChartService service;

    @GET
    @Operation(operationId = "getNationalLedgerChart", summary = "The national chart of headings, with the entries that use each heading")
    public RestResponse<ChartDtos.ChartView> get() {
        return RestResponse.ok(service.national());
    }

    @PUT
    @Path("/headings/{headingCode}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putNationalLedgerHeading", summary = "Add a national heading (6… charge, 7… income) or change its label")
    public RestResponse<ChartDtos.ChartView> put(@PathParam("headingCode") String code,
            @Parameter(description = IF_MATCH_NEW) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ChartDtos.HeadingRequest request) {
        return RestResponse.ok(service.putNational(code, ifMatch == null ? null : Versions.fromIfMatch(ifMatch), request));
    }

    @DELETE
    @Path("/headings/{headingCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteNationalLedgerHeading", summary = "Remove a national heading that no entry uses and no department changed")
    public RestResponse<ChartDtos.ChartView> delete(@PathParam("headingCode") String code,
            @Parameter(description = "The heading's version (\"3\")", required = true) @HeaderParam("If-Match") String ifMatch) {
        return RestResponse.ok(service.deleteNational(code, Versions.fromIfMatch(ifMatch)));
    }
}
