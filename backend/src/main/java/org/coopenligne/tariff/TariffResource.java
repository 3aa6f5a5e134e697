package org.coopenligne.tariff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.Problem;
import org.coopenligne.tariff.TariffDtos.TariffRequest;
import org.coopenligne.tariff.TariffDtos.TariffView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/departments/{code}/tariffs/{year}")
@Tag(name = "Tariffs", description = "The barème of a department for a school year")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class TariffResource {

    @Inject TariffService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
    @Operation(operationId = "getTariff", summary = "Read a department's tariff of a school year")
    public RestResponse<TariffView> get(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.get(code, SchoolYears.parse(year)));
    }

    @GET
    @Path("/defaults")
    @Operation(operationId = "getTariffDefaults", summary = "What a new tariff of the year starts from",
            description = "The values insured without declaring them (property, instruments), the campaign's usual dates and "
                    + "payment means: the form of a new tariff starts from them, and a year without a tariff uses them.")
    public RestResponse<TariffDtos.TariffDefaults> defaults(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.defaults(code, SchoolYears.parse(year)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putTariff", summary = "Define or change a tariff",
            description = "Creates the tariff of the year, or replaces it (send the version read). When submitted adhesions "
                    + "were priced with it, the change is refused with 409 listing them in `affected`, unless `acknowledge=true`: "
                    + "they keep the amount they were submitted with until re-priced.")
    @APIResponse(responseCode = "200", description = "The tariff as saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TariffView.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the tariff already priced submitted adhesions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TariffView> put(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @QueryParam("acknowledge") @DefaultValue("false") boolean acknowledge,
            @Valid @NotNull(message = "{body.required}") TariffRequest request) {
        return RestResponse.ok(service.put(code, SchoolYears.parse(year), request, acknowledge));
    }

    @POST
    @Path("/copy-from-previous")
    @Operation(operationId = "copyPreviousTariff", summary = "Copy last year's tariff into this year")
    @APIResponse(responseCode = "201", description = "The new tariff",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TariffView.class)))
    public RestResponse<TariffView> copy(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String code,
            @PathParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.status(RestResponse.Status.CREATED, service.copyFromPrevious(code, SchoolYears.parse(year)));
    }
}
