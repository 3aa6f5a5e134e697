package org.coopenligne.sepa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopenligne.common.PageView;
import org.coopenligne.tariff.PaymentMeans;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and views of SEPA direct debit. */
public final class SepaDtos {

    private SepaDtos() {}

    @Schema(name = "SepaMandate", description = "A cooperative's SEPA direct debit mandate; every field but proposedReference is null "
            + "while none is recorded")
    public record MandateView(
            long cooperativeId,
            @Schema(example = "038-0107") String cooperativeCode,
            @Schema(description = "Normalized (no spaces)", example = "FR7630006000011234567890189") String iban,
            @Schema(description = "For lists: country, check digits and the last four characters", example = "FR76 •••• 0189") String ibanMasked,
            @Schema(example = "AGRIFRPP882") String bic,
            @Schema(description = "Unique mandate reference (RUM)", example = "OCCE038-0107-2025") String reference,
            LocalDate signatureDate,
            @Schema(description = "The reference proposed for a new mandate", example = "OCCE038-0107-2025") String proposedReference,
            Instant updatedAt,
            String updatedBy,
            @Schema(description = "Null while no mandate is recorded") Integer version) {}

    @Schema(name = "SepaMandateUpdate")
    public record MandateUpdate(
            @Schema(description = "The version read; absent to record the first mandate") Integer version,
            @NotBlank(message = "{sepa.iban.required}") @Size(max = 50, message = "{sepa.iban.required}")
            @Schema(example = "FR76 3000 6000 0112 3456 7890 189", required = true) String iban,
            @NotBlank(message = "{sepa.bic.required}") @Size(max = 20, message = "{sepa.bic.required}")
            @Schema(example = "AGRIFRPP882", required = true) String bic,
            @Size(max = 35, message = "{sepa.reference.size}") @Pattern(regexp = "|[A-Za-z0-9/?:().,'+ -]*", message = "{sepa.reference.pattern}")
            @Schema(description = "Empty or absent: the proposed one", example = "OCCE038-0107-2025") String reference,
            @NotNull(message = "{sepa.signatureDate.required}") @Schema(required = true) LocalDate signatureDate) {}

    @Schema(name = "SepaCreditor", description = "The department as SEPA creditor; every field but departmentCode is null while none is recorded")
    public record CreditorView(
            @Schema(example = "038") String departmentCode,
            @Schema(example = "OCCE de l'Isère") String name,
            @Schema(description = "SEPA creditor identifier (ICS)", example = "FR72ZZZ123456") String identifier,
            @Schema(example = "FR7630004000031234567890143") String iban,
            @Schema(example = "BNPAFRPPXXX") String bic,
            Instant updatedAt,
            String updatedBy,
            Integer version) {}

    @Schema(name = "SepaCreditorUpdate")
    public record CreditorUpdate(
            @Schema(description = "The version read; absent the first time") Integer version,
            @NotBlank(message = "{sepa.creditorName.required}") @Size(max = 70, message = "{sepa.creditorName.size}")
            @Schema(example = "OCCE de l'Isère", required = true) String name,
            @NotBlank(message = "{sepa.identifier.required}") @Size(max = 40, message = "{sepa.identifier.required}")
            @Schema(example = "FR72ZZZ123456", required = true) String identifier,
            @NotBlank(message = "{sepa.iban.required}") @Size(max = 50, message = "{sepa.iban.required}")
            @Schema(example = "FR76 3000 4000 0312 3456 7890 143", required = true) String iban,
            @NotBlank(message = "{sepa.bic.required}") @Size(max = 20, message = "{sepa.bic.required}")
            @Schema(example = "BNPAFRPPXXX", required = true) String bic) {}

    @Schema(name = "SepaDebitCandidate", description = "A validated adhesion paid by direct debit: debitable, or refused with the reason")
    public record DebitCandidate(
            long adhesionId,
            long cooperativeId,
            @Schema(example = "038-0112") String cooperativeCode,
            String schoolName,
            PaymentMeans paymentMeans,
            @Schema(description = "The validated fee, to the cent", example = "136.99") BigDecimal amount,
            @Schema(example = "FR76 •••• 0189") String ibanMasked,
            String mandateReference,
            @Schema(description = "Why it is not in the next file; null when it is", example = "Aucun mandat de prélèvement SEPA n'est enregistré pour cette coopérative.") String refusal) {}

    @Schema(name = "SepaDebitPreview", description = "What the next file would hold")
    public record DebitPreview(
            @Schema(example = "2025-2026") String schoolYear,
            List<PaymentMeans> means,
            @Schema(description = "Debits the next file would hold", example = "12") int count,
            @Schema(description = "Their total, to the cent", example = "1643.88") BigDecimal total,
            @Schema(description = "Adhesions refused (see each one's reason)", example = "2") int refusedCount,
            @Schema(description = "Whether the creditor of the department is set") boolean creditorReady,
            @Schema(description = "Debitable first? No: refused first, then by cooperative") PageView<DebitCandidate> candidates) {}

    @Schema(name = "SepaBatchRequest")
    public record BatchRequest(
            @NotBlank(message = "{schoolYear.pattern}") @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "{schoolYear.pattern}")
            @Schema(example = "2025-2026", required = true) String schoolYear,
            @Schema(description = "DIRECT_DEBIT_NOW and/or DIRECT_DEBIT_DECEMBER; both when empty") List<PaymentMeans> means,
            @NotNull(message = "{sepa.collectionDate.required}") @Schema(description = "Requested collection date", required = true) LocalDate collectionDate,
            @Schema(description = "Also debit again the adhesions already in an earlier file (false by default)") Boolean includeDebited) {}

    @Schema(name = "SepaBatch", description = "A generated file of direct debits")
    public record BatchView(
            long id,
            @Schema(example = "OCCE038-20251115-51") String messageId,
            @Schema(example = "2025-2026") String schoolYear,
            List<PaymentMeans> means,
            LocalDate collectionDate,
            Instant createdAt,
            String createdBy,
            @Schema(example = "12") int count,
            @Schema(example = "1643.88") BigDecimal controlSum,
            @Schema(description = "Adhesions refused when it was generated (0 when listing past files)") int refusedCount) {}
}
