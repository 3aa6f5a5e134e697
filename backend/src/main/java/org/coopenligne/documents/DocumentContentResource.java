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
import jakarta.ws.rs.core.StreamingOutput;
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

@Path("/api/documents/{documentId}/content")
@Tag(name = "Documents", description = "The engagement, uploaded papers, certificates and their public verification")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
public class DocumentContentResource {

    static final String PDF = "application/pdf";

    @Inject DocumentService documents;

    @GET
    @Produces({PDF, "image/jpeg", "image/png"})
    @Operation(operationId = "getDocumentContent", summary = "An uploaded file's content, streamed")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public jakarta.ws.rs.core.Response content(@PathParam("documentId") long documentId) {
        DocumentService.Download d = documents.open(documentId);
        StreamingOutput stream = out -> {
            try (InputStream in = d.content()) {
                in.transferTo(out);
            }
        };
        return jakarta.ws.rs.core.Response.ok(stream, d.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, d.size())
                .header("Content-Disposition", disposition(d.name(), true))
                .header("Cache-Control", "private, no-store")
                .build();
    }


    static <T> RestResponse<T> file(T body, String type, String name, boolean inline) {
        return RestResponse.ResponseBuilder.ok(body, type)
                .header("Content-Disposition", disposition(name, inline))
                .header("Cache-Control", "private, no-store")
                .build();
    }

    static String disposition(String name, boolean inline) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
