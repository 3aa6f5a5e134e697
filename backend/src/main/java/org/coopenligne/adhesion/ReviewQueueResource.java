package org.coopenligne.adhesion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.coopenligne.adhesion.ReviewDtos.Missing;
import org.coopenligne.adhesion.ReviewDtos.QueueItem;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.QueryEnums;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.department.DepartmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Staff's review queue of a department. */
@Path("/api/departments/{code}/review-queue")
@Tag(name = "Review", description = "Staff's review of submitted adhesions (SPEC.md steps 8 and 9)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    @Inject ReviewService service;
    @Inject DepartmentService departments;
    @Inject Clock clock;

    @GET
    @Operation(operationId = "getReviewQueue", summary = "Adhesions to review, oldest submission first",
            description = "By default the submitted adhesions of the current school year; `missing` keeps those still waiting for it.")
    public RestResponse<PageView<QueueItem>> queue(@PathParam("code") String code,
            @Parameter(description = "School year, e.g. 2025-2026; the current one by default") @QueryParam("year") String year,
            @Parameter(description = "SUBMITTED (default), CORRECTION_REQUESTED, VALIDATED or DRAFT") @QueryParam("status") String status,
            @Parameter(description = "PAYMENT, ENGAGEMENT or CHANGE_FORM: only those still waiting for it") @QueryParam("missing") String missing,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        String schoolYear = SchoolYears.givenOrCurrent(year, clock).label();
        return RestResponse.ok(service.queue(departments.authorize(code).id(), schoolYear, QueryEnums.parse(AdhesionStatus.class, status, "status"),
                QueryEnums.parse(Missing.class, missing, "missing"), page, size));
    }

}
