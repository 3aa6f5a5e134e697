package org.coopenligne.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ImportDtos {

    private ImportDtos() {}

    @Schema(name = "CooperativeImportReport", description = "What an import checked (dry run) or created")
    public record ImportReport(
            @Schema(description = "True when nothing was written (a check only)") boolean dryRun,
            @Schema(example = "cooperatives-2026.csv") String fileName,
            @Schema(description = "SHA-256 of the file, hexadecimal") String sha256,
            @Schema(description = "Cooperatives read from the file", example = "3000") int rows,
            @Schema(description = "Cooperatives created (0 in a dry run)", example = "3000") int created,
            @Schema(description = "The first cooperatives of the file, as they will be (or were) created") List<ImportedCooperative> preview) {}

    @Schema(name = "ImportedCooperative")
    public record ImportedCooperative(@Schema(example = "038-0412") String code, String schoolName, String city, String uai,
                                      String mandataireName, String mandataireEmail) {}

    @Schema(name = "AdhesionHistoryReport", description = "What an import of a past year's adhesions checked (dry run) or recorded")
    public record HistoryReport(
            @Schema(description = "True when nothing was written (a check only)") boolean dryRun,
            @Schema(example = "adhesions-2025-2026.csv") String fileName,
            @Schema(description = "SHA-256 of the file, hexadecimal") String sha256,
            @Schema(example = "2025-2026") String schoolYear,
            @Schema(description = "Cooperatives whose adhesion of that year the file gives", example = "1200") int cooperatives,
            @Schema(description = "Class lines read from the file", example = "5400") int lines,
            @Schema(description = "Adhesions recorded (0 in a dry run)", example = "1200") int created,
            @Schema(description = "The first cooperatives of the file, as their adhesion will be (or was) recorded") List<PastAdhesionPreview> preview) {}

    @Schema(name = "PastAdhesionPreview")
    public record PastAdhesionPreview(@Schema(example = "038-2233") String code, @Schema(example = "1") int lines,
                                      @Schema(example = "10") int adults, @Schema(example = "165") int pupils) {}
}
