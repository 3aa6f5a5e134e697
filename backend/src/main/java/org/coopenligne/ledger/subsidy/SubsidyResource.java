package org.coopenligne.ledger.subsidy;

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

/** One subsidy: changed (its receipts too) or deleted by the mandataire, with the version read. */
@Path("/api/subsidies/{subsidyId}")
@Tag(name = "Subsidies", description = "The subsidies granted to a cooperative and the entries that received them")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.MANDATAIRE)
@Produces(MediaType.APPLICATION_JSON)
public class SubsidyResource {

    @Inject SubsidyService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSubsidy", summary = "Change a subsidy or its receipts (409 when changed since it was read)")
    public RestResponse<SubsidyDtos.SubsidyView> update(@PathParam("subsidyId") long subsidyId,
            @Parameter(description = "The subsidy's version, as its ETag (\"3\"); or send version in the body") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") SubsidyDtos.SubsidyRequest request) {
        int version = ifMatch != null || request.version() == null ? Versions.fromIfMatch(ifMatch) : request.version();
        return RestResponse.ok(service.update(subsidyId, version, request));
    }

    @DELETE
    @Operation(operationId = "deleteSubsidy", summary = "Delete a subsidy (its entries stay in the ledger)")
    public RestResponse<Void> delete(@PathParam("subsidyId") long subsidyId,
            @Parameter(description = "The subsidy's version, as its ETag (\"3\")", required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(subsidyId, Versions.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }
}
