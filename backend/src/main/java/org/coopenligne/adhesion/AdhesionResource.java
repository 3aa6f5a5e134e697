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
import org.coopenligne.adhesion.AdhesionDtos.ClassLineRequest;
import org.coopenligne.adhesion.AdhesionDtos.DeclarationsRequest;
import org.coopenligne.adhesion.AdhesionDtos.QuoteRequest;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.Versions;
import org.coopenligne.common.error.Problem;
import org.coopenligne.tariff.FeeBreakdown;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/adhesions")
@Tag(name = "Adhesions", description = "The yearly adhesion of a cooperative: class lines, declarations, fee, submission")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class AdhesionResource {

    private static final String IF_MATCH_DOC = "The adhesion's version as read (its ETag); a stale one is refused with 409";

    @Inject AdhesionService service;

    static RestResponse<AdhesionView> withEtag(RestResponse.Status status, AdhesionView view) {
        return RestResponse.ResponseBuilder.create(status, view).header(HttpHeaders.ETAG, Versions.etag(view.version())).build();
    }

    @GET
    @Path("/{adhesionId}")
    @Operation(operationId = "getAdhesionById", summary = "Read an adhesion")
    public RestResponse<AdhesionView> getById(@PathParam("adhesionId") long adhesionId) {
        return withEtag(RestResponse.Status.OK, service.view(adhesionId));
    }

    @POST
    @Path("/{adhesionId}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addClassLine", summary = "Add a class line",
            description = "Answers 201 with the whole adhesion, re-priced; `Location` is the new line's address (its id is the "
                    + "last segment), the one its change and its deletion use.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "/api/adhesions/{adhesionId}/lines/{lineId} of the new line",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "The adhesion's new version, for the next If-Match",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdhesionView.class)))
    public RestResponse<AdhesionView> addLine(@PathParam("adhesionId") long adhesionId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ClassLineRequest line) {
        AdhesionService.AddedLine added = service.addLine(adhesionId, Versions.fromIfMatch(ifMatch), line);
        // a relative reference (RFC 9110 allows it): right behind any proxy, and no base URI to resolve per request
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, added.adhesion())
                .header(HttpHeaders.ETAG, Versions.etag(added.adhesion().version()))
                .header(HttpHeaders.LOCATION, "/api/adhesions/" + adhesionId + "/lines/" + added.lineId())
                .build();
    }

    @PUT
    @Path("/{adhesionId}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateClassLine", summary = "Change a class line (confirms a carried-over one)")
    public RestResponse<AdhesionView> updateLine(@PathParam("adhesionId") long adhesionId, @PathParam("lineId") long lineId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") ClassLineRequest line) {
        return withEtag(RestResponse.Status.OK, service.updateLine(adhesionId, lineId, Versions.fromIfMatch(ifMatch), line));
    }

    @DELETE
    @Path("/{adhesionId}/lines/{lineId}")
    @Operation(operationId = "deleteClassLine", summary = "Delete a class line")
    public RestResponse<AdhesionView> deleteLine(@PathParam("adhesionId") long adhesionId, @PathParam("lineId") long lineId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch) {
        return withEtag(RestResponse.Status.OK, service.deleteLine(adhesionId, lineId, Versions.fromIfMatch(ifMatch)));
    }

    @PUT
    @Path("/{adhesionId}/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareAdhesion", summary = "Set insurance, declared values, subscriptions, participation, payment means")
    public RestResponse<AdhesionView> declare(@PathParam("adhesionId") long adhesionId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "{body.required}") DeclarationsRequest declarations) {
        return withEtag(RestResponse.Status.OK, service.declare(adhesionId, Versions.fromIfMatch(ifMatch), declarations));
    }

    @POST
    @Path("/{adhesionId}/submission")
    @Operation(operationId = "submitAdhesion", summary = "Send the adhesion to the department's staff",
            description = "Refused with 409 and the reasons (`violations`) while something is missing.")
    public RestResponse<AdhesionView> submit(@PathParam("adhesionId") long adhesionId,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch) {
        return withEtag(RestResponse.Status.OK, service.submit(adhesionId, Versions.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("/{adhesionId}/quote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "quoteAdhesion", summary = "Price counts and declarations without saving (preview)")
    public RestResponse<FeeBreakdown> quote(@PathParam("adhesionId") long adhesionId,
            @Valid @NotNull(message = "{body.required}") QuoteRequest request) {
        return RestResponse.ok(service.quote(adhesionId, request));
    }
}
