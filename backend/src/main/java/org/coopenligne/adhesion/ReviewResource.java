package org.coopenligne.adhesion;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.adhesion.ReviewDtos.CorrectionRequest;
import org.coopenligne.adhesion.ReviewDtos.Missing;
import org.coopenligne.adhesion.ReviewDtos.QueueItem;
import org.coopenligne.adhesion.ReviewDtos.ReopenRequest;
import org.coopenligne.adhesion.ReviewDtos.ReviewRequest;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.QueryEnums;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Staff's review: the queue of a department, the checklist, correction, validation, reopening. */
@Path("/api/adhesions/{adhesionId}/review")
@Tag(name = "Review", description = "Staff's review of submitted adhesions (SPEC.md steps 8 and 9)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private static final String IF_MATCH_DOC = "The adhesion's version as read (its ETag); a stale one is refused with 409";

    @Inject ReviewService service;
    @Inject Clock clock;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReview", summary = "Record the checklist: payment, signed engagement, change-of-mandataire form")
    public RestResponse<AdhesionView> review(@PathParam("adhesionId") long adhesionId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ReviewRequest request) {
        return AdhesionResource.withEtag(RestResponse.Status.OK, service.updateChecklist(adhesionId, Versions.fromIfMatch(ifMatch), request));
    }

    @POST
    @Path("/correction-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestCorrection", summary = "Send the adhesion back to the cooperative with a message (emailed)")
    public RestResponse<AdhesionView> requestCorrection(@PathParam("adhesionId") long adhesionId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") CorrectionRequest request) {
        return AdhesionResource.withEtag(RestResponse.Status.OK,
                service.requestCorrection(adhesionId, Versions.fromIfMatch(ifMatch), request.message()));
    }

    @POST
    @Path("/validation")
    @Operation(operationId = "validateAdhesion", summary = "Validate: assigns the registration code, issues the certificates, emails the school",
            description = "Refused with 409 and the reasons (`violations`) while the checklist is incomplete.")
    public RestResponse<AdhesionView> validate(@PathParam("adhesionId") long adhesionId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch) {
        return AdhesionResource.withEtag(RestResponse.Status.OK, service.validate(adhesionId, Versions.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenAdhesion", summary = "Reopen a validated adhesion, with a reason: its certificates stop being valid")
    public RestResponse<AdhesionView> reopen(@PathParam("adhesionId") long adhesionId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ReopenRequest request) {
        return AdhesionResource.withEtag(RestResponse.Status.OK, service.reopen(adhesionId, Versions.fromIfMatch(ifMatch), request.reason()));
    }
}
