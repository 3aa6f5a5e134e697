package org.coopenligne.cooperative;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/cooperatives")
@Tag(name = "Cooperatives", description = "School cooperatives and their identity")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class CooperativeResource {

    @Inject CooperativeService service;
    @Inject Clock clock;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "searchCooperatives", summary = "Search, filter and sort cooperatives",
            description = "Staff search their department; the admin searches every department or the one given. "
                    + "The text matches the number or code (prefix), the school's name or city (anywhere), the UAI (prefix). "
                    + "Each row carries the adhesion of the school year asked (the current one by default); `status=NOT_STARTED` "
                    + "keeps those without one; `late=true` those sent after the deadline or not sent once it is past. "
                    + "An unknown filter value or sort is refused with 400.")
    public RestResponse<PageView<CooperativeListItem>> search(
            @QueryParam("department") @Pattern(regexp = "[0-9]{2}[0-9AB]", message = "{department.code}") String department,
            @Parameter(description = "School year of the status, late and amount columns, e.g. 2026-2027; the current one by default")
            @QueryParam("year") String year,
            @Valid @BeanParam CooperativeFilterParams filter,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = 100, message = "{size.range}") int size) {
        return RestResponse.ok(service.search(department, yearOf(year), filter.filter(), page, size));
    }

    private SchoolYear yearOf(String year) {
        return SchoolYears.givenOrCurrent(year, clock);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCooperative", summary = "Read a cooperative's identity")
    @APIResponse(responseCode = "200", description = "The cooperative",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CooperativeView> get(@PathParam("id") long id) {
        return RestResponse.ok(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCooperativeIdentity", summary = "Change a cooperative's identity",
            description = "Only the fields sent change. A mandataire may change the school's contact details and address and "
                    + "its own email and phone; staff also the school's name, type, city and UAI. "
                    + "A stale version is refused with 409.")
    @APIResponse(responseCode = "200", description = "The cooperative after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "409", description = "Changed meanwhile: reload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CooperativeView> update(@PathParam("id") long id,
                                                @Valid @NotNull(message = "{body.required}") IdentityUpdate update) {
        return RestResponse.ok(service.updateIdentity(id, update));
    }
}
