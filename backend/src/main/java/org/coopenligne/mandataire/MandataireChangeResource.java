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

@Path("/api/cooperatives/{id}/mandataire-changes")
@Tag(name = "Mandataire changes", description = "Change of mandataire and/or signatories: a request with papers that staff decide")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class MandataireChangeResource {

    private static final String IF_MATCH_DOC = "The request's version as read (its ETag); a stale one is refused with 409";

    @Inject MandataireChangeService service;

    @GET
    @Path("/form")
    @Produces("application/pdf")
    @Operation(operationId = "getMandataireChangeForm", summary = "The pre-filled change form, with the bank account number")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> form(@PathParam("id") long cooperativeId) {
        return RestResponse.ResponseBuilder.ok(service.form(cooperativeId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"changement-mandataire.pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "requestMandataireChange", summary = "Send a change request with the signed form, an ID copy and a proof of address",
            description = "Each file: PDF, JPEG or PNG, 10 MB at most, checked by its content. One pending request at a time.")
    public RestResponse<ChangeView> request(@PathParam("id") long cooperativeId,
            @RestForm("newMandataireName") @Schema(required = true, example = "Marie MARTIN") String newMandataireName,
            @RestForm("newMandataireEmail") @Schema(required = true, example = "marie.martin@example.fr") String newMandataireEmail,
            @RestForm("newMandatairePhone") String newMandatairePhone,
            @RestForm("newCoSignatories") @Schema(description = "One per line") String newCoSignatories,
            @RestForm("form") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload form,
            @RestForm("idCopy") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload idCopy,
            @RestForm("proofOfAddress") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload proofOfAddress) {
        Fields fields = new Fields(newMandataireName, newMandataireEmail, newMandatairePhone, newCoSignatories);
        return RestResponse.status(RestResponse.Status.CREATED, service.request(cooperativeId, fields, form, idCopy, proofOfAddress));
    }

    @GET
    @Operation(operationId = "listCooperativeMandataireChanges", summary = "A cooperative's change requests, newest first")
    public RestResponse<PageView<ChangeView>> ofCooperative(@PathParam("id") long cooperativeId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.ofCooperative(cooperativeId, page, size));
    }

}
