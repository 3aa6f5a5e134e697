package org.coopenligne.department;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.auth.Roles;
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

    @Inject
    DepartmentService service;

    @GET
    @Operation(operationId = "listDepartments", summary = "List departments",
            description = "The national admin sees every department; staff and mandataires see their own.")
    public RestResponse<PageView<DepartmentView>> list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "{size.range}") @Max(value = 100, message = "{size.range}") int size) {
        return RestResponse.ok(service.list(page, size));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDepartment", summary = "Read one department")
    public RestResponse<DepartmentView> get(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code) {
        return RestResponse.ok(service.get(code));
    }
}
