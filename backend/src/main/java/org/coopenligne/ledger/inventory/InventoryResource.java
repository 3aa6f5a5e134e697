package org.coopenligne.ledger.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** « Cahier d'inventaire »: the mandataire records what the cooperative owns, staff read. */
@Path("/api/cooperatives/{id}/inventory")
@Tag(name = "Inventory", description = "What a cooperative owns (cahier d'inventaire)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @Inject InventoryService service;

    @GET
    @Operation(operationId = "getInventory", summary = "The inventory, the latest purchase first, and the value of what is held")
    public RestResponse<InventoryDtos.InventoryView> list(@PathParam("id") long cooperativeId) {
        return RestResponse.ok(service.list(cooperativeId));
    }

    @POST
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInventoryItem", summary = "Add something the cooperative bought to its inventory")
    public RestResponse<InventoryDtos.ItemView> create(@PathParam("id") long cooperativeId,
            @Valid @NotNull(message = "{body.required}") InventoryDtos.ItemRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(cooperativeId, request));
    }
}
