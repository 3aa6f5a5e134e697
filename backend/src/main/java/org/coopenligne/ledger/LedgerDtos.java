package org.coopenligne.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ledger's requests and views ("Cahier de compta."). */
public final class LedgerDtos {

    private LedgerDtos() {}

    @Schema(name = "LedgerHeadingView", description = "A heading of the chart a ledger uses")
    public record HeadingView(@Schema(example = "6068") String code, @Schema(example = "Fournitures pédagogiques") String label,
                              HeadingKind kind) {}

    @Schema(name = "LedgerPartRequest", description = "One heading's share of an entry")
    public record PartRequest(
            @NotBlank(message = "Choisissez la rubrique.") @Size(max = 10, message = "Rubrique inconnue.") String heading,
            @Schema(description = "Omitted when the entry has one heading: it takes the whole amount")
            @DecimalMin(value = "0.01", message = "Le montant d'une rubrique est positif.")
            @Digits(integer = 10, fraction = 2, message = "Un montant a deux décimales au plus.") BigDecimal amount) {}

    @Schema(name = "LedgerEntryRequest", description = "An operation written in the ledger (« écrire une opération »)")
    public record EntryRequest(
            @Schema(description = "Suggested by …/next-numbers; unique in the year")
            @Min(value = 1, message = "Le numéro de pièce est un nombre de 1 à 99999.")
            @Max(value = 99999, message = "Le numéro de pièce est un nombre de 1 à 99999.") Integer voucherNumber,
            @NotNull(message = "Indiquez la date de l'opération.") LocalDate date,
            @NotBlank(message = "Écrivez le libellé de l'opération.") @Size(max = 200, message = "Le libellé a 200 caractères au plus.")
            String label,
            @NotNull(message = "Indiquez le montant.")
            @DecimalMin(value = "0.01", message = "Le montant est positif : choisissez « Recette » ou « Dépense ».")
            @DecimalMax(value = "9999999.99", message = "Le montant dépasse 9 999 999,99 €.")
            @Digits(integer = 10, fraction = 2, message = "Un montant a deux décimales au plus.") BigDecimal amount,
            @NotNull(message = "Choisissez : recette, dépense ou virement interne.") EntryKind kind,
            @NotNull(message = "Indiquez le moyen de paiement.") LedgerMeans means,
            @Schema(description = "For a transfer: where the money leaves (it arrives in the other); otherwise derived from the means")
            Treasury treasury,
            @Pattern(regexp = "[0-9]{1,20}", message = "Le numéro de chèque s'écrit en chiffres (20 au plus).") String chequeNumber,
            @Size(max = 20, message = "Une opération se ventile sur 20 rubriques au plus.") List<@Valid PartRequest> parts,
            @Schema(description = "The version read, for an edit (or send If-Match)") Integer version,
            @Schema(description = "The pedagogical action of the year it belongs to, if any") Long actionId,
            @Schema(description = "The class line of the year's adhesion it is allocated to, if any") Long classLineId) {}

    @Schema(name = "LedgerBalances")
    public record Balances(@Schema(example = "1250.40") BigDecimal bank, @Schema(example = "85.00") BigDecimal cash) {}

    @Schema(name = "LedgerOpeningRequest", description = "The opening balances of a first year")
    public record OpeningRequest(
            @NotNull(message = "Indiquez le solde de la banque au 1er septembre.")
            @DecimalMin(value = "-9999999.99", message = "Solde hors limites.") @DecimalMax(value = "9999999.99", message = "Solde hors limites.")
            @Digits(integer = 10, fraction = 2, message = "Un montant a deux décimales au plus.") BigDecimal bank,
            @NotNull(message = "Indiquez le solde de la caisse au 1er septembre (0 sans caisse).")
            @DecimalMin(value = "0.00", message = "La caisse ne peut pas être négative.") @DecimalMax(value = "9999999.99", message = "Solde hors limites.")
            @Digits(integer = 10, fraction = 2, message = "Un montant a deux décimales au plus.") BigDecimal cash,
            @Schema(description = "The version read; absent for the first time") Integer version) {}

    @Schema(name = "LedgerLine", description = "An entry with the bank and cash balances after it")
    public record Line(LedgerEntryView entry, BigDecimal bankBalance, BigDecimal cashBalance) {}

    @Schema(name = "LedgerHeadingTotal")
    public record HeadingTotal(String code, String label, HeadingKind kind, BigDecimal total) {}

    @Schema(name = "Ledger", description = "The ledger of a school year: opening, entries with balances, totals, closing")
    public record LedgerView(
            @Schema(example = "2026-2027") String schoolYear,
            Balances opening,
            @Schema(description = "CLOSED (last year's validated closing), TYPED (a first year's), CARRIED (last year's books) or NONE (to type)") String openingSource,
            @Schema(description = "The opening's version when typed, for its edit") Integer openingVersion,
            List<Line> lines,
            List<HeadingTotal> totals,
            BigDecimal income,
            BigDecimal charges,
            Balances closing,
            @Schema(description = "The year's number of entries (lines holds one page of them when a page was asked)") int totalLines,
            @Schema(description = "The page of lines (from 0), when one was asked") Integer page,
            @Schema(description = "The page's size, when a page was asked") Integer size) {}

    @Schema(name = "LedgerClearingRequest", description = "Tick an entry as seen on a bank statement (null unticks it)")
    public record ClearingRequest(@Schema(description = "The statement's date") LocalDate clearedOn,
                                  @Schema(description = "The version read (or send If-Match)") Integer version) {}

    @Schema(name = "LedgerReconciliation", description = "The reconciliation table at a date (tableau de rapprochement)")
    public record Reconciliation(
            LocalDate date,
            @Schema(description = "The book's bank balance at the date") BigDecimal bookBalance,
            @Schema(description = "Cheques and payments written but not yet seen debited") BigDecimal notDebited,
            @Schema(description = "Receipts written but not yet seen credited") BigDecimal notCredited,
            @Schema(description = "What the statement should show: book + not debited − not credited") BigDecimal expectedStatementBalance,
            @Schema(description = "The statement's balance, as given") BigDecimal statementBalance,
            @Schema(description = "statement − expected; zero when everything is explained") BigDecimal gap,
            List<LedgerEntryView> notDebitedEntries,
            List<LedgerEntryView> notCreditedEntries) {}
}
