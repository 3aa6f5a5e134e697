package org.coopenligne.department;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.error.Problem;
import org.coopenligne.department.DepartmentSettingsDtos.SettingsUpdate;
import org.coopenligne.department.DepartmentSettingsDtos.SettingsView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** "Paramètres du département": staff of the department and the admin. Mandataires read the public part through getDepartment. */
@Path("/api/departments/{code}/settings")
@Tag(name = "Department settings", description = "Contacts, insurer contract and the text of the emails of a department")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentSettingsResource {

    @Inject DepartmentSettingsService service;

    @GET
    @Operation(operationId = "getDepartmentSettings", summary = "Read the settings of a department",
            description = "With every email a department may rewrite: its current text (custom or default), the default text "
                    + "and the placeholders it accepts.")
    public RestResponse<SettingsView> get(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code) {
        return RestResponse.ok(service.get(code));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putDepartmentSettings", summary = "Change the settings of a department",
            description = "Replaces the contacts, the insurer contract and the rewritten emails (a kind of email left out of "
                    + "`emailTemplates` goes back to the default text). An unknown placeholder is refused with 400 naming the "
                    + "field (`emailTemplates.CORRECTION_REQUEST.body`); a stale version with 409.")
    @APIResponse(responseCode = "200", description = "The settings as saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "409", description = "Changed meanwhile: reload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<SettingsView> put(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code,
            @Valid @NotNull(message = "{body.required}") SettingsUpdate update) {
        return RestResponse.ok(service.update(code, update));
    }
}
