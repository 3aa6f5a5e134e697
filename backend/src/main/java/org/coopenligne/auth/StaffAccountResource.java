package org.coopenligne.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.auth.AccountDtos.OneTimePasswordView;
import org.coopenligne.auth.AccountDtos.StaffAccountUpdate;
import org.coopenligne.auth.AccountDtos.StaffAccountView;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** One staff account: the national admin renames, disables, enables it or gives it a one-time password. */
@Path("/api/staff-accounts/{accountId}")
@Tag(name = "Accounts")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class StaffAccountResource {

    @Inject AccountService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateStaffAccount", summary = "Rename, disable or enable a staff account",
            description = "Disabling ends every session of the account at once. A stale version is refused with 409.")
    @APIResponse(responseCode = "200", description = "The account after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffAccountView.class)))
    @APIResponse(responseCode = "409", description = "Changed meanwhile: reload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<StaffAccountView> update(@PathParam("accountId") long accountId,
            @Valid @NotNull(message = "{body.required}") StaffAccountUpdate request) {
        return RestResponse.ok(service.updateStaff(accountId, request));
    }

    @POST
    @Path("/password-reset")
    @Operation(operationId = "resetStaffPassword", summary = "Give a staff account a one-time password",
            description = "The password is in this answer only; every session of the account ends.")
    @APIResponse(responseCode = "200", description = "The one-time password, shown once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OneTimePasswordView.class)))
    public RestResponse<OneTimePasswordView> reset(@PathParam("accountId") long accountId) {
        return RestResponse.ok(service.resetStaffPassword(accountId));
    }
}
