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
}
