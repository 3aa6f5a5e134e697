package org.coopenligne.ledger.voucher;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The vouchers of a cooperative's year, by entry: read by the cooperative and its department's staff. */
@Path("/api/cooperatives/{id}/vouchers")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class VouchersResource {

    @Inject VoucherService service;

    @GET
    @Operation(operationId = "listVouchers", summary = "The vouchers of a school year's entries, by entry")
    public RestResponse<List<VoucherService.EntryVouchers>> list(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.ofYear(cooperativeId, year == null ? null : SchoolYears.parse(year)));
    }
}
