package org.coopenligne.audit;

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
import jakarta.ws.rs.core.Response;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.csv.CsvWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The audit log of a department ("Journal des modifications"). */
@Path("/api/departments/{code}/audit-records")
@Tag(name = "Audit", description = "Every change: who, when, which cooperative, before and after")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class AuditRecordResource {

    static final String FROM = "First day (YYYY-MM-DD, French time), included";
    static final String TO = "Last day (YYYY-MM-DD, French time), included";
    static final String ACTOR = "Login of who made the change, e.g. staff038";
    static final String ACTION = "Action, one of AuditAction, e.g. ADHESION_VALIDATED";
    static final String ENTITY = "Type of what changed, e.g. Adhesion, Cooperative, UserAccount";
    static final String COOPERATIVE = "The cooperative: its code (038-0410) or its id";
    static final String SESSIONS = "Include the logins and logouts (left out unless asked, or unless the action filter names one)";

    @Inject AuditLogService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAuditRecords", summary = "The department's audit records, newest first, filtered")
    public RestResponse<PageView<AuditRecordView>> list(@PathParam("code") String code,
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to,
            @Parameter(description = ACTOR) @QueryParam("actor") String actor,
            @Parameter(description = ACTION) @QueryParam("action") String action,
            @Parameter(description = ENTITY) @QueryParam("entityType") String entityType,
            @Parameter(description = COOPERATIVE) @QueryParam("cooperative") String cooperative,
            @Parameter(description = SESSIONS) @QueryParam("sessions") @DefaultValue("false") boolean sessions,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.list(code, new AuditLogService.Filter(from, to, actor, action, entityType, cooperative, sessions), page, size));
    }

    @GET
    @Path("export.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    @Operation(operationId = "exportAuditRecords", summary = "The department's audit records of the same filter, as CSV (streamed)")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CsvWriter.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("code") String code,
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to,
            @Parameter(description = ACTOR) @QueryParam("actor") String actor,
            @Parameter(description = ACTION) @QueryParam("action") String action,
            @Parameter(description = ENTITY) @QueryParam("entityType") String entityType,
            @Parameter(description = COOPERATIVE) @QueryParam("cooperative") String cooperative,
            @Parameter(description = SESSIONS) @QueryParam("sessions") @DefaultValue("false") boolean sessions) {
        return service.export(code, new AuditLogService.Filter(from, to, actor, action, entityType, cooperative, sessions)).response();
    }
}
