package org.coopenligne.ledger;

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

/** One entry of the ledger: edited or deleted by the mandataire while the year is open, with the version read. */
@Path("/api/ledger-entries/{entryId}")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.MANDATAIRE)
@Produces(MediaType.APPLICATION_JSON)
public class LedgerEntryResource {

    @Inject LedgerService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLedgerEntry", summary = "Change an entry (409 when changed since it was read)")
    public RestResponse<LedgerEntryView> update(@PathParam("entryId") long entryId,
            @Parameter(description = "The entry's version, as its ETag (\"3\"); or send version in the body") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") LedgerDtos.EntryRequest request) {
        int version = ifMatch != null || request.version() == null ? Versions.fromIfMatch(ifMatch) : request.version();
        return RestResponse.ok(service.update(entryId, version, request));
    }

    @DELETE
    @Operation(operationId = "deleteLedgerEntry", summary = "Delete an entry (409 when changed since it was read)")
    public RestResponse<Void> delete(@PathParam("entryId") long entryId,
            @Parameter(description = "The entry's version, as its ETag (\"3\")", required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(entryId, Versions.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }

    @PUT
    @Path("clearing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "clearLedgerEntry", summary = "Tick the entry as seen on a bank statement of that date, or untick it (clearedOn null)")
    public RestResponse<LedgerEntryView> clear(@PathParam("entryId") long entryId,
            @Parameter(description = "The entry's version, as its ETag (\"3\"); or send version in the body") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") LedgerDtos.ClearingRequest request) {
        int version = ifMatch != null || request.version() == null ? Versions.fromIfMatch(ifMatch) : request.version();
        return RestResponse.ok(service.clear(entryId, version, request.clearedOn()));
    }
}
