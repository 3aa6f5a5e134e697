package org.coopenligne.ledger.inventory;

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

/** One inventory item: changed (e.g. when it leaves the inventory) or deleted by the mandataire, with the version read. */
@Path("/api/inventory-items/{itemId}")
@Tag(name = "Inventory", description = "What a cooperative owns (cahier d'inventaire)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.MANDATAIRE)
@Produces(MediaType.APPLICATION_JSON)
public class InventoryItemResource {

    @Inject InventoryService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateInventoryItem", summary = "Change an inventory item (409 when changed since it was read)")
    public RestResponse<InventoryDtos.ItemView> update(@PathParam("itemId") long itemId,
            @Parameter(description = "The item's version, as its ETag (\"3\"); or send version in the body") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") InventoryDtos.ItemRequest request) {
        int version = ifMatch != null || request.version() == null ? Versions.fromIfMatch(ifMatch) : request.version();
        return RestResponse.ok(service.update(itemId, version, request));
    }

    @DELETE
    @Operation(operationId = "deleteInventoryItem", summary = "Delete an inventory item (a mistake; an item that left is kept with its date)")
    public RestResponse<Void> delete(@PathParam("itemId") long itemId,
            @Parameter(description = "The item's version, as its ETag (\"3\")", required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(itemId, Versions.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }
}
