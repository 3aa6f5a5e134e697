package org.coopenligne.ledger.classes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** "Cahier de compta. classe": read by the mandataire and the department's staff; entries are allocated from the ledger. */
@Path("/api/cooperatives/{id}/ledger/classes")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class ClassLedgersResource {

    @Inject ClassLedgerService service;

    @GET
    @Operation(operationId = "listClassLedgers", summary = "Each class line of the year's adhesion with its income, charges and balance; the entries of no class")
    public RestResponse<ClassLedgerDtos.ClassesView> list(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.list(cooperativeId, year == null ? null : SchoolYears.parse(year)));
    }

    @GET
    @Path("/{classLineId}")
    @Operation(operationId = "getClassLedger", summary = "One class's ledger: its entries in date order with its balance after each")
    public RestResponse<ClassLedgerDtos.ClassLedgerView> get(@PathParam("id") long cooperativeId, @PathParam("classLineId") long classLineId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.classLedger(cooperativeId, classLineId, year == null ? null : SchoolYears.parse(year)));
    }
}
