package org.coopenligne.ledger.cash;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** "L'arrêté de caisse": the cash counts of a cooperative's year; the mandataire records one, staff read them. */
@Path("/api/cooperatives/{id}/cash-counts")
@Tag(name = "Cash counts", description = "The cash box counted note by note and coin by coin (arrêté de caisse)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class CashCountsResource {

    @Inject CashCountService service;

    @GET
    @Operation(operationId = "listCashCounts", summary = "The cash counts of a school year, the latest first, each against the ledger's cash balance at its date")
    public RestResponse<CashCountDtos.CountsView> list(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.list(cooperativeId, year == null ? null : SchoolYears.parse(year)));
    }

    @POST
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCashCount", summary = "Record the cash count of a day (one a day)")
    public RestResponse<CashCountDtos.CountView> create(@PathParam("id") long cooperativeId,
            @Valid @NotNull(message = "{body.required}") CashCountDtos.CountRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(cooperativeId, request));
    }
}
