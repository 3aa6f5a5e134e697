package org.coopenligne.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.auth.AccountDtos.OneTimePasswordView;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A mandataire forgot its password: staff of the department give it a one-time password. */
@Path("/api/cooperatives/{id}/password-reset")
@Tag(name = "Accounts", description = "Passwords of the mandataires (staff) and accounts of the staff (national admin)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class CooperativePasswordResetResource {

    @Inject AccountService service;

    @POST
    @Operation(operationId = "resetCooperativePassword", summary = "Give the cooperative's mandataire a one-time password",
            description = "The password is in this answer only (and emailed to the mandataire); every session of the account "
                    + "ends, and a new password must be chosen at the next login.")
    @APIResponse(responseCode = "200", description = "The one-time password, shown once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OneTimePasswordView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative, or it has no account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<OneTimePasswordView> reset(@PathParam("id") long cooperativeId) {
        return RestResponse.ok(service.resetMandatairePassword(cooperativeId));
    }
}
