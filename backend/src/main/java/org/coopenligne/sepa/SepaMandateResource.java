package org.coopenligne.sepa;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.error.Problem;
import org.coopenligne.sepa.SepaDtos.MandateUpdate;
import org.coopenligne.sepa.SepaDtos.MandateView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A cooperative's SEPA direct debit mandate: the mandataire reads it, staff record it (bank changes go through staff). */
@Path("/api/cooperatives/{id}/sepa-mandate")
@Tag(name = "SEPA", description = "SEPA direct debit: mandates, the department as creditor, pain.008 files")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class SepaMandateResource {

    @Inject SepaService service;

    @GET
    @Operation(operationId = "getSepaMandate", summary = "Read a cooperative's SEPA mandate",
            description = "Fields are null while no mandate is recorded; proposedReference is the reference a new one would get.")
    @APIResponse(responseCode = "200", description = "The mandate, or its empty fields",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MandateView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MandateView> get(@PathParam("id") long id) {
        return RestResponse.ok(service.mandate(id));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSepaMandate", summary = "Record or change a cooperative's SEPA mandate (staff)",
            description = "The IBAN is normalized (spaces removed, upper case) and checked (length of the country, mod 97); "
                    + "the BIC has 8 or 11 characters; the reference is unique in the department (the proposed one when empty). "
                    + "A mandataire asks for a change of bank details through a change-of-mandataire request.")
    @APIResponse(responseCode = "200", description = "The mandate as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MandateView.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong (field named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed meanwhile, or the reference is another cooperative's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MandateView> put(@PathParam("id") long id, @Valid @NotNull(message = "{body.required}") MandateUpdate update) {
        return RestResponse.ok(service.putMandate(id, update));
    }
}
