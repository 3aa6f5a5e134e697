package org.coopenligne.ledger.subsidy;

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

/** "Les subventions" of a cooperative's year: the mandataire records them, staff read. */
@Path("/api/cooperatives/{id}/subsidies")
@Tag(name = "Subsidies", description = "The subsidies granted to a cooperative and the entries that received them")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class SubsidiesResource {

    @Inject SubsidyService service;

    @GET
    @Operation(operationId = "listSubsidies", summary = "The subsidies decided in a school year, with received and still expected")
    public RestResponse<SubsidyDtos.SubsidiesView> list(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.list(cooperativeId, year == null ? null : SchoolYears.parse(year)));
    }

    @POST
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubsidy", summary = "Record a subsidy granted to the cooperative")
    public RestResponse<SubsidyDtos.SubsidyView> create(@PathParam("id") long cooperativeId,
            @Valid @NotNull(message = "{body.required}") SubsidyDtos.SubsidyRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(cooperativeId, request));
    }
}
