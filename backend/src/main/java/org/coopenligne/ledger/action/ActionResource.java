package org.coopenligne.ledger.action;

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

/** One pedagogical action: renamed or deleted by the mandataire, with the version read. */
@Path("/api/ledger-actions/{actionId}")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.MANDATAIRE)
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    @Inject ActionService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameLedgerAction", summary = "Rename an action (409 when changed since it was read)")
    public RestResponse<ActionDtos.ActionView> update(@PathParam("actionId") long actionId,
            @Parameter(description = "The action's version, as its ETag (\"3\"); or send version in the body") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ActionDtos.ActionRequest request) {
        int version = ifMatch != null || request.version() == null ? Versions.fromIfMatch(ifMatch) : request.version();
        return RestResponse.ok(service.rename(actionId, version, request));
    }

    @DELETE
    @Operation(operationId = "deleteLedgerAction", summary = "Delete an action (its entries stay in the ledger, with no action)")
    public RestResponse<Void> delete(@PathParam("actionId") long actionId,
            @Parameter(description = "The action's version, as its ETag (\"3\")", required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(actionId, Versions.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }
}
