package org.coopenligne.apitoken;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.apitoken.ApiTokenDtos.ApiTokenRequest;
import org.coopenligne.apitoken.ApiTokenDtos.ApiTokenView;
import org.coopenligne.apitoken.ApiTokenDtos.CreatedApiToken;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Staff's "Accès API" page: the department's read-only tokens for integrators. */
@Path("/api/departments/{code}/api-tokens")
@Tag(name = "API tokens", description = "Read-only tokens of a department for third-party software (integrators)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

    static final String TOKEN_EXAMPLE = "{\"id\":51,\"name\":\"Logiciel comptable\",\"prefix\":\"coop_Xk3v\",\"createdBy\":\"staff038\","
            + "\"createdAt\":\"2026-09-02T08:15:00Z\",\"lastUsedAt\":\"2026-09-14T06:00:00Z\",\"revokedAt\":null,\"revokedBy\":null,\"active\":true}";

    @Inject ApiTokenService service;

    @GET
    @Operation(operationId = "listApiTokens", summary = "The department's API tokens, newest first",
            description = "Active and revoked tokens, with their last use; never their secret.")
    @APIResponse(responseCode = "200", description = "A page of tokens", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PageView.class, properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ApiTokenView.class)),
            examples = @ExampleObject(name = "one token", value = "{\"items\":[" + TOKEN_EXAMPLE + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
    public RestResponse<PageView<ApiTokenView>> list(@PathParam("code") String code,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.list(code, page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Create an API token",
            description = "Answers the secret once: only its SHA-256 is kept, it cannot be shown again. The token reads the "
                    + "department's data (GET only) as the `integrator` role.")
    @APIResponse(responseCode = "201", description = "Created; copy the secret now", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreatedApiToken.class),
            examples = @ExampleObject(name = "created", value = "{\"token\":" + TOKEN_EXAMPLE
                    + ",\"secret\":\"coop_Xk3vQ9m2b7Zt0aLr5Yp8sWn1cEh4uJf6dGi3oKq7xMe\"}")))
    @APIResponse(responseCode = "409", description = "Too many active tokens",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CreatedApiToken> create(@PathParam("code") String code,
            @Valid @NotNull(message = "{body.required}") ApiTokenRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(code, body.name()));
    }

    @POST
    @Path("/{tokenId}/revocation")
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token",
            description = "Every call with it gets 401 from now on, on every server. Revoking a revoked token changes nothing.")
    @APIResponse(responseCode = "200", description = "The token, revoked", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiTokenView.class),
            examples = @ExampleObject(name = "revoked", value = "{\"id\":51,\"name\":\"Logiciel comptable\",\"prefix\":\"coop_Xk3v\","
                    + "\"createdBy\":\"staff038\",\"createdAt\":\"2026-09-02T08:15:00Z\",\"lastUsedAt\":\"2026-09-14T06:00:00Z\","
                    + "\"revokedAt\":\"2026-10-01T09:30:00Z\",\"revokedBy\":\"staff038\",\"active\":false}")))
    @APIResponse(responseCode = "404", description = "No such token in the department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ApiTokenView> revoke(@PathParam("code") String code, @PathParam("tokenId") long tokenId) {
        return RestResponse.ok(service.revoke(code, tokenId));
    }
}
