package org.coopenligne.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/adhesions/{adhesionId}/ledger-entry")
@Tag(name = "Ledger", description = "The cooperative's accounting journal (cahier de comptes)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class LedgerPaymentResource {

    @Inject LedgerService service;

    @POST
    @RolesAllowed(Roles.MANDATAIRE)
    @Operation(operationId = "recordAdhesionPayment", summary = "Write the validated adhesion's payment into the ledger (once)")
    public RestResponse<LedgerEntryView> recordPayment(@PathParam("adhesionId") long adhesionId,
            @Valid @NotNull(message = "{body.required}") PaymentEntryRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.recordAdhesionPayment(adhesionId, request));
    }

}
