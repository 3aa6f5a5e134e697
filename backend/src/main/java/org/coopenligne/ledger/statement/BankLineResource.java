package org.coopenligne.ledger.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** One bank line: confirmed as an entry of the books, written as a new entry, or unmatched; by the mandataire. */
@Path("/api/bank-lines/{bankLineId}")
@Tag(name = "Bank statements", description = "Bank statements imported (CSV, OFX, camt.053) and their lines matched to the ledger")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.MANDATAIRE)
@Produces(MediaType.APPLICATION_JSON)
public class BankLineResource {

    @Inject StatementService service;

    @POST
    @Path("/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "matchBankLine", summary = "The line shows that entry: the entry is ticked at the line's date")
    public RestResponse<StatementDtos.LineView> match(@PathParam("bankLineId") long lineId,
            @Valid @NotNull(message = "{body.required}") StatementDtos.MatchRequest request) {
        return RestResponse.ok(service.match(lineId, request));
    }

    @POST
    @Path("/entry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEntryFromBankLine", summary = "Write the entry a line shows (its date, amount and bank side), ticked")
    public RestResponse<StatementDtos.LineView> createEntry(@PathParam("bankLineId") long lineId,
            @Valid @NotNull(message = "{body.required}") StatementDtos.EntryFromLineRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.createEntry(lineId, request));
    }

    @DELETE
    @Path("/match")
    @Operation(operationId = "unmatchBankLine", summary = "Undo a match: the entry is unticked")
    public RestResponse<StatementDtos.LineView> unmatch(@PathParam("bankLineId") long lineId,
            @Parameter(description = "The line's version, as its ETag (\"3\")", required = true) @HeaderParam("If-Match") String ifMatch) {
        return RestResponse.ok(service.unmatch(lineId, Versions.fromIfMatch(ifMatch)));
    }
}
