package org.coopenligne.auth;

import org.coopenligne.common.security.Roles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.auth.AuthDtos.LoginRequest;
import org.coopenligne.auth.AuthDtos.MeView;
import org.coopenligne.auth.AuthDtos.PasswordChange;
import org.coopenligne.auth.AuthDtos.SessionView;
import org.coopenligne.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api")
@Tag(name = "Authentication", description = "Login, password change, logout")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANDATAIRE, Roles.STAFF, Roles.ADMIN, Roles.PASSWORD_CHANGE})
public class AuthResource {

    @Inject AuthService service;

    @Context
    HttpServerRequest request;

    @POST
    @Path("/auth/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", summary = "Log in",
            description = "A cooperative logs in with DDD-NNNN; staff and the admin with their own login. "
                    + "While the password is the initial one, the token allows nothing but a password change.")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = "Wrong login or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<SessionView> login(@Valid @NotNull(message = "{body.required}") LoginRequest body) {
        return RestResponse.ok(service.login(body.login(), body.password(), clientAddress()));
    }

    @POST
    @Path("/auth/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "changePassword", summary = "Change one's password",
            description = "Ends every other session of the account and answers a new token.")
    public RestResponse<SessionView> changePassword(@Valid @NotNull(message = "{body.required}") PasswordChange body) {
        return RestResponse.ok(service.changePassword(body.currentPassword(), body.newPassword(), clientAddress()));
    }

    @POST
    @Path("/auth/logout")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "logout", summary = "Log out", description = "Every token issued to the account so far stops being accepted.")
    @APIResponse(responseCode = "204", description = "Logged out")
    public RestResponse<Void> logout() {
        service.logout();
        return RestResponse.noContent();
    }

    @GET
    @Path("/me")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMe", summary = "Who am I", description = "The account behind the token, its department and cooperative.")
    public RestResponse<MeView> me() {
        return RestResponse.ok(service.me());
    }

    private String clientAddress() {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
