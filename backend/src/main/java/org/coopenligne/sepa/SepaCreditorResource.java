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
import org.coopenligne.department.DepartmentService;
import org.coopenligne.sepa.SepaDtos.CreditorUpdate;
import org.coopenligne.sepa.SepaDtos.CreditorView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The department as SEPA creditor. */
@Path("/api/departments/{code}/sepa-creditor")
@Tag(name = "SEPA", description = "SEPA direct debit: mandates, the department as creditor, pain.008 files")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class SepaCreditorResource {

    @Inject SepaService service;
    @Inject DepartmentService departments;

    @GET
    @Operation(operationId = "getSepaCreditor", summary = "Read the department's SEPA creditor settings",
            description = "Fields are null while none are recorded.")
    public RestResponse<CreditorView> get(@PathParam("code") String code) {
        return RestResponse.ok(service.creditor(departments.authorize(code)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSepaCreditor", summary = "Record or change the department's SEPA creditor settings",
            description = "The creditor identifier (ICS) is checked (mod 97, 13 characters in France), the IBAN and BIC as for a mandate.")
    @APIResponse(responseCode = "200", description = "The creditor settings as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreditorView.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong (field named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed meanwhile: reload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CreditorView> put(@PathParam("code") String code, @Valid @NotNull(message = "{body.required}") CreditorUpdate update) {
        return RestResponse.ok(service.putCreditor(departments.authorize(code), update));
    }
}
