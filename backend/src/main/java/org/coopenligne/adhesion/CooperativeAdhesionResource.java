package org.coopenligne.adhesion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.Versions;
import org.coopenligne.common.error.Problem;
import org.coopenligne.tariff.FeeBreakdown;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/cooperatives/{id}/adhesions")
@Tag(name = "Adhesions")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class CooperativeAdhesionResource {

    @Inject AdhesionService service;

    @GET
    @Path("/{year}")
    @Operation(operationId = "getAdhesion", summary = "Read a cooperative's adhesion of a school year",
            description = "Status NOT_STARTED (and no id) when it was not opened yet; `previousYear.lineCount` then says "
                    + "how many lines opening it will carry over.")
    public RestResponse<AdhesionView> get(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return AdhesionResource.withEtag(RestResponse.Status.OK, service.view(cooperativeId, SchoolYears.parse(year)));
    }

    @POST
    @Path("/{year}")
    @Operation(operationId = "openAdhesion", summary = "Open the adhesion of the current school year",
            description = "Carries over last year's class names, teachers and emails, with their counts to confirm.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdhesionView.class)))
    @APIResponse(responseCode = "409", description = "Already open, or the campaign has not opened yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AdhesionView> open(@PathParam("id") long cooperativeId,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return AdhesionResource.withEtag(RestResponse.Status.CREATED, service.open(cooperativeId, SchoolYears.parse(year)));
    }

}
