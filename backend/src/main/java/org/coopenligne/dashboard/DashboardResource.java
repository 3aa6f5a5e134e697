package org.coopenligne.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.Problem;
import org.coopenligne.dashboard.DashboardDtos.Dashboard;
import org.coopenligne.department.DepartmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The campaign dashboard of one department. */
@Path("/api/departments/{code}/dashboard")
@Tag(name = "Dashboard", description = "The campaign's figures per department and school year")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject DashboardService service;
    @Inject DepartmentService departments;
    @Inject Clock clock;

    @GET
    @Operation(operationId = "getDepartmentDashboard", summary = "The campaign dashboard of a department",
            description = "Cooperatives per status (NOT_STARTED: no adhesion opened for the year), late ones, members and "
                    + "amounts of the adhesions sent, and the submissions of each day of September with their running total. "
                    + "Computed by aggregate queries.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dashboard.class)))
    @APIResponse(responseCode = "400", description = "Malformed school year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the caller's department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Dashboard> get(@PathParam("code") String code,
            @Parameter(description = "School year, e.g. 2026-2027; the current one by default") @QueryParam("year") String year) {
        return RestResponse.ok(service.department(departments.authorize(code), yearOf(year, clock)));
    }

    static SchoolYear yearOf(String year, Clock clock) {
        return SchoolYears.givenOrCurrent(year, clock);
    }
}
