package org.coopenligne.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Integrators' (and staff's) list of a department's certificates and their validity (e.g. an insurer's check). */
@Path("/api/departments/{code}/certificates")
@Tag(name = "Integrators")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.INTEGRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentCertificateResource {

    @Inject DepartmentCertificates service;
    @Inject Clock clock;

    @GET
    @Operation(operationId = "listDepartmentCertificates", summary = "The department's certificates of a school year, newest first",
            description = "Membership and insurance certificates with their verification code and validity: a certificate is "
                    + "revoked (valid false) when its adhesion is reopened, and a new one is issued on the next validation.")
    @APIResponse(responseCode = "200", description = "A page of certificates", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PageView.class, properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = CertificateRecord.class)),
            examples = @ExampleObject(name = "one valid, one revoked", value = "{\"items\":[{\"verificationCode\":\"K7QF-2M9D-XW4C\","
                    + "\"kind\":\"INSURANCE\",\"cooperativeCode\":\"038-2233\",\"schoolYear\":\"2026-2027\",\"registrationCode\":\"26/0001 A\","
                    + "\"issuedAt\":\"2026-09-20T09:12:00Z\",\"valid\":true,\"revokedAt\":null},{\"verificationCode\":\"P2LM-8RTA-Q4ZX\","
                    + "\"kind\":\"MEMBERSHIP\",\"cooperativeCode\":\"038-0114\",\"schoolYear\":\"2026-2027\",\"registrationCode\":\"26/0002 S\","
                    + "\"issuedAt\":\"2026-09-18T15:40:00Z\",\"valid\":false,\"revokedAt\":\"2026-09-19T08:00:00Z\"}],"
                    + "\"page\":0,\"size\":2,\"totalItems\":9,\"totalPages\":5}")))
    public RestResponse<PageView<CertificateRecord>> list(@PathParam("code") String code,
            @Parameter(description = "School year, e.g. 2026-2027; the current one by default") @QueryParam("year") String year,
            @Parameter(description = "true: valid ones only; false: revoked ones only; all by default") @QueryParam("valid")
            @Pattern(regexp = "true|false", message = "{valid.boolean}") String valid,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        SchoolYear schoolYear = SchoolYears.givenOrCurrent(year, clock);
        return RestResponse.ok(service.list(code, schoolYear, valid == null ? null : Boolean.valueOf(valid), page, size));
    }
}
