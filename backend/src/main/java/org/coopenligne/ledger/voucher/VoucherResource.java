package org.coopenligne.ledger.voucher;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.security.Roles;
import org.coopenligne.documents.DocumentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The vouchers of an entry: attached by the mandataire; their content is a document's. */
@Path("/api/ledger-entries/{entryId}/vouchers")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class VoucherResource {

    @Inject VoucherService service;

    @POST
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachVoucher", summary = "Attach a voucher (photo or scan of the receipt: PDF, JPEG or PNG) to an entry",
            description = "Part `file`. Checked by its content, not its name; 10 per entry at most. Read it with `GET /api/documents/{documentId}/content`.")
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "No file, or neither a PDF nor an image", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "File too large", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DocumentView> attach(@PathParam("entryId") long entryId,
            @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file) {
        return RestResponse.status(RestResponse.Status.CREATED, service.attach(entryId, file));
    }
}
