package org.coopenligne.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.auth.AccountDtos.StaffAccountCreate;
import org.coopenligne.auth.AccountDtos.StaffAccountCreated;
import org.coopenligne.auth.AccountDtos.StaffAccountView;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The staff accounts of a department: the national admin only. */
@Path("/api/departments/{code}/staff-accounts")
@Tag(name = "Accounts")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentStaffAccountResource {

    @Inject AccountService service;

    @GET
    @Operation(operationId = "listStaffAccounts", summary = "The staff accounts of a department, by login")
    public RestResponse<PageView<StaffAccountView>> list(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.staffOf(code, page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStaffAccount", summary = "Create a staff account with a one-time password",
            description = "The password is in this answer only; it must be changed at the first login. A login already used "
                    + "is refused with 409.")
    @APIResponse(responseCode = "201", description = "The account and its one-time password, shown once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffAccountCreated.class)))
    @APIResponse(responseCode = "409", description = "The login is already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<StaffAccountCreated> create(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code,
            @Valid @NotNull(message = "{body.required}") StaffAccountCreate request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.createStaff(code, request));
    }
}
