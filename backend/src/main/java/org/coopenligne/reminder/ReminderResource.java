package org.coopenligne.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.error.Problem;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.reminder.ReminderDtos.ReminderDetail;
import org.coopenligne.reminder.ReminderDtos.ReminderRequest;
import org.coopenligne.reminder.ReminderDtos.ReminderView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Reminders of a department: emails to a selection of cooperatives, sent in the background. */
@Path("/api/departments/{code}/reminders")
@Tag(name = "Reminders", description = "Emails from staff to a selection of cooperatives, sent in the background at a bounded rate")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    @Inject ReminderService service;
    @Inject DepartmentService departments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReminder", summary = "Remind a selection of cooperatives by email",
            description = "The cooperatives are given one by one (`cooperativeIds`) or by a filter of the list (`filter`, e.g. "
                    + "status NOT_STARTED). Subject and body may hold {cooperative} or {code} (038-0107), {school}, {year}, {deadline}, {link}, "
                    + "{department}. The emails leave in the background; the answer (202) is the campaign, whose progress "
                    + "`GET …/reminders/{reminderId}` shows. The same `Idempotency-Key` returns the same campaign (200) and sends "
                    + "nothing more; a cooperative already reminded with the same text within the duplicate window (24 h) is skipped.")
    @APIResponse(responseCode = "202", description = "Created; the emails are on their way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderView.class)))
    @APIResponse(responseCode = "200", description = "The campaign this key already created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderView.class)))
    @APIResponse(responseCode = "400", description = "No key, no selection, an unknown placeholder, a cooperative of another department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ReminderView> create(@PathParam("code") String code,
            @Parameter(description = "A unique value per reminder (e.g. a UUID made when the dialog opens), 8 to 80 characters", required = true)
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "{body.required}") ReminderRequest request) {
        ReminderService.Created created = service.create(departments.authorize(code), idempotencyKey, request);
        return created.replay() ? RestResponse.ok(created.reminder()) : RestResponse.status(RestResponse.Status.ACCEPTED, created.reminder());
    }

    @GET
    @Operation(operationId = "listReminders", summary = "The department's reminders, newest first, with their progress")
    public RestResponse<PageView<ReminderView>> list(@PathParam("code") String code,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.list(departments.authorize(code), page, size));
    }

    @GET
    @Path("/{reminderId}")
    @Operation(operationId = "getReminder", summary = "A reminder and a page of its recipients with what became of each email")
    @APIResponse(responseCode = "200", description = "The reminder",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderDetail.class)))
    @APIResponse(responseCode = "404", description = "No such reminder in the department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ReminderDetail> get(@PathParam("code") String code, @PathParam("reminderId") long reminderId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.get(departments.authorize(code), reminderId, page, size));
    }
}
