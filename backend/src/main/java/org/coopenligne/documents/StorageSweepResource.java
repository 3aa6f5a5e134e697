package org.coopenligne.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The national admin's sweep of the stored files left without their document row, after an incident. */
@Path("/api/storage/orphan-sweeps")
@Tag(name = "Documents", description = "The engagement, uploaded papers, certificates and their public verification")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class StorageSweepResource {

    /** A sweep's outcome: files listed (stored before {@code storedBefore}), and those removed (up to 100 keys shown). */
    public record OrphanSweepView(Instant storedBefore, int examined, int removed, List<String> removedKeys) {}

    @Inject OrphanSweeper sweeper;

    @POST
    @Operation(operationId = "sweepOrphanFiles", summary = "Remove the stored files no document names (national admin)",
            description = "Lists the object storage's files stored more than `olderThanMinutes` ago (default: the periodic "
                    + "sweep's grace, 60) and removes those that no uploaded document's row names: the bytes of an upload "
                    + "whose transaction never committed (a replica killed between the two). A younger file may belong to "
                    + "an upload in progress: 0 is for when none is. Every replica also sweeps by itself every 6 hours.")
    @APIResponse(responseCode = "200", description = "What the sweep listed and removed")
    @APIResponse(responseCode = "503", description = "The object storage did not answer; nothing was removed after the failure")
    public RestResponse<OrphanSweepView> sweep(
            @Parameter(description = "Only files stored at least this many minutes ago (0 to 10080)")
            @QueryParam("olderThanMinutes") @Min(value = 0, message = "{sweep.age.range}")
            @Max(value = 10080, message = "{sweep.age.range}") Integer olderThanMinutes) {
        Duration minAge = olderThanMinutes == null ? sweeper.grace() : Duration.ofMinutes(olderThanMinutes);
        OrphanSweeper.Sweep sweep = sweeper.sweep(minAge);
        List<String> shown = sweep.removed().size() <= 100 ? sweep.removed() : sweep.removed().subList(0, 100);
        return RestResponse.ok(new OrphanSweepView(sweep.storedBefore(), sweep.examined(), sweep.removed().size(), shown));
    }
}
