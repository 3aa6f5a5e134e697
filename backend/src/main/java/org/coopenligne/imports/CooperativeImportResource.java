package org.coopenligne.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.imports.ImportDtos.ImportReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/departments/{code}/cooperative-imports")
@Tag(name = "Imports", description = "Creation of a department's cooperatives from a CSV file")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class CooperativeImportResource {

    @Inject CooperativeImportService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importCooperatives", summary = "Create cooperatives and their mandataires' accounts from a CSV file",
            description = "Part `file`: UTF-8 CSV (a BOM is accepted), `;` separators, 20 MB and 60,000 rows at most, header "
                    + "`numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire` "
                    + "(any order), and optionally `circonscription` (the school's district). Every row is checked first: a wrong header or encoding is a 400, row errors a 422 listing "
                    + "`rows: [{row, column, message}]`, and nothing is created. With `dryRun=true` only the check is made. Each "
                    + "cooperative gets the account `DDD-NNNN` on the initial password `coop` + number, to change at first login.")
    @APIResponse(responseCode = "200", description = "Dry run: the file is valid, nothing was written")
    @APIResponse(responseCode = "201", description = "The cooperatives were created")
    @APIResponse(responseCode = "400", description = "Wrong header, encoding or quoting; no row", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "File too large or too many rows", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Some rows are wrong: `rows` says which and why; nothing was created",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ImportReport> importCooperatives(@PathParam("code") String code,
            @Parameter(description = "Check only, write nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "Joignez le fichier CSV des coopératives (champ « file »).");
        }
        ImportReport report = service.importCooperatives(code, file.fileName(), file.uploadedFile(), dryRun);
        return RestResponse.status(dryRun ? RestResponse.Status.OK : RestResponse.Status.CREATED, report);
    }
}
