package org.coopenligne.sepa;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.coopenligne.common.security.Roles;
import org.coopenligne.common.PageView;
import org.coopenligne.common.QueryEnums;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.Problem;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.sepa.SepaDtos.BatchRequest;
import org.coopenligne.sepa.SepaDtos.BatchView;
import org.coopenligne.sepa.SepaDtos.DebitPreview;
import org.coopenligne.tariff.PaymentMeans;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The pain.008 files of a department: what the next one would hold, generating it, the past ones. */
@Path("/api/departments/{code}/sepa-direct-debits")
@Tag(name = "SEPA", description = "SEPA direct debit: mandates, the department as creditor, pain.008 files")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Produces(MediaType.APPLICATION_JSON)
public class SepaDirectDebitResource {

    static final String XML = "application/xml";

    @Inject SepaService service;
    @Inject DepartmentService departments;
    @Inject Clock clock;

    @GET
    @Operation(operationId = "previewSepaDirectDebits", summary = "The validated direct-debit adhesions: what the next file would hold",
            description = "Count and total of the debitable ones, and every adhesion, refused ones first with their reason "
                    + "(no mandate, nil amount, already in an earlier file…).")
    @APIResponse(responseCode = "200", description = "Counts, total and a page of the adhesions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DebitPreview.class)))
    @APIResponse(responseCode = "400", description = "A bad year or means",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DebitPreview> preview(@PathParam("code") String code,
            @Parameter(description = "School year, e.g. 2025-2026; the current one by default") @QueryParam("year") String year,
            @Parameter(description = "DIRECT_DEBIT_NOW or DIRECT_DEBIT_DECEMBER; both by default") @QueryParam("means") String means,
            @Parameter(description = "Count again the adhesions already in an earlier file") @QueryParam("includeDebited") @DefaultValue("false") boolean includeDebited,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        String schoolYear = SchoolYears.givenOrCurrent(year, clock).label();
        PaymentMeans asked = QueryEnums.parse(PaymentMeans.class, means, "means");
        return RestResponse.ok(service.preview(departments.authorize(code), schoolYear,
                SepaService.means(asked == null ? List.of() : List.of(asked)), includeDebited, page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSepaDirectDebitBatch", summary = "Generate a pain.008 file of the debitable adhesions",
            description = "Records the file (message id, debits, control sum) so that its adhesions are left out of the next one "
                    + "unless includeDebited; download it with getSepaDirectDebitFile.")
    @APIResponse(responseCode = "201", description = "The file, recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong (field named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No creditor settings, or nothing to debit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<BatchView> create(@PathParam("code") String code, @Valid @NotNull(message = "{body.required}") BatchRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.createBatch(departments.authorize(code), request));
    }

    @GET
    @Path("/batches")
    @Operation(operationId = "listSepaDirectDebitBatches", summary = "The files generated, newest first")
    public RestResponse<PageView<BatchView>> batches(@PathParam("code") String code,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{page.min}") @Max(value = PageView.MAX_PAGE, message = "{page.max}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{size.range}") @Max(value = PageView.MAX_SIZE, message = "{size.range}") int size) {
        return RestResponse.ok(service.batches(departments.authorize(code), page, size));
    }

    @GET
    @Path("/batches/{batchId}/file")
    @Produces(XML)
    @Operation(operationId = "getSepaDirectDebitFile", summary = "The pain.008.001.02 XML file of a batch, for the bank")
    @APIResponse(responseCode = "200", description = "The XML", content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such file in this department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<byte[]> file(@PathParam("code") String code, @PathParam("batchId") long batchId) {
        SepaService.File f = service.file(departments.authorize(code), batchId);
        return RestResponse.ResponseBuilder.ok(f.content(), XML)
                .header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(f.name(), StandardCharsets.UTF_8))
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
