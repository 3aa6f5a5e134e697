package org.coopenligne.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

/** The activity report's questionnaire of a department's year (its staff, the admin). */
@Path("/api/departments/{code}/report-questions/{year}")
@Tag(name = "Annual reports", description = "The activity and financial reports of a school year, and their review by staff")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    @Inject QuestionnaireService service;

    @GET
    @Operation(operationId = "getReportQuestionnaire", summary = "The activity report's questions of the year: the department's, or the national default")
    public RestResponse<ReportDtos.Questionnaire> get(@PathParam("code") String department,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.get(department, SchoolYears.parse(year)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putReportQuestionnaire", summary = "The department's own questions for the year, in order (a copy of the default, edited)")
    public RestResponse<ReportDtos.Questionnaire> put(@PathParam("code") String department,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Valid @NotNull(message = "{body.required}") ReportDtos.QuestionnaireRequest request) {
        return RestResponse.ok(service.put(department, SchoolYears.parse(year), request));
    }

    @DELETE
    @Operation(operationId = "resetReportQuestionnaire", summary = "Back to the national default for the year")
    public RestResponse<ReportDtos.Questionnaire> reset(@PathParam("code") String department,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.reset(department, SchoolYears.parse(year)));
    }
}
