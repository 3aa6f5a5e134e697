package org.coopenligne.ledger.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopenligne.ledger.EntryKind;
import org.coopenligne.ledger.LedgerDtos.PartRequest;
import org.coopenligne.ledger.LedgerMeans;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class StatementDtos {

    private StatementDtos() {}

    public enum LineStatus {
        /** Confirmed: the entry is ticked at the line's date. */
        MATCHED,
        /** An entry of the books looks like it (same amount, close date, same cheque): one click confirms. */
        SUGGESTED,
        /** Nothing in the books: one click writes the entry. */
        NEW
    }

    @Schema(name = "BankStatementImportView", description = "What an uploaded statement held")
    public record ImportView(long id, String fileName, @Schema(description = "CSV, OFX or CAMT053") String format, LocalDate firstDate,
                             LocalDate lastDate, @Schema(description = "Movements in the file") int lineCount,
                             @Schema(description = "Movements not imported before (a file again, or an overlap, adds nothing twice)") int addedCount,
                             @Schema(description = "The balance the statement states, when it does") BigDecimal closingBalance,
                             LocalDate closingDate, String importedBy, Instant importedAt) {}

    @Schema(name = "BankLineEntry", description = "The ledger entry a bank line shows (or looks like)")
    public record EntrySummary(long id, Integer voucherNumber, LocalDate date, String label,
                               @Schema(description = "What it does to the bank account: + in, − out") BigDecimal bankAmount,
                               String chequeNumber, LocalDate clearedOn, int version) {}

    @Schema(name = "BankLineView")
    public record LineView(long id, LocalDate date, String label, @Schema(description = "+ credited, − debited") BigDecimal amount,
                           String chequeNumber, LineStatus status,
                           @Schema(description = "The entry confirmed (MATCHED) or proposed (SUGGESTED)") EntrySummary entry,
                           @Schema(description = "What a new entry would be: the kind and means read from the line") EntryKind suggestedKind,
                           LedgerMeans suggestedMeans, int version) {}

    @Schema(name = "BankLinesView", description = "The bank lines of a school year and the statements they came from")
    public record LinesView(String schoolYear, List<LineView> lines, int matched, int suggested, int unmatched, List<ImportView> imports) {}

    @Schema(name = "BankLineMatchRequest")
    public record MatchRequest(@NotNull(message = "Indiquez l'opération du cahier que montre cette ligne.") Long entryId,
                               @Schema(description = "The line's version read") Integer version) {}

    @Schema(name = "BankLineEntryRequest", description = "The entry written from a bank line (its date, amount and bank side are the line's)")
    public record EntryFromLineRequest(
            @NotNull(message = "Choisissez : recette, dépense ou virement interne.") EntryKind kind,
            @Size(max = 200, message = "Le libellé a 200 caractères au plus.") String label,
            LedgerMeans means,
            @Size(max = 20, message = "Une opération se ventile sur 20 rubriques au plus.") List<@Valid PartRequest> parts,
            Integer version) {}

    @Schema(name = "BankCsvColumns", description = "The columns of a CSV statement, by their header text")
    public record ColumnsRequest(String dateColumn, String labelColumn, String amountColumn, String debitColumn, String creditColumn) {}
}
