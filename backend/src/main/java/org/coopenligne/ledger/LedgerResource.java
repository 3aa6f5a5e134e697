package org.coopenligne.ledger;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYears;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/cooperatives/{id}/ledger-entries")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject LedgerService service;

    @GET
    @Operation(operationId = "listLedgerEntries", summary = "The ledger of a school year, in date order")
    public RestResponse<PageView<LedgerEntryView>> list(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.list(cooperativeId, year == null ? null : SchoolYears.parse(year), page, size));
    }

    @GET
    @Path("next-numbers")
    @Operation(operationId = "getLedgerNextNumbers", summary = "The voucher number and cheque number the entry form suggests")
    public RestResponse<NextNumbersView> nextNumbers(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.nextNumbers(cooperativeId, year == null ? null : SchoolYears.parse(year)));
    }

    @POST
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLedgerEntry", summary = "Write an operation in the ledger of the year of its date (voucher number suggested when absent)")
    public RestResponse<LedgerEntryView> create(@PathParam("id") long cooperativeId,
            @Valid @NotNull(message = "{body.required}") LedgerDtos.EntryRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(cooperativeId, null, request));
    }
}
