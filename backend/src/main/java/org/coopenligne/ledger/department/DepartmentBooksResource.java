package org.coopenligne.ledger.department;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The year's books of a department's cooperatives, summed per heading (staff of the department, the admin). */
@Path("/api/departments/{code}/books/{year}")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentBooksResource {

    @Inject DepartmentBooksService service;

    @GET
    @Operation(operationId = "getDepartmentBooks",
            summary = "The year's ledgers of the department's cooperatives summed per heading: income, charges, result, cooperatives that keep their books with us")
    public RestResponse<DepartmentBooksDtos.DepartmentBooksView> get(@PathParam("code") String department,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.totals(department, SchoolYears.parse(year)));
    }
}
