package org.coopenligne.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.adhesion.AdhesionService;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.QueryEnums;
import org.coopenligne.documents.CertificateDtos.CertificateView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/adhesions/{adhesionId}/engagement")
@Tag(name = "Documents", description = "The engagement, uploaded papers, certificates and their public verification")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
public class EngagementResource {

    static final String PDF = "application/pdf";

    @Inject DocumentService documents;
    @Inject AdhesionService adhesions;
    @Inject PdfDocuments pdf;

    @GET
    @Path("/form")
    @Produces(PDF)
    @Operation(operationId = "getEngagementPdf", summary = "The pre-filled engagement du mandataire, to print, sign and upload")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> engagementPdf(@PathParam("adhesionId") long adhesionId) {
        AdhesionView a = adhesions.view(adhesionId);
        return DocumentContentResource.file(pdf.engagement(a), PDF, "engagement-mandataire-" + a.cooperativeCode() + "-" + a.schoolYear() + ".pdf", false);
    }

    @POST
    @Path("/uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadEngagement", summary = "Upload the signed engagement (PDF, JPEG or PNG, 10 MB at most)",
            description = "The content is checked, not the name: anything but a PDF, JPEG or PNG is refused with 415; "
                    + "more than 10 MB with 413. A newer upload replaces the older one.")
    public RestResponse<DocumentView> uploadEngagement(@PathParam("adhesionId") long adhesionId,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", description = "The scan or photo") FileUpload file) {
        return RestResponse.status(RestResponse.Status.CREATED, documents.uploadEngagement(adhesionId, file));
    }

    @GET
    @Path("/uploads")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEngagementUploads", summary = "The signed engagements uploaded for an adhesion, newest first")
    public RestResponse<List<DocumentView>> adhesionDocuments(@PathParam("adhesionId") long adhesionId) {
        return RestResponse.ok(documents.ofAdhesion(adhesionId));
    }

}
