package org.coopenligne.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.Versions;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The staff's side of a report: a correction asked, the validation that closes the year, a reopening. */
@Path("/api/annual-reports/{reportId}")
@Tag(name = "Annual reports", description = "The activity and financial reports of a school year, and their review by staff")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class ReportReviewResource {

    private static final String IF_MATCH = "The report's version (\"3\")";

    @Inject ReportService service;

    @POST
    @Path("/correction-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestReportCorrection", summary = "Send the report back to the cooperative with a message (emailed)")
    public RestResponse<ReportDtos.ReportView> requestCorrection(@PathParam("reportId") long reportId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ReportDtos.CorrectionRequest request) {
        return CooperativeReportResource.withEtag(service.requestCorrection(reportId, Versions.fromIfMatch(ifMatch), request.message()));
    }

    @jakarta.ws.rs.PUT
    @Path("/checklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putReportChecklist", summary = "The staff's checklist while they review the report: quitus signed by the two verifiers, "
            + "statement's balance matches, subsidies justified")
    public RestResponse<ReportDtos.ReportView> checklist(@PathParam("reportId") long reportId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ReportDtos.Checklist request) {
        return CooperativeReportResource.withEtag(service.checklist(reportId, Versions.fromIfMatch(ifMatch), request));
    }

    @POST
    @Path("/validation")
    @Operation(operationId = "validateAnnualReport", summary = "Validate the report: the year is closed, its books locked, and the next year opens on its closing balances")
    public RestResponse<ReportDtos.ReportView> validate(@PathParam("reportId") long reportId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return CooperativeReportResource.withEtag(service.validate(reportId, Versions.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenAnnualReport", summary = "Reopen a validated report, with a reason: the year's books can change again; it goes back to the cooperative")
    public RestResponse<ReportDtos.ReportView> reopen(@PathParam("reportId") long reportId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ReportDtos.ReopenRequest request) {
        return CooperativeReportResource.withEtag(service.reopen(reportId, Versions.fromIfMatch(ifMatch), request.reason()));
    }
}
