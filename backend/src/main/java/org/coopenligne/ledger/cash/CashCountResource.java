package org.coopenligne.ledger.cash;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** One cash count: corrected or deleted by the mandataire, with the version read. */
@Path("/api/cash-counts/{countId}")
@Tag(name = "Cash counts", description = "The cash box counted note by note and coin by coin (arrêté de caisse)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.MANDATAIRE)
@Produces(MediaType.APPLICATION_JSON)
public class CashCountResource {

    @Inject CashCountService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCashCount", summary = "Correct a cash count (409 when changed since it was read)")
    public RestResponse<CashCountDtos.CountView> update(@PathParam("countId") long countId,
            @Parameter(description = "The count's version, as its ETag (\"3\"); or send version in the body") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") CashCountDtos.CountRequest request) {
        int version = ifMatch != null || request.version() == null ? Versions.fromIfMatch(ifMatch) : request.version();
        return RestResponse.ok(service.update(countId, version, request));
    }

    @DELETE
    @Operation(operationId = "deleteCashCount", summary = "Delete a cash count (409 when changed since it was read)")
    public RestResponse<Void> delete(@PathParam("countId") long countId,
            @Parameter(description = "The count's version, as its ETag (\"3\")", required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(countId, Versions.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }
}
