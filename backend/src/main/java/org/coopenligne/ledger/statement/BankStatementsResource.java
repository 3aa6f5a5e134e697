package org.coopenligne.ledger.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The bank statements of a cooperative: uploaded by the mandataire, their lines read by the mandataire and staff. */
@Path("/api/cooperatives/{id}")
@Tag(name = "Bank statements", description = "Bank statements imported (CSV, OFX, camt.053) and their lines matched to the ledger")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANDATAIRE})
@Produces(MediaType.APPLICATION_JSON)
public class BankStatementsResource {

    /** A year of statements is a few kilobytes; a scan sent by mistake is refused before it is read. */
    static final long MAX_BYTES = 2 * 1024 * 1024;

    @Inject StatementService service;

    @POST
    @Path("/bank-statements")
    @RolesAllowed(Roles.MANDATAIRE)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importBankStatement", summary = "Import a bank statement: CSV, OFX or camt.053",
            description = "Part `file`: the statement as the bank gives it (2 MB at most). CSV: `;`, `,` or tab, UTF-8 or Windows-1252, "
                    + "decimal comma, dd/MM/yyyy, one signed amount or Débit/Crédit columns, account lines before the table and a balance "
                    + "line after it are understood. When its columns are not recognised, the answer is a 422 (`statement-columns`) whose "
                    + "`affected` lists the header's columns: send the file again with `dateColumn`, `labelColumn` and `amountColumn` (or "
                    + "`debitColumn` and `creditColumn`); they are remembered for that header. Lines already imported (same date, amount, "
                    + "label and rank) are not added again. A file that cannot be read is a 400 and nothing is imported.")
    @APIResponse(responseCode = "201", description = "The statement was read; `addedCount` of its lines were new", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementDtos.ImportView.class)))
    @APIResponse(responseCode = "400", description = "Not a statement, or a line that cannot be read; nothing imported", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "File too large", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The CSV's columns must be named once", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<StatementDtos.ImportView> importStatement(@PathParam("id") long cooperativeId,
            @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file,
            @RestForm("dateColumn") String dateColumn, @RestForm("labelColumn") String labelColumn, @RestForm("amountColumn") String amountColumn,
            @RestForm("debitColumn") String debitColumn, @RestForm("creditColumn") String creditColumn) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "Joignez le relevé de banque (CSV, OFX ou camt.053).");
        }
        if (file.size() > MAX_BYTES) {
            throw new ProblemException(413, "file-too-large", "Fichier trop volumineux",
                    "Un relevé de banque fait quelques kilo-octets : ce fichier dépasse 2 Mo. Téléchargez le relevé au format CSV, OFX ou camt.053.", null);
        }
        if (file.size() == 0) {
            throw ProblemException.invalidField("file", "Le fichier est vide.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        StatementDtos.ColumnsRequest columns = new StatementDtos.ColumnsRequest(dateColumn, labelColumn, amountColumn, debitColumn, creditColumn);
        return RestResponse.status(RestResponse.Status.CREATED, service.importStatement(cooperativeId, file.fileName(), bytes, columns));
    }

    @GET
    @Path("/bank-lines")
    @Operation(operationId = "listBankLines", summary = "The bank lines of a school year: matched, suggested (an entry looks like it) or new")
    public RestResponse<StatementDtos.LinesView> lines(@PathParam("id") long cooperativeId,
            @QueryParam("year") @Pattern(regexp = SchoolYears.PATTERN, message = "{schoolYear.pattern}") String year) {
        return RestResponse.ok(service.lines(cooperativeId, year == null ? null : SchoolYears.parse(year)));
    }
}
