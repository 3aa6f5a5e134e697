package org.coopenligne.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopenligne.ledger.HeadingKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The annual report's requests and views (seed 004: « Compte-Rendu Financier »). */
public final class ReportDtos {

    private ReportDtos() {}

    @Schema(name = "ReportHeadingAmount", description = "A heading's total in the financial report")
    public record HeadingAmount(@Schema(example = "6251") String code, @Schema(example = "Sorties et voyages") String label, HeadingKind kind,
                                @Schema(example = "420.00") BigDecimal amount) {}

    @Schema(name = "ReportBalanceCheck", description = "opening + income − charges = statement − cheques not debited + receipts not credited + cash")
    public record BalanceCheck(@Schema(description = "Opening (bank + cash) + income − charges") BigDecimal books,
                               @Schema(description = "Statement − not debited + not credited + cash; null until the statement's balance is typed")
                               BigDecimal treasury,
                               @Schema(description = "books − treasury; null until the statement's balance is typed") BigDecimal gap,
                               boolean holds,
                               @Schema(example = "850,00 + 1 150,00 − 796,99 = 1 203,01 = 1 583,01 − 420,00 + 0,00 + 40,00") String equation,
                               @Schema(example = "Le Compte-Rendu Financier semble correct") String verdict) {}

    @Schema(name = "ReportCause", description = "A likely cause of the gap, found by the pre-flight")
    public record Cause(@Schema(example = "TICKED_ENTRY", description = "TICKED_ENTRY, UNTICKED_ENTRY, ENTRY_AFTER_YEAR, CASH_COUNT, OPENING, LEDGER_TOTALS") String kind,
                        @Schema(example = "Le chèque n° 0002 (420,00 €) est pointé au relevé du 15/07/2026 : s'il n'était pas débité au 31/08, dépointez-le.")
                        String message,
                        @Schema(example = "420.00") BigDecimal amount,
                        @Schema(description = "The entry concerned, when there is one") Long entryId) {}

    @Schema(name = "FinancialReport", description = "The financial report (CRF): its figures, the balance check, the pre-flight")
    public record Financial(ReportBooks books,
                            @Schema(example = "800.00") BigDecimal openingBank, @Schema(example = "50.00") BigDecimal openingCash,
                            @Schema(description = "CLOSED (last year's validated report), LEDGER (the ledger's), TYPED") String openingSource,
                            List<HeadingAmount> headings,
                            @Schema(example = "1150.00") BigDecimal income, @Schema(example = "796.99") BigDecimal charges,
                            @Schema(example = "353.01") BigDecimal result,
                            @Schema(description = "The bank statement's balance at 31 August, as typed", example = "1583.01") BigDecimal statementBalance,
                            @Schema(description = "Cheques and payments not debited at 31 August", example = "420.00") BigDecimal notDebited,
                            @Schema(description = "Receipts not credited at 31 August", example = "0.00") BigDecimal notCredited,
                            @Schema(description = "Cash at 31 August", example = "40.00") BigDecimal cash,
                            @Schema(description = "Where the cash comes from: COUNT (the last cash count), LEDGER (the books' balance), TYPED") String cashSource,
                            @Schema(description = "The ledger's bank and cash balances at 31 August (books kept with us)") BigDecimal booksBank,
                            BigDecimal booksCash,
                            BalanceCheck check,
                            List<Cause> causes,
                            @Schema(description = "The subsidies table: typed, the books' (live), or as sent") List<SubsidyLine> subsidies,
                            @Schema(description = "LEDGER (the « Subventions » page's) or TYPED") String subsidiesSource) {}

    @Schema(name = "AnnualReport", description = "A cooperative's annual report of a school year and where it stands")
    public record ReportView(@Schema(description = "Null until first saved") Long id, long cooperativeId, String cooperativeCode,
                             @Schema(example = "2025-2026") String schoolYear, ReportStatus status,
                             @Schema(example = "Le Compte-Rendu 2026 doit être établi avant le 30 septembre 2026.") String statusSentence,
                             @Schema(example = "2026-09-30") LocalDate deadline, boolean editable,
                             Financial financial,
                             Instant submittedAt, boolean late, Instant validatedAt, String validatedBy, String correctionMessage,
                             String reopenReason,
                             @Schema(description = "The quitus's verifiers") String verifierParent, String verifierTeacher,
                             @Schema(description = "The activity report (CRA): the questions of the year and the answers")
                             List<QuestionView> activity,
                             @Schema(description = "The papers sent with it: the signed quitus, the August statement (the latest first)")
                             List<org.coopenligne.documents.DocumentView> documents,
                             @Schema(description = "The staff's checklist (null until first saved)") Checklist checklist,
                             @Schema(description = "The mandataire's request to correct the carried opening, and when it was sent")
                             String openingCorrection, Instant openingCorrectionAt,
                             @Schema(description = "For If-Match; null until first saved") Integer version) {}

    @Schema(name = "ReportChecklist", description = "The staff's checklist of a report sent to them: null until looked at, true when checked, "
            + "false when not right")
    public record Checklist(@Schema(description = "The quitus is signed by the two verifiers") Boolean quitusSigned,
                            @Schema(description = "The August statement's balance is the one in the report") Boolean statementMatches,
                            @Schema(description = "The subsidies received are justified") Boolean subsidiesJustified) {}

    @Schema(name = "FinancialReportRequest", description = "The figures a mandataire types: the statement's balance; all of them for a paper ledger")
    public record FinancialRequest(
            @NotNull(message = "Choisissez : cahier tenu ici, ou cahier papier.") ReportBooks books,
            @Schema(description = "The bank statement's balance at 31 August") @Amount BigDecimal statementBalance,
            @Schema(description = "Paper ledger: the opening balances, unless last year's report was validated") @Amount BigDecimal openingBank,
            @Amount BigDecimal openingCash,
            @Schema(description = "Paper ledger: the totals per heading") @Size(max = 200, message = "Trop de rubriques.") List<@Valid HeadingRequest> headings,
            @Schema(description = "Paper ledger: cheques not debited at 31 August") @Amount BigDecimal notDebited,
            @Schema(description = "Paper ledger: receipts not credited at 31 August") @Amount BigDecimal notCredited,
            @Schema(description = "Paper ledger: the cash at 31 August") @Amount BigDecimal cash,
            @Schema(description = "Paper ledger: the subsidies table (with the books kept here, it is the « Subventions » page's)")
            @Size(max = 50, message = "50 subventions au plus.") List<@Valid SubsidyLine> subsidies,
            @Schema(description = "The quitus's verifiers: an elected parent", example = "Mme Claire LEROY")
            @Size(max = 120, message = "Le nom a 120 caractères au plus.") String verifierParent,
            @Schema(description = "and a teacher who kept no accounts (neither is the mandataire)", example = "M. Paul ROUX")
            @Size(max = 120, message = "Le nom a 120 caractères au plus.") String verifierTeacher,
            @Schema(description = "The version read (or send If-Match)") Integer version) {}

    @Schema(name = "ReportSubsidy", description = "A row of the financial report's subsidies table")
    public record SubsidyLine(@NotNull(message = "Choisissez qui accorde la subvention.") org.coopenligne.ledger.subsidy.FunderType funderType,
                              @NotBlank(message = "Indiquez le nom du financeur.") @Size(max = 150, message = "Le nom du financeur a 150 caractères au plus.")
                              @Schema(example = "Mairie de Cahors") String funderName,
                              @NotBlank(message = "Indiquez l'objet de la subvention.") @Size(max = 300, message = "L'objet a 300 caractères au plus.")
                              @Schema(example = "Classe de mer") String purpose,
                              @NotNull(message = "Indiquez le montant accordé.") @Amount @Schema(example = "300.00") BigDecimal amountGranted,
                              @NotNull(message = "Indiquez le montant reçu.") @Amount @Schema(example = "300.00") BigDecimal amountReceived) {}

    @Schema(name = "ReportHeadingRequest")
    public record HeadingRequest(@NotBlank(message = "Choisissez la rubrique.") @Size(max = 10, message = "Rubrique inconnue.") String code,
                                 @NotNull(message = "Indiquez le montant.") @Amount BigDecimal amount) {}

    /** The papers a report is sent with. */
    public enum ReportPaper {
        QUITUS(org.coopenligne.documents.DocumentKind.QUITUS), AUGUST_STATEMENT(org.coopenligne.documents.DocumentKind.AUGUST_STATEMENT);

        public final org.coopenligne.documents.DocumentKind kind;

        ReportPaper(org.coopenligne.documents.DocumentKind kind) {
            this.kind = kind;
        }
    }

    @Schema(name = "ReportQuestionView", description = "A question of the activity report, with the cooperative's answer")
    public record QuestionView(@Schema(example = "councils") String code,
                               @Schema(example = "Nombre de conseils de coopérative tenus dans l'année") String label, QuestionKind kind,
                               @Schema(description = "For a choice") List<String> choices, boolean required,
                               @Schema(description = "As typed: a number, true/false, one of the choices, or text; null when not answered")
                               String answer) {}

    @Schema(name = "ActivityReportRequest", description = "The activity report's answers, by question code (an empty answer removes it)")
    public record ActivityRequest(@NotNull(message = "Envoyez les réponses.") java.util.Map<String, String> answers,
                                  @Schema(description = "The version read (or send If-Match)") Integer version) {}

    @Schema(name = "ReportQuestionRequest", description = "A question of a department's questionnaire")
    public record QuestionRequest(
            @NotBlank(message = "Donnez un code à la question.") @jakarta.validation.constraints.Pattern(regexp = "[a-z][a-z0-9_]{0,39}",
                    message = "Le code d'une question s'écrit en minuscules, chiffres et _ (40 caractères au plus).") String code,
            @NotBlank(message = "Écrivez la question.") @Size(max = 300, message = "Une question a 300 caractères au plus.") String label,
            @NotNull(message = "Choisissez le type de réponse.") QuestionKind kind,
            @Size(max = 20, message = "20 choix au plus.") List<@NotBlank(message = "Un choix ne peut pas être vide.")
                    @Size(max = 100, message = "Un choix a 100 caractères au plus.") String> choices,
            boolean required) {}

    @Schema(name = "ReportQuestionnaire", description = "The activity report's questions of a department's year")
    public record Questionnaire(String departmentCode, String schoolYear,
                                @Schema(description = "NATIONAL (the default) or DEPARTMENT (its staff's for the year)") String origin,
                                List<QuestionView> questions) {}

    @Schema(name = "ReportQuestionnaireRequest")
    public record QuestionnaireRequest(@NotNull(message = "Envoyez les questions.") @Size(min = 1, max = 40, message = "De 1 à 40 questions.")
                                       List<@Valid QuestionRequest> questions) {}

    @Schema(name = "OpeningCorrectionRequest", description = "« Demander à l'OCCE de corriger le report à nouveau », with the reason")
    public record OpeningCorrectionRequest(@NotBlank(message = "Expliquez ce qui est faux dans le report à nouveau.")
                                           @Size(max = 2000, message = "Le message a 2000 caractères au plus.")
                                           @Schema(example = "Le relevé au 31/08/2025 indiquait 1 158,01 € et non 1 163,01 €.") String reason) {}

    @Schema(name = "ReportCorrectionRequest")
    public record CorrectionRequest(@NotBlank(message = "Écrivez ce que la coopérative doit corriger.")
                                    @Size(max = 2000, message = "Le message a 2000 caractères au plus.") String message) {}

    @Schema(name = "ReportReopenRequest")
    public record ReopenRequest(@NotBlank(message = "Indiquez pourquoi le compte-rendu est rouvert.")
                                @Size(max = 2000, message = "La raison a 2000 caractères au plus.") String reason) {}

    @Schema(name = "ReportQueueItem", description = "A report in the department's queue")
    public record QueueItem(long id, long cooperativeId, String cooperativeCode, String schoolName, String city, String schoolYear,
                            ReportStatus status, String statusLabel, Instant submittedAt, boolean late, ReportBooks books,
                            @Schema(description = "The signed quitus was sent") boolean quitusReceived,
                            @Schema(description = "The August statement was sent") boolean statementReceived,
                            @Schema(description = "The balance check's gap at submission (zero: it holds)") BigDecimal gap,
                            @Schema(description = "Drawn for the control of the accounts") boolean drawn, int version) {}

    @Schema(name = "UnsentReports", description = "The department's cooperatives whose report of the year is not sent yet: whom to remind")
    public record Unsent(String departmentCode, String schoolYear, @Schema(example = "2026-09-30") LocalDate deadline, long count,
                         @Schema(description = "Their ids, by number (for a reminder's cooperativeIds)") List<Long> cooperativeIds) {}

    @Schema(name = "AggregatedHeading", description = "A heading summed over the department's validated reports")
    public record AggregatedHeading(String code, String label, HeadingKind kind, @Schema(description = "Reports with an amount under it") long reports,
                                    BigDecimal amount) {}

    @Schema(name = "ReportStatusCounts", description = "The department's reports of a year, per status (not started: no report saved yet)")
    public record StatusCounts(long notStarted, long drafts, long submitted, long correctionRequested, long validated,
                               @Schema(description = "Sent after the deadline") long late) {}

    @Schema(name = "AggregatedSubsidies", description = "The subsidies of the validated reports, per funder type")
    public record AggregatedSubsidies(org.coopenligne.ledger.subsidy.FunderType funderType, @Schema(description = "Reports with one") long reports,
                                      BigDecimal granted, BigDecimal received) {}

    @Schema(name = "AggregatedAccounts", description = "The department's accounts of a year: every validated financial report summed")
    public record AggregatedAccounts(String departmentCode, String schoolYear,
                                     @Schema(description = "Cooperatives of the department") long cooperatives,
                                     @Schema(description = "Validated reports summed here") long validatedReports,
                                     @Schema(description = "Reports sent, not validated yet (not summed)") long pendingReports,
                                     @Schema(description = "Where the department's reports of the year stand") StatusCounts statuses,
                                     BigDecimal openingBank, BigDecimal openingCash, BigDecimal income, BigDecimal charges, BigDecimal result,
                                     BigDecimal closingBank, BigDecimal closingCash, List<AggregatedHeading> headings,
                                     @Schema(description = "Per funder type") List<AggregatedSubsidies> subsidies) {}

    /** An amount of money: two decimals at most, within ± 9 999 999,99 € (the service says which may not be negative). */
    @java.lang.annotation.Target({java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,
            java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.METHOD})
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = {})
    @DecimalMax(value = "9999999.99", message = "Le montant dépasse 9 999 999,99 €.")
    @DecimalMin(value = "-9999999.99", message = "Le montant dépasse − 9 999 999,99 €.")
    @Digits(integer = 10, fraction = 2, message = "Un montant a deux décimales au plus.")
    public @interface Amount {
        String message() default "Montant invalide.";
        Class<?>[] groups() default {};
        Class<? extends jakarta.validation.Payload>[] payload() default {};
    }
}
