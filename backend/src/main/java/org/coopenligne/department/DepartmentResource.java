package org.coopenligne.department;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.coopenligne.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/departments")
@Tag(name = "Departments", description = "The departmental OCCE associations")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    @Inject DepartmentService service;

    @GET
    @Operation(operationId = "listDepartments", summary = "List departments",
            description = "The national admin sees every department; staff and mandataires see their own.")
    public RestResponse<PageView<DepartmentView>> list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "{size.range}") @Max(value = 100, message = "{size.range}") int size) {
        return RestResponse.ok(service.list(page, size));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDepartment", summary = "Create a department (national admin)",
            description = "A code already used is refused with 409. Its settings, tariffs and staff accounts come next.")
    @APIResponse(responseCode = "201", description = "The new department",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "409", description = "The code is already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DepartmentView> create(@Valid @NotNull(message = "{body.required}") DepartmentCreate request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(request));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateDepartment", summary = "Rename a department (national admin)",
            description = "The code never changes. A stale version is refused with 409.")
    @APIResponse(responseCode = "200", description = "The department after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "409", description = "Changed meanwhile: reload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DepartmentView> update(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code,
            @Valid @NotNull(message = "{body.required}") DepartmentUpdate request) {
        return RestResponse.ok(service.update(code, request));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDepartment", summary = "Read one department")
    public RestResponse<DepartmentView> get(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code) {
        return RestResponse.ok(service.authorize(code));
    }
}
