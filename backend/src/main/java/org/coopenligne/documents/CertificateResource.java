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

@Path("/api/adhesions/{adhesionId}/certificates")
@Tag(name = "Documents", description = "The engagement, uploaded papers, certificates and their public verification")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
public class CertificateResource {

    static final String PDF = "application/pdf";

    @Inject CertificateService certificates;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCertificates", summary = "The current certificates of a validated adhesion (empty before validation)")
    public RestResponse<List<CertificateView>> certificates(@PathParam("adhesionId") long adhesionId) {
        return RestResponse.ok(certificates.ofAdhesion(adhesionId));
    }

    @GET
    @Path("/{kind}")
    @Produces(PDF)
    @Operation(operationId = "getCertificatePdf", summary = "The attestation d'adhésion (MEMBERSHIP) or certificat d'assurance (INSURANCE)",
            description = "404 before validation, after a reopening, and for INSURANCE when the cooperative is not insured.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> certificate(@PathParam("adhesionId") long adhesionId,
            @Schema(enumeration = {"MEMBERSHIP", "INSURANCE"}) @PathParam("kind") String kind) {
        Certificate.Kind k = QueryEnums.parse(Certificate.Kind.class, kind, "kind");
        if (k == null) {
            throw org.coopenligne.common.error.ProblemException.invalidField("kind", "Indiquez MEMBERSHIP ou INSURANCE.");
        }
        byte[] bytes = certificates.pdf(adhesionId, k);
        return DocumentContentResource.file(bytes, PDF, (k == Certificate.Kind.MEMBERSHIP ? "attestation-adhesion-" : "certificat-assurance-") + adhesionId + ".pdf", false);
    }

}
