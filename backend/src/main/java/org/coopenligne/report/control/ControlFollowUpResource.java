package org.coopenligne.report.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.Versions;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A drawn report's follow-up (staff of its department, the admin). */
@Path("/api/report-controls/{controlId}")
@Tag(name = "Control of the accounts", description = "A reproducible random draw of the validated reports, and the follow-up of each")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class ControlFollowUpResource {

    @Inject ControlService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followUpReportControl", summary = "Move a drawn report's follow-up forward: documents asked (emailed), checked, closed "
            + "with remarks")
    public RestResponse<ControlDtos.ControlItem> followUp(@PathParam("controlId") long controlId,
            @Parameter(in = ParameterIn.HEADER, description = "The follow-up's version (\"0\")", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ControlDtos.FollowUpRequest request) {
        ControlDtos.ControlItem item = service.followUp(controlId, Versions.fromIfMatch(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(item).header(HttpHeaders.ETAG, Versions.etag(item.version())).build();
    }
}
