package org.coopenligne.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.Versions;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A cooperative's annual report of a school year (« Compte-rendu »): read by it and its staff, filled and sent by its mandataire. */
@Path("/api/cooperatives/{id}/annual-reports/{year}")
@Tag(name = "Annual reports", description = "The activity and financial reports of a school year, and their review by staff")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class CooperativeReportResource {

    @Inject ReportService service;

    static RestResponse<ReportDtos.ReportView> withEtag(ReportDtos.ReportView view) {
        var builder = RestResponse.ResponseBuilder.ok(view);
        if (view.version() != null) {
            builder.header(HttpHeaders.ETAG, Versions.etag(view.version()));
        }
        return builder.build();
    }

    @GET
    @Operation(operationId = "getAnnualReport", summary = "The report of a year: its status in the Sommaire's words, the financial report with its balance check and the likely causes of a gap",
            description = "While the cooperative may change it, a report on the ledger kept here is filled from the ledger as it stands (« Réactualiser les totaux » is reading it again).")
    public RestResponse<ReportDtos.ReportView> get(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return withEtag(service.view(cooperativeId, SchoolYears.parse(year)));
    }

    @GET
    @Path("/financial.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "printFinancialReport", summary = "The financial report as a PDF (« Imprimer le CRF »): the totals per heading, the simplified balance sheet at 31 August, the balance check")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> printFinancial(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return pdf(service.print(cooperativeId, SchoolYears.parse(year), false));
    }

    @GET
    @Path("/quitus.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "printQuitus", summary = "The quitus page (« Imprimez cette page quitus ! »): the balance sheet, the verifiers' statement and two signature boxes")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> printQuitus(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return pdf(service.print(cooperativeId, SchoolYears.parse(year), true));
    }

    /** A printed document, to download (never cached: it may hold a school's figures). */
    static RestResponse<byte[]> pdf(ReportService.Printed printed) {
        return RestResponse.ResponseBuilder.ok(printed.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + printed.filename() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @PUT
    @Path("/financial")
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putFinancialReport", summary = "Save the financial report's typed figures: the statement's balance at 31 August; for a paper ledger, every figure")
    public RestResponse<ReportDtos.ReportView> putFinancial(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Parameter(in = ParameterIn.HEADER, description = "The report's version (\"3\"); none for a first save") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ReportDtos.FinancialRequest request) {
        Integer version = ifMatch != null ? Integer.valueOf(Versions.fromIfMatch(ifMatch)) : request.version();
        return withEtag(service.saveFinancial(cooperativeId, SchoolYears.parse(year), version, request));
    }

    @PUT
    @Path("/activity")
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putActivityReport", summary = "Save the activity report's answers (CRA), by question code, as typed; required ones are checked when the report is sent")
    public RestResponse<ReportDtos.ReportView> putActivity(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Parameter(in = ParameterIn.HEADER, description = "The report's version (\"3\"); none for a first save") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ReportDtos.ActivityRequest request) {
        Integer version = ifMatch != null ? Integer.valueOf(Versions.fromIfMatch(ifMatch)) : request.version();
        return withEtag(service.saveActivity(cooperativeId, SchoolYears.parse(year), version, request));
    }

    @POST
    @Path("/documents")
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachReportDocument", summary = "Send the signed quitus or the August bank statement (« Envoyer l'image »): PDF, JPEG or PNG",
            description = "Part `file`, checked by its content; `kind` QUITUS or AUGUST_STATEMENT. Read it with `GET /api/documents/{documentId}/content`.")
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = org.coopenligne.documents.DocumentView.class)))
    public RestResponse<org.coopenligne.documents.DocumentView> attach(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @QueryParam("kind") ReportDtos.ReportPaper kind,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        return RestResponse.status(RestResponse.Status.CREATED, service.attach(cooperativeId, SchoolYears.parse(year), kind, file));
    }

    @POST
    @Path("/submission")
    @RolesAllowed(Roles.MANDATAIRE)
    @Operation(operationId = "submitAnnualReport", summary = "« Envoyer à l'OCCE »: the report goes to staff and is locked until they send it back",
            description = "Refused with 422 and the reasons while the statement's balance (or, for a paper ledger, the totals and the cash) is missing. A gap does not stop it.")
    public RestResponse<ReportDtos.ReportView> submit(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Parameter(in = ParameterIn.HEADER, description = "The report's version (\"3\")", required = true) @HeaderParam("If-Match") String ifMatch) {
        return withEtag(service.submit(cooperativeId, SchoolYears.parse(year), Versions.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("/opening-correction")
    @RolesAllowed(Roles.MANDATAIRE)
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestOpeningCorrection", summary = "« Demander à l'OCCE de corriger le report à nouveau »: the opening carried from last "
            + "year's validated report is read-only; staff get the reason by email and on the report")
    public RestResponse<ReportDtos.ReportView> requestOpeningCorrection(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @jakarta.validation.Valid @jakarta.validation.constraints.NotNull(message = "{body.required}") ReportDtos.OpeningCorrectionRequest request) {
        return withEtag(service.requestOpeningCorrection(cooperativeId, SchoolYears.parse(year), request.reason()));
    }
}
