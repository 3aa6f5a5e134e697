package org.coopenligne.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Roles;
import org.coopenligne.imports.ImportDtos.HistoryReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

@Path("/api/departments/{code}/adhesion-history-imports")
@Tag(name = "Imports")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class AdhesionHistoryImportResource {

    @Inject AdhesionHistoryImportService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importAdhesionHistory", summary = "Record a past year's adhesions from the former site's CSV export",
            description = "« Reprise de l'historique »: part `file`, a UTF-8 CSV (a BOM is accepted), `;` separators, one row per class "
                    + "line, header `numero;classe;enseignants;adultes;eleves` (any order). Each cooperative of the file (by its number "
                    + "in the department) gets a validated adhesion of `year`, a past school year, with its lines; its next adhesion "
                    + "carries them over, to be confirmed. A cooperative that already has an adhesion of that year, or that does not "
                    + "exist, refuses its rows. Every row is checked first: a wrong header or encoding is a 400, row errors a 422 "
                    + "listing `rows: [{row, column, message}]`, and nothing is recorded. With `dryRun=true` only the check is made.")
    @APIResponse(responseCode = "200", description = "Dry run: the file is valid, nothing was written")
    @APIResponse(responseCode = "201", description = "The adhesions were recorded")
    @APIResponse(responseCode = "400", description = "Not a past year, or a wrong header, encoding or quoting", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "File too large or too many rows", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Some rows are wrong: `rows` says which and why; nothing was recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<HistoryReport> importAdhesionHistory(@PathParam("code") String code,
            @Parameter(description = "The past school year of the adhesions", required = true, example = "2024-2025")
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year,
            @Parameter(description = "Check only, write nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "Joignez le fichier CSV des adhésions (champ « file »).");
        }
        HistoryReport report = service.importHistory(code, year, file.fileName(), file.uploadedFile(), dryRun);
        return RestResponse.status(dryRun ? RestResponse.Status.OK : RestResponse.Status.CREATED, report);
    }
}
