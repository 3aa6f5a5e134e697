package org.coopenligne.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The national admin's audit log, across departments. */
@Path("/api/audit-records")
@Tag(name = "Audit", description = "Every change: who, when, which cooperative, before and after")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class NationalAuditRecordResource {

    @Inject AuditLogService service;

    @GET
    @Operation(operationId = "listAllAuditRecords", summary = "Audit records of every department (admin), newest first, filtered")
    public RestResponse<PageView<AuditRecordView>> list(
            @Parameter(description = "Only this department, e.g. 038") @QueryParam("department") String department,
            @Parameter(description = AuditRecordResource.FROM) @QueryParam("from") String from,
            @Parameter(description = AuditRecordResource.TO) @QueryParam("to") String to,
            @Parameter(description = AuditRecordResource.ACTOR) @QueryParam("actor") String actor,
            @Parameter(description = AuditRecordResource.ACTION) @QueryParam("action") String action,
            @Parameter(description = AuditRecordResource.ENTITY) @QueryParam("entityType") String entityType,
            @Parameter(description = AuditRecordResource.COOPERATIVE) @QueryParam("cooperative") String cooperative,
            @Parameter(description = AuditRecordResource.SESSIONS) @QueryParam("sessions") @DefaultValue("false") boolean sessions,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.listAll(department, new AuditLogService.Filter(from, to, actor, action, entityType, cooperative, sessions), page, size));
    }
}
