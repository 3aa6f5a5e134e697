package org.coopenligne.mandataire;

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
import org.coopenligne.common.QueryEnums;
import org.coopenligne.common.Versions;
import org.coopenligne.mandataire.MandataireChangeDtos.Accepted;
import org.coopenligne.mandataire.MandataireChangeDtos.ChangeView;
import org.coopenligne.mandataire.MandataireChangeDtos.Fields;
import org.coopenligne.mandataire.MandataireChangeDtos.RefusalRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/mandataire-changes/{changeId}")
@Tag(name = "Mandataire changes", description = "Change of mandataire and/or signatories: a request with papers that staff decide")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class MandataireChangeDecisionResource {

    private static final String IF_MATCH_DOC = "The request's version as read (its ETag); a stale one is refused with 409";

    @Inject MandataireChangeService service;

    @POST
    @Path("/acceptance")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "acceptMandataireChange", summary = "Accept: the identity changes, the account gets a one-time password, older sessions end")
    public RestResponse<Accepted> accept(@PathParam("changeId") long changeId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch) {
        return RestResponse.ok(service.accept(changeId, Versions.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("/refusal")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refuseMandataireChange", summary = "Refuse, with a reason sent to the cooperative")
    public RestResponse<ChangeView> refuse(@PathParam("changeId") long changeId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") RefusalRequest request) {
        return RestResponse.ok(service.refuse(changeId, Versions.fromIfMatch(ifMatch), request.reason()));
    }
}
