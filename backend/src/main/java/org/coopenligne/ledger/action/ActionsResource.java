package org.coopenligne.ledger.action;

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

/** "Actions péda." of a cooperative's year: the mandataire names them, staff read. */
@Path("/api/cooperatives/{id}/ledger/actions")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {

    @Inject ActionService service;

    @GET
    @Operation(operationId = "listLedgerActions", summary = "The pedagogical actions of a year, each with its income, charges and result")
    public RestResponse<ActionDtos.ActionsView> list(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.list(cooperativeId, year == null ? null : SchoolYears.parse(year)));
    }

    @POST
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLedgerAction", summary = "Name a pedagogical action of a year")
    public RestResponse<ActionDtos.ActionView> create(@PathParam("id") long cooperativeId,
            @Valid @NotNull(message = "{body.required}") ActionDtos.ActionRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(cooperativeId, request));
    }
}
