package org.coopenligne.report;

import static org.coopenligne.report.FinancialFigures.ZERO;
import static org.coopenligne.report.FinancialFigures.f;
import static org.coopenligne.report.FinancialFigures.orZero;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.money.Money;
import org.coopenligne.common.security.Access;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.documents.pdf.FinancialReportPrintData;
import org.coopenligne.ledger.HeadingKind;
import org.coopenligne.ledger.LedgerDtos;
import org.coopenligne.ledger.LedgerDtos.Balances;
import org.coopenligne.ledger.LedgerDtos.HeadingView;
import org.coopenligne.ledger.LedgerDtos.LedgerView;
import org.coopenligne.ledger.LedgerEntryView;
import org.coopenligne.ledger.LedgerService;
import org.coopenligne.ledger.cash.CashCountDtos.CountView;
import org.coopenligne.ledger.cash.CashCountService;
import org.coopenligne.mail.MailService;
import org.coopenligne.report.ReportDtos.Cause;
import org.coopenligne.report.ReportDtos.Financial;
import org.coopenligne.report.ReportDtos.FinancialRequest;
import org.coopenligne.report.ReportDtos.HeadingAmount;
import org.coopenligne.report.ReportDtos.QueueItem;
import org.coopenligne.report.ReportDtos.ReportView;

/**
 * The annual report of a school year (seed 004), its financial part: filled from the ledger kept with us (live while the
 * cooperative may change it, kept as it was at submission), or typed from a paper ledger; the balance check and the
 * pre-flight that names the likely cause of a gap; the review loop with the department's staff, whose validation closes
 * the year in the books.
 */
@ApplicationScoped
public class ReportService {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject CooperativeService cooperatives;
    @Inject DepartmentService departments;
    @Inject LedgerService ledgers;
    @Inject CashCountService cashCounts;
    @Inject org.coopenligne.ledger.subsidy.SubsidyService subsidies;
    @Inject AuditService audit;
    @Inject MailService mail;
    @Inject org.coopenligne.documents.PdfDocuments pdfs;
    @Inject org.coopenligne.documents.DocumentService documents;
    @Inject Access access;
    @Inject Clock clock;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "coop.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The report due now: the school year that ended last 31 August (the one before the current school year). */
    public static SchoolYear due(Clock clock) {
        return SchoolYear.containing(LocalDate.now(clock.withZone(PARIS))).previous();
    }

    /** The day it is due: 30 September after the year's end. */
    static LocalDate deadline(SchoolYear year) {
        return year.lastDay().plusDays(30);
    }

    // --- reading -------------------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView view(long cooperativeId, SchoolYear year) {
        CooperativeView c = cooperatives.get(cooperativeId); // access check
        return view(c, year, find(cooperativeId, year).orElse(null));
    }

    private ReportView view(CooperativeView c, SchoolYear year, AnnualReport r) {
        ReportStatus status = r == null ? ReportStatus.NOT_STARTED : r.status;
        return new ReportView(r == null ? null : r.id, c.id(), c.code(), year.label(), status, sentence(status, year, c, r), deadline(year),
                status.editable(), financial(c, year, r), r == null ? null : r.submittedAt, r != null && r.late,
                r == null ? null : r.validatedAt, r == null ? null : r.validatedBy, r == null ? null : r.correctionMessage,
                r == null ? null : r.reopenReason, r == null ? null : r.verifierParent, r == null ? null : r.verifierTeacher,
                activity(c, year, r), r == null ? List.of() : documents.ofReport(r.id),
                r == null ? null : new ReportDtos.Checklist(r.checkQuitus, r.checkStatement, r.checkSubsidies),
                r == null ? null : r.openingCorrection, r == null ? null : r.openingCorrectionAt, r == null ? null : r.version);
    }

    /** The Sommaire's sentence, in the seeds' words. */
    private static String sentence(ReportStatus status, SchoolYear year, CooperativeView c, AnnualReport r) {
        String end = String.valueOf(year.startYear() + 1);
        return switch (status) {
            case NOT_STARTED, DRAFT -> "Le Compte-Rendu " + end + " doit être établi avant le " + deadline(year).getDayOfMonth() + " septembre " + end + ".";
            case SUBMITTED -> "Le C.R. est validé, mais il est en attente de l'OCCE " + c.departmentCode() + ".";
            case CORRECTION_REQUESTED -> "Le C.R. doit être corrigé : " + (r == null || r.correctionMessage == null ? "" : r.correctionMessage);
            case VALIDATED -> "Le C.R. est saisi, et il est bon. Bravo !";
        };
    }

    /**
     * The figures: the ledger's, live, while a report on our books may change; otherwise the report's own (typed, or
     * kept at submission). Then the check and, when it does not hold, the likely causes.
     */
    private Financial financial(CooperativeView c, SchoolYear year, AnnualReport r) {
        LedgerView ledger = ledgers.ledger(c.id(), year, 0, 1); // the year's sums (no lines read)
        ReportBooks books = r != null ? r.books : ledger.totalLines() > 0 ? ReportBooks.LEDGER : ReportBooks.PAPER;
        boolean live = books == ReportBooks.LEDGER && (r == null || r.status.editable());
        Map<String, HeadingView> chart = new LinkedHashMap<>();
        ledgers.chart(c.id(), year).forEach(h -> chart.put(h.code(), h));
        BigDecimal statement = r == null ? null : r.statementBalance;
        if (live) {
            LedgerService.Pending reconciliation = ledgers.pendingAt(c.id(), year, year.lastDay());
            List<HeadingAmount> headings = ledger.totals().stream()
                    .filter(t -> t.kind() != HeadingKind.TREASURY)
                    .map(t -> new HeadingAmount(t.code(), t.label(), t.kind(), t.total())).toList();
            Optional<CountView> count = lastCount(c.id(), year);
            BigDecimal cash = count.map(CountView::total).orElse(ledger.closing().cash());
            String openingSource = "CLOSED".equals(ledger.openingSource()) ? "CLOSED" : "LEDGER";
            var check = FinancialFigures.check(ledger.opening().bank(), ledger.opening().cash(), ledger.income(), ledger.charges(), statement,
                    reconciliation.notDebited(), reconciliation.notCredited(), cash);
            List<Cause> causes = check.holds() || check.gap() == null ? List.of()
                    : ledgerCauses(c.id(), year, check.gap(), count, ledger.closing().cash());
            return new Financial(books, ledger.opening().bank(), ledger.opening().cash(), openingSource, headings, ledger.income(),
                    ledger.charges(), ledger.income().subtract(ledger.charges()), statement, reconciliation.notDebited(),
                    reconciliation.notCredited(), cash, count.isPresent() ? "COUNT" : "LEDGER", ledger.closing().bank(), ledger.closing().cash(),
                    check, causes, booksSubsidies(c.id(), year), "LEDGER");
        }
        // the report's own figures: typed (paper), or the ledger's kept at submission
        List<HeadingAmount> headings = new ArrayList<>();
        if (r != null) {
            r.headings.forEach((code, amount) -> {
                HeadingView h = chart.get(code);
                headings.add(new HeadingAmount(code, h == null ? code : h.label(), h == null ? kindOf(code) : h.kind(), amount.setScale(2)));
            });
        }
        List<String> order = new ArrayList<>(chart.keySet());
        headings.sort(Comparator.comparingInt((HeadingAmount h) -> order.indexOf(h.code()) < 0 ? Integer.MAX_VALUE : order.indexOf(h.code()))
                .thenComparing(HeadingAmount::code));
        BigDecimal income = FinancialFigures.sum(headings, HeadingKind.INCOME);
        BigDecimal charges = FinancialFigures.sum(headings, HeadingKind.CHARGE);
        Balances closed = books == ReportBooks.PAPER && "CLOSED".equals(ledger.openingSource()) ? ledger.opening() : null;
        BigDecimal openingBank = closed != null ? closed.bank() : r == null ? null : r.openingBank;
        BigDecimal openingCash = closed != null ? closed.cash() : r == null ? null : r.openingCash;
        var check = FinancialFigures.check(openingBank, openingCash, income, charges, statement, r == null ? null : r.notDebited,
                r == null ? null : r.notCredited, r == null ? null : r.cash);
        List<Cause> causes = new ArrayList<>();
        if (!check.holds() && check.gap() != null && books == ReportBooks.PAPER) {
            causes.addAll(paperCauses(ledger, r, income, charges));
        } else if (!check.holds() && check.gap() != null) {
            causes.addAll(ledgerCauses(c.id(), year, check.gap(), lastCount(c.id(), year), r.closingCash));
        }
        return new Financial(books, orNull(openingBank), orNull(openingCash),
                closed != null ? "CLOSED" : books == ReportBooks.LEDGER ? "LEDGER" : "TYPED", headings, income, charges,
                income.subtract(charges), statement, r == null ? null : r.notDebited, r == null ? null : r.notCredited, r == null ? null : r.cash,
                books == ReportBooks.LEDGER ? "LEDGER" : "TYPED", books == ReportBooks.LEDGER && r != null ? r.closingBank : null,
                books == ReportBooks.LEDGER && r != null ? r.closingCash : null, check, causes,
                r == null ? List.of() : r.subsidies.stream().map(ReportService::line).toList(), books == ReportBooks.LEDGER ? "LEDGER" : "TYPED");
    }

    /** The subsidies kept with the books (« Les subventions »), as the report's table. */
    private List<ReportDtos.SubsidyLine> booksSubsidies(long cooperativeId, SchoolYear year) {
        return subsidies.list(cooperativeId, year).subsidies().stream()
                .map(v -> new ReportDtos.SubsidyLine(v.funderType(), v.funderName(), v.purpose(), v.amountGranted(), v.received())).toList();
    }

    private static ReportDtos.SubsidyLine line(ReportSubsidy s) {
        return new ReportDtos.SubsidyLine(s.funderType, s.funderName, s.purpose, s.amountGranted.setScale(2), s.amountReceived.setScale(2));
    }

    private static BigDecimal orNull(BigDecimal value) {
        return value == null ? null : value.setScale(2);
    }

    private static HeadingKind kindOf(String code) {
        return code.startsWith("7") ? HeadingKind.INCOME : HeadingKind.CHARGE;
    }

    private Optional<CountView> lastCount(long cooperativeId, SchoolYear year) {
        return cashCounts.list(cooperativeId, year).counts().stream()
                .filter(k -> !k.countedOn().isAfter(year.lastDay()))
                .max(Comparator.comparing(CountView::countedOn).thenComparing(CountView::id));
    }

    // --- printed ---------------------------------------------------------------------------------------------------------

    public record Printed(String filename, byte[] pdf) {}

    /** The financial report as it stands (« Imprimer le CRF »), or its quitus page (« Imprimez cette page quitus ! »). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Printed print(long cooperativeId, SchoolYear year, boolean quitus) {
        CooperativeView c = cooperatives.get(cooperativeId); // access check
        ReportView v = view(c, year, find(cooperativeId, year).orElse(null));
        Financial f = v.financial();
        byte[] pdf = pdfs.financialReport(c, (department, cooperative) -> new FinancialReportPrintData(department, cooperative, year.label(),
                LocalDate.now(clock.withZone(PARIS)), quitus,
                "compte-rendu " + (v.status() == ReportStatus.NOT_STARTED || v.status() == ReportStatus.DRAFT ? "en cours de saisie" : v.status().shortLabel), f.books() == ReportBooks.PAPER,
                f.openingBank(), f.openingCash(),
                f.headings().stream().map(h -> new FinancialReportPrintData.Heading(h.code(), h.label(), h.kind() == HeadingKind.INCOME, h.amount()))
                        .toList(),
                f.income(), f.charges(), f.statementBalance(), f.notDebited(), f.notCredited(), f.cash(), f.check().equation(), f.check().verdict(),
                v.verifierParent(), v.verifierTeacher(), f.subsidies().stream().map(x -> new FinancialReportPrintData.Subsidy(
                        x.funderType().label + " — " + x.funderName(), x.purpose(), x.amountGranted(), x.amountReceived())).toList()));
        return new Printed((quitus ? "quitus-" : "compte-rendu-financier-") + c.code() + "-" + year.label() + ".pdf", pdf);
    }

    // --- the pre-flight ------------------------------------------------------------------------------------------------

    /**
     * Why a report on our books does not hold: an entry through the bank of exactly the gap, ticked (was it really seen
     * on a statement by 31 August?) or not (was it?); a cash count unlike the books' cash.
     */
    private List<Cause> ledgerCauses(long cooperativeId, SchoolYear year, BigDecimal gap, Optional<CountView> count, BigDecimal booksCash) {
        List<Cause> causes = new ArrayList<>();
        BigDecimal amount = gap.abs();
        for (LedgerDtos.Line line : ledgers.ledger(cooperativeId, year).lines()) {
            LedgerEntryView e = line.entry();
            boolean bank = e.treasury() == org.coopenligne.ledger.Treasury.BANK || e.kind() == org.coopenligne.ledger.EntryKind.TRANSFER;
            BigDecimal moved = e.amountIn().signum() != 0 ? e.amountIn() : e.amountOut();
            if (!bank || moved.compareTo(amount) != 0) {
                continue;
            }
            String what = (e.chequeNumber() != null ? "Le chèque n° " + e.chequeNumber() : "L'opération n° " + e.voucherNumber())
                    + " du " + FRENCH_DATE.format(e.date()) + " « " + e.label() + " » (" + Money.of(moved).format() + ")";
            boolean ticked = e.clearedOn() != null && !e.clearedOn().isAfter(year.lastDay());
            causes.add(ticked
                    ? new Cause("TICKED_ENTRY", what + " est pointé au relevé du " + FRENCH_DATE.format(e.clearedOn())
                            + " : s'il n'apparaît pas sur les relevés jusqu'au 31/08, dépointez-le.", moved, e.id())
                    : new Cause("UNTICKED_ENTRY", what + " n'est pas pointé : s'il apparaît sur un relevé jusqu'au 31/08, pointez-le.", moved, e.id()));
        }
        // an operation of the bank written in September, but on the August statement: it belongs to this year
        for (LedgerDtos.Line line : ledgers.ledger(cooperativeId, year.next()).lines()) {
            LedgerEntryView e = line.entry();
            boolean bank = e.treasury() == org.coopenligne.ledger.Treasury.BANK || e.kind() == org.coopenligne.ledger.EntryKind.TRANSFER;
            BigDecimal moved = e.amountIn().signum() != 0 ? e.amountIn() : e.amountOut();
            if (bank && moved.compareTo(amount) == 0 && e.date().isBefore(year.lastDay().plusDays(31))) {
                causes.add(new Cause("ENTRY_AFTER_YEAR", "L'opération n° " + e.voucherNumber() + " du " + FRENCH_DATE.format(e.date()) + " « "
                        + e.label() + " » (" + Money.of(moved).format() + ") est datée après le 31/08, dans le cahier " + year.next().display()
                        + " : si elle figure déjà sur le relevé d'août, elle appartient à l'année " + year.display() + " (corrigez sa date).",
                        moved, e.id()));
            }
        }
        count.filter(k -> k.difference() != null && k.difference().signum() != 0).ifPresent(k -> causes.add(new Cause("CASH_COUNT",
                "L'arrêté de caisse du " + FRENCH_DATE.format(k.countedOn()) + " compte " + Money.of(k.total()).format() + " mais le cahier dit "
                        + Money.of(k.bookBalance()).format() + " ce jour-là : écart de " + Money.of(k.difference().abs()).format() + ".",
                k.difference().abs(), null)));
        if (count.isPresent() && booksCash != null && count.get().difference() != null && count.get().difference().signum() == 0
                && count.get().total().compareTo(booksCash) != 0) {
            causes.add(new Cause("CASH_COUNT", "La caisse comptée le " + FRENCH_DATE.format(count.get().countedOn()) + " ("
                    + Money.of(count.get().total()).format() + ") n'est plus le solde de caisse du cahier au 31/08 (" + Money.of(booksCash).format()
                    + ") : faites un arrêté de caisse au 31/08.", count.get().total().subtract(booksCash).abs(), null));
        }
        return causes;
    }

    /** Why a typed report does not hold: an opening unlike last year's closing; totals unlike the ledger's, when there is one. */
    private static List<Cause> paperCauses(LedgerView ledger, AnnualReport r, BigDecimal income, BigDecimal charges) {
        List<Cause> causes = new ArrayList<>();
        Balances carried = ledger.opening();
        if (r != null && !"NONE".equals(ledger.openingSource()) && !"CLOSED".equals(ledger.openingSource())
                && (orZero(r.openingBank).compareTo(carried.bank()) != 0 || orZero(r.openingCash).compareTo(carried.cash()) != 0)) {
            causes.add(new Cause("OPENING", "Le report à nouveau saisi (" + f(orZero(r.openingBank).add(orZero(r.openingCash)))
                    + ") n'est pas le solde de clôture de l'an dernier (" + f(carried.bank().add(carried.cash())) + ").",
                    orZero(r.openingBank).add(orZero(r.openingCash)).subtract(carried.bank().add(carried.cash())).abs(), null));
        }
        if (ledger.totalLines() > 0 && (income.compareTo(ledger.income()) != 0 || charges.compareTo(ledger.charges()) != 0)) {
            causes.add(new Cause("LEDGER_TOTALS", "Les totaux saisis (recettes " + f(income) + ", dépenses " + f(charges)
                    + ") ne sont pas ceux du cahier tenu ici (recettes " + f(ledger.income()) + ", dépenses " + f(ledger.charges()) + ").",
                    income.subtract(charges).subtract(ledger.income().subtract(ledger.charges())).abs(), null));
        }
        return causes;
    }

    // --- the activity report (CRA) ----------------------------------------------------------------------------------------

    private static List<ReportDtos.QuestionView> activity(CooperativeView c, SchoolYear year, AnnualReport r) {
        return ReportQuestion.of(c.departmentId(), year.label()).stream()
                .map(q -> new ReportDtos.QuestionView(q.code, q.label, q.kind, q.choiceList(), q.required, r == null ? null : r.answers.get(q.code)))
                .toList();
    }

    /** The activity report's answers, saved as typed (each checked against its question's kind); required ones are checked when sent. */
    @Transactional
    public ReportView saveActivity(long cooperativeId, SchoolYear year, Integer version, ReportDtos.ActivityRequest q) {
        CooperativeView c = requireMandataire(cooperativeId);
        AnnualReport r = find(cooperativeId, year).orElse(null);
        if (r != null && (version == null || r.version != version)) {
            throw ProblemException.staleVersion();
        }
        if (r != null && !r.status.editable()) {
            throw locked(r);
        }
        Map<String, ReportQuestion> questions = new LinkedHashMap<>();
        ReportQuestion.of(c.departmentId(), year.label()).forEach(x -> questions.put(x.code, x));
        Map<String, String> answers = new java.util.TreeMap<>();
        for (Map.Entry<String, String> a : q.answers().entrySet()) {
            String field = "answers." + a.getKey();
            ReportQuestion question = questions.get(a.getKey());
            if (question == null) {
                throw ProblemException.invalidField(field, "Cette question n'est pas au questionnaire " + year.display() + ".");
            }
            String value = a.getValue() == null ? "" : a.getValue().trim();
            if (value.isEmpty()) {
                continue;
            }
            answers.put(question.code, checked(field, question, value));
        }
        Map<String, Object> before = r == null ? null : Map.of("answers", new LinkedHashMap<>(r.answers));
        if (r == null) {
            r = newReport(c, year);
        }
        r.answers.clear();
        r.answers.putAll(answers);
        r.updatedAt = clock.instant();
        r.persistAndFlush();
        audit.record(change(AuditAction.REPORT_SAVED, r, before, Map.of("answers", new LinkedHashMap<>(answers))));
        return view(c, year, r);
    }

    private static String checked(String field, ReportQuestion question, String value) {
        switch (question.kind) {
            case NUMBER -> {
                if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) > 100_000) {
                    throw ProblemException.invalidField(field, "« " + question.label + " » : un nombre entier de 0 à 100 000.");
                }
                return String.valueOf(Integer.parseInt(value));
            }
            case YES_NO -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw ProblemException.invalidField(field, "« " + question.label + " » : répondez oui (true) ou non (false).");
                }
                return value;
            }
            case CHOICE -> {
                if (!question.choiceList().contains(value)) {
                    throw ProblemException.invalidField(field, "« " + question.label + " » : choisissez parmi " + String.join(", ", question.choiceList()) + ".");
                }
                return value;
            }
            default -> {
                if (value.length() > 4000) {
                    throw ProblemException.invalidField(field, "« " + question.label + " » : 4 000 caractères au plus.");
                }
                return value;
            }
        }
    }

    private AnnualReport newReport(CooperativeView c, SchoolYear year) {
        AnnualReport r = new AnnualReport();
        r.cooperativeId = c.id();
        r.departmentId = c.departmentId();
        r.schoolYear = year.label();
        r.status = ReportStatus.DRAFT;
        r.books = ledgers.ledger(c.id(), year, 0, 1).totalLines() > 0 ? ReportBooks.LEDGER : ReportBooks.PAPER;
        r.createdAt = clock.instant();
        return r;
    }

    // --- the cooperative's writes -----------------------------------------------------------------------------------------

    /** The figures the mandataire types: the statement's balance; for a paper ledger, every figure. */
    @Transactional
    public ReportView saveFinancial(long cooperativeId, SchoolYear year, Integer version, FinancialRequest q) {
        CooperativeView c = requireMandataire(cooperativeId);
        AnnualReport r = find(cooperativeId, year).orElse(null);
        if (r != null && (version == null || r.version != version)) {
            throw ProblemException.staleVersion();
        }
        if (r != null && !r.status.editable()) {
            throw locked(r);
        }
        requireNotNegative("notDebited", q.notDebited());
        requireNotNegative("notCredited", q.notCredited());
        requireNotNegative("cash", q.cash());
        requireNotNegative("openingCash", q.openingCash());
        Map<String, Object> before = r == null ? null : snapshot(r);
        if (r == null) {
            r = newReport(c, year);
        }
        r.books = q.books();
        r.statementBalance = orNull(q.statementBalance());
        r.verifierParent = verifier("verifierParent", q.verifierParent(), c);
        r.verifierTeacher = verifier("verifierTeacher", q.verifierTeacher(), c);
        if (r.verifierParent != null && r.verifierParent.equalsIgnoreCase(String.valueOf(r.verifierTeacher))) {
            throw ProblemException.invalidField("verifierTeacher", "Le quitus est signé par deux personnes différentes.");
        }
        r.headings.clear();
        if (q.books() == ReportBooks.PAPER) {
            Map<String, HeadingView> chart = new HashMap<>();
            ledgers.chart(cooperativeId, year).forEach(h -> chart.put(h.code(), h));
            List<ReportDtos.HeadingRequest> typed = q.headings() == null ? List.of() : q.headings();
            for (int i = 0; i < typed.size(); i++) {
                ReportDtos.HeadingRequest h = typed.get(i);
                HeadingView known = chart.get(h.code().trim());
                if (known == null || known.kind() == HeadingKind.TREASURY) {
                    throw ProblemException.invalidField("headings[" + i + "].code", "La rubrique « " + h.code() + " » n'est pas au plan comptable "
                            + year.display() + ".");
                }
                requireNotNegative("headings[" + i + "].amount", h.amount());
                if (r.headings.containsKey(known.code())) {
                    throw ProblemException.invalidField("headings[" + i + "].code", "La rubrique " + known.code() + " est saisie deux fois.");
                }
                if (h.amount().signum() != 0) {
                    r.headings.put(known.code(), h.amount().setScale(2));
                }
            }
            boolean carried = ledgers.isClosed(cooperativeId, year.previous());
            r.openingBank = carried ? null : orNull(q.openingBank());
            r.openingCash = carried ? null : orNull(q.openingCash());
            r.notDebited = orNull(q.notDebited());
            r.notCredited = orNull(q.notCredited());
            r.cash = orNull(q.cash());
            r.subsidies.clear();
            List<ReportDtos.SubsidyLine> lines = q.subsidies() == null ? List.of() : q.subsidies();
            for (int i = 0; i < lines.size(); i++) {
                ReportDtos.SubsidyLine l = lines.get(i);
                requireNotNegative("subsidies[" + i + "].amountGranted", l.amountGranted());
                requireNotNegative("subsidies[" + i + "].amountReceived", l.amountReceived());
                r.subsidies.add(new ReportSubsidy(l.funderType(), l.funderName().trim(), l.purpose().trim(), l.amountGranted().setScale(2),
                        l.amountReceived().setScale(2)));
            }
        } else {
            r.openingBank = r.openingCash = r.notDebited = r.notCredited = r.cash = null;
            r.subsidies.clear();
        }
        r.updatedAt = clock.instant();
        r.persistAndFlush();
        audit.record(change(AuditAction.REPORT_SAVED, r, before, snapshot(r)));
        return view(c, year, r);
    }

    /**
     * « Envoyer à l'OCCE »: the report goes to staff and is locked until they send it back. A report on our books keeps
     * the ledger's figures as they are now. A gap never stops an honest report: staff see it, with its likely causes.
     */
    @Transactional
    public ReportView submit(long cooperativeId, SchoolYear year, int version) {
        CooperativeView c = requireMandataire(cooperativeId);
        AnnualReport r = find(cooperativeId, year)
                .orElseThrow(() -> ProblemException.invalidField("statementBalance", "Saisissez d'abord le solde du relevé bancaire au 31/08."));
        if (r.version != version) {
            throw ProblemException.staleVersion();
        }
        if (!r.status.editable()) {
            throw locked(r);
        }
        List<Problem.Violation> reasons = new ArrayList<>();
        if (r.statementBalance == null) {
            reasons.add(new Problem.Violation("statementBalance", "Saisissez le solde du relevé bancaire au 31/08."));
        }
        for (ReportQuestion question : ReportQuestion.of(r.departmentId, r.schoolYear)) {
            if (question.required && !r.answers.containsKey(question.code)) {
                reasons.add(new Problem.Violation("answers." + question.code, "Compte-rendu d'activité : répondez à « " + question.label + " »."));
            }
        }
        if (r.verifierParent == null || r.verifierTeacher == null) {
            reasons.add(new Problem.Violation(r.verifierParent == null ? "verifierParent" : "verifierTeacher",
                    "Indiquez les deux vérificateurs qui signent le quitus : un parent d'élève élu et un enseignant qui n'a pas tenu les comptes."));
        }
        if (r.books == ReportBooks.PAPER && r.headings.isEmpty()) {
            reasons.add(new Problem.Violation("headings", "Saisissez les recettes et les dépenses de l'année par rubrique."));
        }
        if (r.books == ReportBooks.PAPER && r.cash == null) {
            reasons.add(new Problem.Violation("cash", "Saisissez la caisse au 31/08 (0 s'il n'y a pas de caisse)."));
        }
        if (!reasons.isEmpty()) {
            throw new ProblemException(422, "report-incomplete", "Compte-rendu incomplet",
                    "Le compte-rendu ne peut pas encore être envoyé : " + String.join(" ", reasons.stream().map(Problem.Violation::message).toList()),
                    reasons);
        }
        ReportStatus before = r.status;
        Financial figures = financial(c, year, r);
        if (r.books == ReportBooks.LEDGER) {
            r.headings.clear();
            figures.headings().forEach(h -> r.headings.put(h.code(), h.amount()));
            r.openingBank = figures.openingBank();
            r.openingCash = figures.openingCash();
            r.notDebited = figures.notDebited();
            r.notCredited = figures.notCredited();
            r.cash = figures.cash();
            r.closingBank = figures.booksBank();
            r.closingCash = figures.booksCash();
            r.subsidies.clear();
            figures.subsidies().forEach(l -> r.subsidies.add(new ReportSubsidy(l.funderType(), l.funderName(), l.purpose(), l.amountGranted(),
                    l.amountReceived())));
        } else {
            r.openingBank = figures.openingBank();
            r.openingCash = figures.openingCash();
        }
        r.income = figures.income();
        r.charges = figures.charges();
        r.gap = figures.check().gap();
        r.status = ReportStatus.SUBMITTED;
        r.submittedAt = clock.instant();
        r.late = LocalDate.now(clock.withZone(PARIS)).isAfter(deadline(year));
        r.updatedAt = clock.instant();
        r.persistAndFlush();
        audit.record(change(AuditAction.REPORT_SUBMITTED, r, Map.of("status", before), Map.of("status", r.status, "gap", r.gap)));
        return view(c, year, r);
    }

    /**
     * « Demander à l'OCCE de corriger le report à nouveau »: the opening carried from last year's validated report cannot
     * be typed over; the department's staff get the reason by email and on the report (they correct it by reopening last
     * year's report). Audited.
     */
    @Transactional
    public ReportView requestOpeningCorrection(long cooperativeId, SchoolYear year, String reason) {
        CooperativeView c = requireMandataire(cooperativeId);
        if (!ledgers.isClosed(cooperativeId, year.previous())) {
            throw ProblemException.conflict("opening-not-carried", "Le report à nouveau " + year.display()
                    + " ne vient pas d'un compte-rendu validé : saisissez-le vous-même (cahier papier) ou corrigez-le dans le cahier de compta.");
        }
        AnnualReport r = find(cooperativeId, year).orElse(null);
        if (r != null && !r.status.editable()) {
            throw locked(r);
        }
        if (r == null) {
            r = newReport(c, year);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("openingCorrection", r.openingCorrection);
        r.openingCorrection = reason.trim();
        r.openingCorrectionAt = clock.instant();
        r.updatedAt = clock.instant();
        r.persistAndFlush();
        audit.record(change(AuditAction.REPORT_OPENING_CORRECTION_REQUESTED, r, before, Map.of("openingCorrection", r.openingCorrection)));
        DepartmentView d = departments.find(r.departmentId).orElseThrow();
        if (d.email() != null) {
            mail.queue(new MailService.Outgoing("REPORT_OPENING_CORRECTION", d.id(), c.id(), d.email(),
                    "Report à nouveau " + year.display() + " à corriger : coopérative " + c.code(),
                    "Bonjour,\n\nLe mandataire de la coopérative " + c.code() + " (" + c.schoolName() + ", " + c.city() + ") demande de corriger "
                            + "son report à nouveau au 01/09, repris du compte-rendu " + year.previous().display() + " validé :\n\n" + r.openingCorrection
                            + "\n\nPour le corriger, rouvrez le compte-rendu " + year.previous().display() + " : " + publicUrl + "/coop/" + c.id()
                            + "/compte-rendu?annee=" + year.previous().label() + "\n"));
        }
        return view(c, year, r);
    }

    /**
     * « Envoyer l'image »: the signed quitus or the August statement (PDF, JPEG or PNG, checked by content), while the
     * report may change; a newer one is kept beside the older (staff read the latest first).
     */
    @Transactional
    public org.coopenligne.documents.DocumentView attach(long cooperativeId, SchoolYear year, ReportDtos.ReportPaper paper,
            org.jboss.resteasy.reactive.multipart.FileUpload file) {
        CooperativeView c = requireMandataire(cooperativeId);
        if (paper == null) {
            throw ProblemException.invalidField("kind", "Indiquez ce que vous envoyez : QUITUS (le quitus signé) ou AUGUST_STATEMENT (le relevé au 31/08).");
        }
        AnnualReport r = find(cooperativeId, year)
                .orElseThrow(() -> new ProblemException(409, "report-not-saved", "Compte-rendu à enregistrer",
                        "Enregistrez d'abord le compte-rendu " + year.display() + ", puis envoyez le quitus et le relevé.", List.of()));
        if (!r.status.editable()) {
            throw locked(r);
        }
        org.coopenligne.documents.DocumentView attached = documents.uploadForReport(paper.kind, c, r.id, file);
        if (paper == ReportDtos.ReportPaper.QUITUS) {
            r.quitusReceived = true;
        } else {
            r.statementReceived = true;
        }
        return attached;
    }

    // --- the staff's review ----------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<QueueItem> queue(String departmentCode, SchoolYear year, ReportStatus status, boolean late, boolean gap,
            boolean quitusMissing, boolean drawn, int page, int size) {
        DepartmentView d = departments.authorize(departmentCode);
        requireStaff();
        StringBuilder where = new StringBuilder("departmentId = :department and schoolYear = :year");
        Map<String, Object> params = new HashMap<>(Map.of("department", d.id(), "year", year.label()));
        if (status == null) {
            where.append(" and status <> :draft");
            params.put("draft", ReportStatus.DRAFT);
        } else {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (late) {
            where.append(" and late = true");
        }
        if (gap) {
            where.append(" and gap is not null and gap <> 0");
        }
        if (quitusMissing) {
            where.append(" and quitusReceived = false");
        }
        if (drawn) {
            where.append(" and id in (select c.reportId from ReportControl c)");
        }
        var query = AnnualReport.<AnnualReport>find(where + " order by submittedAt, id", params);
        List<AnnualReport> reports = query.page(page, size).list();
        // the page's schools in one read (the adhesion's review queue does the same)
        Map<Long, org.coopenligne.cooperative.CooperativeSummary> schools = cooperatives.summaries(reports.stream().map(r -> r.cooperativeId).toList());
        java.util.Set<Long> controlled = reports.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(org.coopenligne.report.control.ReportControl
                .<org.coopenligne.report.control.ReportControl>find("reportId in ?1", reports.stream().map(r -> r.id).toList()).project(ReportId.class)
                .list().stream().map(ReportId::reportId).toList());
        List<QueueItem> items = reports.stream().map(r -> {
            var c = schools.get(r.cooperativeId);
            return new QueueItem(r.id, r.cooperativeId, c.code(), c.schoolName(), c.city(), r.schoolYear, r.status, r.status.shortLabel,
                    r.submittedAt, r.late, r.books, r.quitusReceived, r.statementReceived, r.gap, controlled.contains(r.id), r.version);
        }).toList();
        return PageView.of(items, page, size, query.count());
    }

    /** A report id, read alone. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record ReportId(Long reportId) {}

    /** The staff's checklist, while the report is theirs to review. */
    @Transactional
    public ReportView checklist(long reportId, int version, ReportDtos.Checklist checklist) {
        AnnualReport r = loadForStaff(reportId, version);
        if (r.status != ReportStatus.SUBMITTED) {
            throw new ProblemException(409, "report-status", "Statut du compte-rendu", "La liste de vérification se remplit pendant la relecture : "
                    + "ce compte-rendu est " + r.status.shortLabel + ".", List.of());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("quitusSigned", r.checkQuitus);
        before.put("statementMatches", r.checkStatement);
        before.put("subsidiesJustified", r.checkSubsidies);
        r.checkQuitus = checklist.quitusSigned();
        r.checkStatement = checklist.statementMatches();
        r.checkSubsidies = checklist.subsidiesJustified();
        r.updatedAt = clock.instant();
        r.persistAndFlush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("quitusSigned", r.checkQuitus);
        after.put("statementMatches", r.checkStatement);
        after.put("subsidiesJustified", r.checkSubsidies);
        audit.record(change(AuditAction.REPORT_CHECKLIST_SET, r, before, after));
        return view(cooperatives.find(r.cooperativeId).orElseThrow(), SchoolYear.parse(r.schoolYear), r);
    }

    @Transactional
    public ReportView requestCorrection(long reportId, int version, String message) {
        AnnualReport r = loadForStaff(reportId, version);
        if (r.status != ReportStatus.SUBMITTED) {
            throw transition(r, "renvoyé pour correction");
        }
        r.status = ReportStatus.CORRECTION_REQUESTED;
        r.correctionMessage = message.trim();
        r.updatedAt = clock.instant();
        r.persistAndFlush();
        audit.record(change(AuditAction.REPORT_CORRECTION_REQUESTED, r, Map.of("status", ReportStatus.SUBMITTED),
                Map.of("status", r.status, "message", r.correctionMessage)));
        CooperativeView c = cooperatives.find(r.cooperativeId).orElseThrow();
        String year = SchoolYear.parse(r.schoolYear).display();
        notify(r, c, "REPORT_CORRECTION_REQUESTED", "Votre compte-rendu " + year + " est à corriger",
                "Bonjour,\n\nL'OCCE a relu le compte-rendu " + year + " de la coopérative " + c.code() + " et vous demande de le corriger :\n\n"
                        + r.correctionMessage + "\n\nCorrigez-le sur " + publicUrl + "/coop/" + c.id() + "/compte-rendu puis cliquez sur « Envoyer à l'OCCE ».\n");
        return view(c, SchoolYear.parse(r.schoolYear), r);
    }

    /** Validation closes the year: the books of that year are locked, and the next year opens on its closing balances. */
    @Transactional
    public ReportView validate(long reportId, int version) {
        AnnualReport r = loadForStaff(reportId, version);
        if (r.status != ReportStatus.SUBMITTED) {
            throw transition(r, "validé");
        }
        SchoolYear year = SchoolYear.parse(r.schoolYear);
        Balances closing = r.books == ReportBooks.LEDGER && r.closingBank != null
                ? new Balances(r.closingBank, r.closingCash)
                : new Balances(orZero(r.statementBalance).subtract(orZero(r.notDebited)).add(orZero(r.notCredited)), orZero(r.cash));
        r.closingBank = closing.bank();
        r.closingCash = closing.cash();
        r.status = ReportStatus.VALIDATED;
        r.validatedAt = clock.instant();
        r.validatedBy = access.current().login();
        r.correctionMessage = null;
        r.updatedAt = clock.instant();
        ledgers.closeYear(r.cooperativeId, year, closing);
        r.persistAndFlush();
        audit.record(change(AuditAction.REPORT_VALIDATED, r, Map.of("status", ReportStatus.SUBMITTED),
                Map.of("status", r.status, "closingBank", closing.bank(), "closingCash", closing.cash())));
        CooperativeView c = cooperatives.find(r.cooperativeId).orElseThrow();
        notify(r, c, "REPORT_VALIDATED", "Votre compte-rendu " + year.display() + " est validé",
                "Bonjour,\n\nL'OCCE a validé le compte-rendu " + year.display() + " de la coopérative " + c.code() + ". L'année est close : "
                        + "son solde de clôture (banque " + Money.of(closing.bank()).format() + ", caisse " + Money.of(closing.cash()).format()
                        + ") est le report à nouveau au 01/09.\n");
        return view(c, year, r);
    }

    /** A validated report reopened, with a reason: the year's books can be changed again, and it goes back to the cooperative. */
    @Transactional
    public ReportView reopen(long reportId, int version, String reason) {
        AnnualReport r = loadForStaff(reportId, version);
        if (r.status != ReportStatus.VALIDATED) {
            throw transition(r, "rouvert");
        }
        SchoolYear year = SchoolYear.parse(r.schoolYear);
        ledgers.reopenYear(r.cooperativeId, year);
        // a request to correct the next year's carried opening is answered by this reopening
        find(r.cooperativeId, year.next()).filter(next -> next.openingCorrection != null).ifPresent(next -> {
            next.openingCorrection = null;
            next.openingCorrectionAt = null;
        });
        r.status = ReportStatus.CORRECTION_REQUESTED;
        r.reopenReason = reason.trim();
        r.correctionMessage = r.reopenReason;
        r.validatedAt = null;
        r.validatedBy = null;
        r.updatedAt = clock.instant();
        r.persistAndFlush();
        audit.record(change(AuditAction.REPORT_REOPENED, r, Map.of("status", ReportStatus.VALIDATED),
                Map.of("status", r.status, "reason", r.reopenReason)));
        CooperativeView c = cooperatives.find(r.cooperativeId).orElseThrow();
        notify(r, c, "REPORT_REOPENED", "Votre compte-rendu " + year.display() + " est rouvert",
                "Bonjour,\n\nL'OCCE a rouvert le compte-rendu " + year.display() + " de la coopérative " + c.code()
                        + " pour la raison suivante :\n\n" + r.reopenReason + "\n\nL'année n'est plus close : corrigez le cahier ou le compte-rendu sur "
                        + publicUrl + "/coop/" + c.id() + "/compte-rendu puis cliquez sur « Envoyer à l'OCCE ».\n");
        return view(c, year, r);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------------

    private static Optional<AnnualReport> find(long cooperativeId, SchoolYear year) {
        return AnnualReport.<AnnualReport>find("cooperativeId = ?1 and schoolYear = ?2", cooperativeId, year.label()).firstResultOptional();
    }

    private AnnualReport loadForStaff(long reportId, int version) {
        AnnualReport r = AnnualReport.<AnnualReport>findByIdOptional(reportId)
                .orElseThrow(() -> ProblemException.notFound("Ce compte-rendu n'existe pas."));
        access.requireDepartment(r.departmentId);
        requireStaff();
        if (r.version != version) {
            throw ProblemException.staleVersion();
        }
        return r;
    }

    private void requireStaff() {
        if (access.current().isMandataire()) {
            throw ProblemException.forbidden("Les comptes-rendus sont validés par l'équipe de votre OCCE.");
        }
    }

    private CooperativeView requireMandataire(long cooperativeId) {
        CooperativeView c = cooperatives.get(cooperativeId); // 403 for another cooperative
        if (!access.current().isMandataire()) {
            throw ProblemException.forbidden("Le compte-rendu est établi par le mandataire de la coopérative.");
        }
        return c;
    }

    /** A verifier's name, trimmed; never the mandataire's (seed 004: « en dehors du mandataire »). */
    private static String verifier(String field, String name, CooperativeView c) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim().replaceAll("\\s+", " ");
        if (c.mandataireName() != null && trimmed.equalsIgnoreCase(c.mandataireName().trim().replaceAll("\\s+", " "))) {
            throw ProblemException.invalidField(field, "Le quitus est signé par deux personnes autres que le mandataire.");
        }
        return trimmed;
    }

    private static void requireNotNegative(String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw ProblemException.invalidField(field, "Ce montant ne peut pas être négatif.");
        }
    }

    private static ProblemException locked(AnnualReport r) {
        return new ProblemException(409, "report-locked", "Compte-rendu verrouillé", r.status == ReportStatus.VALIDATED
                ? "Le compte-rendu " + SchoolYear.parse(r.schoolYear).display() + " est validé : demandez à votre OCCE de le rouvrir pour le corriger."
                : "Le compte-rendu " + SchoolYear.parse(r.schoolYear).display() + " est envoyé à l'OCCE : il ne change plus tant qu'elle ne vous l'a pas renvoyé.",
                List.of());
    }

    private static ProblemException transition(AnnualReport r, String what) {
        return new ProblemException(409, "report-status", "Statut du compte-rendu", "Un compte-rendu " + r.status.shortLabel
                + " ne peut pas être " + what + ".", List.of());
    }

    private static Map<String, Object> snapshot(AnnualReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", r.status);
        out.put("books", r.books);
        out.put("statementBalance", r.statementBalance);
        out.put("openingBank", r.openingBank);
        out.put("openingCash", r.openingCash);
        out.put("headings", new LinkedHashMap<>(r.headings));
        out.put("notDebited", r.notDebited);
        out.put("notCredited", r.notCredited);
        out.put("cash", r.cash);
        out.put("subsidies", r.subsidies.stream().map(x -> x.funderName + " " + x.amountGranted + "/" + x.amountReceived).toList());
        return out;
    }

    private static AuditService.Change change(AuditAction action, AnnualReport r, Object before, Object after) {
        return new AuditService.Change(action, "AnnualReport", r.id, r.departmentId, r.cooperativeId, before, after);
    }

    private void notify(AnnualReport r, CooperativeView c, String kind, String subject, String body) {
        notify(r.departmentId, c, kind, subject, body);
    }

    /** An email about its report to the school and its mandataire, signed by the department (through the outbox). */
    public void notifyCooperative(long departmentId, long cooperativeId, String kind, String subject, String body) {
        notify(departmentId, cooperatives.find(cooperativeId).orElseThrow(), kind, subject, body);
    }

    private void notify(long departmentId, CooperativeView c, String kind, String subject, String body) {
        String signature = departments.find(departmentId).map(DepartmentView::name).orElse("Votre OCCE");
        mail.queueToCooperative(kind, departmentId, c.id(), c.schoolEmail(), c.mandataireEmail(), subject, body + "\n" + signature + "\n");
    }

}
