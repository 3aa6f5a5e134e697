package org.coopenligne.documents;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.documents.CertificateDtos.Verification;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The public page's API: anyone holding a certificate's code can check it (town halls, insurers). */
@Path("/api/public/certificates")
@Tag(name = "Verification", description = "Public verification of certificates, without an account")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject CertificateService certificates;

    @GET
    @Path("/{code}")
    @Operation(operationId = "verifyCertificate", summary = "Is this certificate genuine and still valid?",
            description = "Answers only what the certificate itself prints; 404 for an unknown code. Dashes and case do not matter.")
    public RestResponse<Verification> verify(@PathParam("code") String code) {
        return RestResponse.ok(certificates.verify(code));
    }
}
