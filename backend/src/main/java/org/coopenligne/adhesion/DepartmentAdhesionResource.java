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
import org.coopenligne.adhesion.AdhesionRecordDtos.AdhesionRecord;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.QueryEnums;
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

/** Integrators' (and staff's) read of a department's adhesions of a year, with lines and fees. */
@Path("/api/departments/{code}/adhesions")
@Tag(name = "Integrators")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.INTEGRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentAdhesionResource {

    static final String EXAMPLE = "{\"items\":[{\"id\":340,\"cooperativeId\":12,\"cooperativeCode\":\"038-2233\",\"schoolYear\":\"2026-2027\","
            + "\"status\":\"VALIDATED\",\"late\":false,\"totals\":{\"lines\":2,\"adults\":2,\"pupils\":47,\"members\":49},"
            + "\"lines\":[{\"position\":1,\"className\":\"CP\",\"adults\":1,\"pupils\":23,\"total\":24,\"toConfirm\":false},"
            + "{\"position\":2,\"className\":\"CE1-CE2\",\"adults\":1,\"pupils\":24,\"total\":25,\"toConfirm\":false}],"
            + "\"declarations\":{\"insured\":true,\"propertyValue\":0.00,\"instrumentValue\":0.00,\"subscriptionIds\":[],"
            + "\"voluntaryParticipation\":0.00,\"paymentMeans\":\"TRANSFER\"},"
            + "\"fee\":{\"lines\":[{\"code\":\"MEMBERSHIP\",\"section\":\"ADHESION\",\"label\":\"des coopérateurs (49 x 2,26 €)\","
            + "\"quantity\":49,\"rate\":2.26,\"amount\":110.74,\"note\":null},{\"code\":\"INSURANCE\",\"section\":\"INSURANCE\","
            + "\"label\":\"des coopérateurs (49 x 0,20 €)\",\"quantity\":49,\"rate\":0.20,\"amount\":9.80,\"note\":null}],\"total\":120.54},"
            + "\"submittedAmount\":120.54,\"submittedAt\":\"2026-09-12T14:03:00Z\",\"paymentReceived\":true,"
            + "\"registrationCode\":\"26/0001 A\",\"validatedAt\":\"2026-09-20T09:12:00Z\"}],"
            + "\"page\":0,\"size\":1,\"totalItems\":4,\"totalPages\":4}";

    @Inject DepartmentAdhesions service;
    @Inject Clock clock;

    @GET
    @Operation(operationId = "listDepartmentAdhesions", summary = "The department's adhesions of a school year, by cooperative",
            description = "Each with its class lines (names or levels and counts, no teacher names or emails), its declarations, "
                    + "its fee line by line under the current tariff, its status and registration code. Cooperatives that have not "
                    + "started their adhesion are not listed.")
    @APIResponse(responseCode = "200", description = "A page of adhesions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PageView.class, properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = AdhesionRecord.class)),
            examples = @ExampleObject(name = "a validated adhesion", value = EXAMPLE)))
    public RestResponse<PageView<AdhesionRecord>> list(@PathParam("code") String code,
            @Parameter(description = "School year, e.g. 2026-2027; the current one by default") @QueryParam("year") String year,
            @Parameter(description = "DRAFT, SUBMITTED, CORRECTION_REQUESTED or VALIDATED; all by default") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        SchoolYear schoolYear = SchoolYears.givenOrCurrent(year, clock);
        return RestResponse.ok(service.list(code, schoolYear, QueryEnums.parse(AdhesionStatus.class, status, "status"), page, size));
    }
}
