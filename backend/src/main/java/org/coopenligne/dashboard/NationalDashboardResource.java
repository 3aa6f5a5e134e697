package org.coopenligne.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.dashboard.DashboardDtos.DepartmentRow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The national federation's view: every department's campaign side by side. */
@Path("/api/dashboard/departments")
@Tag(name = "Dashboard", description = "The campaign's figures per department and school year")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class NationalDashboardResource {

    @Inject DashboardService service;
    @Inject Clock clock;

    @GET
    @Operation(operationId = "getNationalDashboard", summary = "Every department's campaign figures side by side (admin)",
            description = "One row per department, by code, without the daily trend. There are about a hundred departments: "
                    + "the default page of 100 holds them all; the figures are computed by queries grouped by department.")
    public RestResponse<PageView<DepartmentRow>> list(
            @Parameter(description = "School year, e.g. 2026-2027; the current one by default") @QueryParam("year") String year,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("100") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.departments(DashboardResource.yearOf(year, clock), page, size));
    }
}
