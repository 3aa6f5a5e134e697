package org.coopenligne.cooperative;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Integrators' (and staff's) list of a department's cooperatives: public data of the schools only. */
@Path("/api/departments/{code}/cooperatives")
@Tag(name = "Integrators", description = "Read-only views of a department for third-party software (API tokens), also open to staff")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.INTEGRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentCooperativeResource {

    @Inject CooperativeDirectory directory;

    @GET
    @Operation(operationId = "listDepartmentCooperatives", summary = "The department's cooperatives, by number",
            description = "The schools' public data (name, type, address, UAI, institutional email and phone); never the "
                    + "mandataire's details nor the bank account. `q` matches the number or code (prefix), the school's name or "
                    + "city (anywhere), the UAI (prefix).")
    @APIResponse(responseCode = "200", description = "A page of cooperatives", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PageView.class, properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = CooperativeListing.class)),
            examples = @ExampleObject(name = "first page", value = "{\"items\":[{\"id\":12,\"code\":\"038-2233\",\"number\":\"2233\","
                    + "\"schoolName\":\"École Élémentaire Jean Moulin\",\"schoolType\":\"École élémentaire publique\","
                    + "\"addressLine\":\"3 rue de la République\",\"postalCode\":\"38200\",\"city\":\"VIENNE\",\"uai\":\"0382233K\","
                    + "\"schoolEmail\":\"ce.0382233k@ac-grenoble.fr\",\"schoolPhone\":\"04 74 00 00 00\"}],"
                    + "\"page\":0,\"size\":1,\"totalItems\":31,\"totalPages\":31}")))
    public RestResponse<PageView<CooperativeListing>> list(@PathParam("code") String code,
            @Parameter(description = "Text searched in the number, code, school name, city and UAI") @QueryParam("q")
            @Size(max = 100, message = "{q.size}") String q,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(directory.list(code, q, page, size));
    }
}
