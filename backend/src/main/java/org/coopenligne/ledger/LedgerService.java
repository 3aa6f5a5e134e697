package org.coopenligne.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.adhesion.AdhesionService;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.documents.pdf.LedgerPrintData;
import org.coopenligne.ledger.LedgerDtos.Balances;
import org.coopenligne.ledger.LedgerDtos.EntryRequest;
import org.coopenligne.ledger.LedgerDtos.HeadingTotal;
import org.coopenligne.ledger.LedgerDtos.HeadingView;
import org.coopenligne.ledger.LedgerDtos.LedgerView;
import org.coopenligne.ledger.LedgerDtos.Line;
import org.coopenligne.ledger.LedgerDtos.OpeningRequest;
import org.coopenligne.ledger.LedgerDtos.PartRequest;

/**
 * The cooperative's books of a school year ("Cahier de compta."): the chart of its year, the entries split over
 * headings, the bank and cash balances after each entry, the opening balances (typed in a first year, carried over
 * after), and the adhesion's payment written in one click. The mandataire writes; the department's staff read.
 */
@ApplicationScoped
@Transactional
public class LedgerService {

    /** The heading of the cooperative's fees paid to the OCCE (adhesion, insurance). */
    public static final String HEADING_OCCE_FEES = "6586";

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject AdhesionService adhesions;
    @Inject org.coopenligne.documents.PdfDocuments pdf;
    @Inject CooperativeService cooperatives;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject Clock clock;
    @Inject LedgerEntrySqlStore store;

    // --- the chart ---------------------------------------------------------------------------------------------

    /** The chart a ledger of the department and year uses: the national headings, with the department's additions and labels. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HeadingView> chart(long cooperativeId, SchoolYear year) {
        CooperativeView c = cooperatives.get(cooperativeId); // access check
        return chartOf(c.departmentId(), year == null ? SchoolYears.current(clock) : year);
    }

    /** A department's chart of a year, in its order (no access check: for a caller that made its own). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HeadingView> departmentChart(long departmentId, SchoolYear year) {
        return chartOf(departmentId, year);
    }

    /** The charts entries were last written with, by department and year, with the stamp of the rows they were read from. */
    private final java.util.concurrent.ConcurrentHashMap<String, StampedChart> writingCharts = new java.util.concurrent.ConcurrentHashMap<>();

    private record StampedChart(String stamp, Map<String, HeadingView> byCode) {}

    /**
     * The chart a write checks its headings against: kept from the last write of the department and year while the
     * stamp read under the cooperative's lock is unchanged (every write reads a chart that rarely changes), read again
     * otherwise. Each replica keeps its own, and the stamp comes from the database: a change made on another replica is
     * seen at the next write.
     */
    private Map<String, HeadingView> writingChart(LedgerEntrySqlStore.WriteLock lock, SchoolYear year) {
        String key = lock.departmentId() + "/" + year.label();
        StampedChart known = writingCharts.get(key);
        if (known != null && known.stamp().equals(lock.chartStamp())) {
            return known.byCode();
        }
        Map<String, HeadingView> chart = java.util.Collections.unmodifiableMap(byCode(chartOf(lock.departmentId(), year)));
        writingCharts.put(key, new StampedChart(lock.chartStamp(), chart));
        return chart;
    }

    private static List<HeadingView> chartOf(long departmentId, SchoolYear year) {
        return LedgerHeading.effective(LedgerHeading.rowsOf(departmentId, year.label())).stream()
                .map(h -> new HeadingView(h.code, h.label, h.kind)).toList();
    }

    // --- reading the books ---------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<LedgerEntryView> list(long cooperativeId, SchoolYear year, int page, int size) {
        CooperativeView c = cooperatives.get(cooperativeId); // access check
        year = year == null ? SchoolYears.current(clock) : year;
        Map<String, HeadingView> chart = byCode(chartOf(c.departmentId(), year));
        var query = LedgerEntry.<LedgerEntry>find("cooperativeId = ?1 and schoolYear = ?2 order by entryDate, id", cooperativeId, year.label());
        return PageView.of(query.page(page, size).list().stream().map(e -> view(e, chart)).toList(), page, size, query.count());
    }

    /** The year's ledger: the opening balances, every entry in date order with the balances after it, the totals. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerView ledger(long cooperativeId, SchoolYear year) {
        return ledger(cooperativeId, year, null, null);
    }

    /**
     * With a page: the same figures (opening, totals, closing, the balances after each line), but only that page's
     * lines. The database sums them (the balances after each line as running sums, the year's totals by kind and by
     * heading), so a big school's first page does not read its 3,000 entries; LedgerPagesResourceTest holds a page
     * equal to the same slice of the whole year, which LedgerBook computes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerView ledger(long cooperativeId, SchoolYear year, Integer page, Integer size) {
        CooperativeView c = cooperatives.get(cooperativeId); // access check
        year = year == null ? SchoolYears.current(clock) : year;
        List<HeadingView> chart = chartOf(c.departmentId(), year);
        Map<String, HeadingView> byCode = byCode(chart);
        Opening opening = opening(cooperativeId, year, 0);
        if (page != null) {
            return page(cooperativeId, year, page, size, chart, opening);
        }
        List<LedgerEntry> entries = entries(cooperativeId, year);
        LedgerBook.Run run = LedgerBook.run(opening.balances(), entries);
        List<Line> lines = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Balances after = run.after().get(i);
            lines.add(new Line(view(entries.get(i), byCode), after.bank(), after.cash()));
        }
        return new LedgerView(year.label(), opening.balances(), opening.source(), opening.version(), lines,
                headingTotals(chart, run.headingTotals()), run.income(), run.charges(), run.closing(), entries.size(), null, null);
    }

    private static List<HeadingTotal> headingTotals(List<HeadingView> chart, Map<String, BigDecimal> totals) {
        return chart.stream().filter(h -> totals.containsKey(h.code()))
                .map(h -> new HeadingTotal(h.code(), h.label(), h.kind(), totals.get(h.code()))).toList();
    }

    /** What an entry moves, in SQL: the bank's and the cash box's side (a transfer leaves its treasury for the other). */
    private static final String BANK_MOVE = "case when e.kind = 'TRANSFER' then case when e.treasury = 'BANK' then -e.amount_out else e.amount_out end"
            + " when e.treasury = 'BANK' then e.amount_in - e.amount_out else 0 end";
    private static final String CASH_MOVE = "case when e.kind = 'TRANSFER' then case when e.treasury = 'CASH' then -e.amount_out else e.amount_out end"
            + " when e.treasury = 'CASH' then e.amount_in - e.amount_out else 0 end";
    private static final String IN_ORDER = "over (order by e.entry_date, e.id rows between unbounded preceding and current row)";

    private LedgerView page(long cooperativeId, SchoolYear year, int page, int size, List<HeadingView> chart, Opening opening) {
        var em = LedgerEntry.getEntityManager();
        Object[] sums = (Object[]) em.createNativeQuery("select count(*),"
                        + " coalesce(sum(case when e.kind = 'INCOME' then e.amount_in else 0 end), 0),"
                        + " coalesce(sum(case when e.kind = 'CHARGE' then e.amount_out else 0 end), 0),"
                        + " coalesce(sum(" + BANK_MOVE + "), 0), coalesce(sum(" + CASH_MOVE + "), 0)"
                        + " from ledger_entry e where e.cooperative_id = ?1 and e.school_year = ?2")
                .setParameter(1, cooperativeId).setParameter(2, year.label()).getSingleResult();
        int total = ((Number) sums[0]).intValue();
        Balances start = opening.balances();
        Balances closing = new Balances(start.bank().add(money(sums[3])), start.cash().add(money(sums[4])));
        @SuppressWarnings("unchecked")
        List<Object[]> slice = em.createNativeQuery("select t.id, t.bank, t.cash from (select e.id,"
                        + " sum(" + BANK_MOVE + ") " + IN_ORDER + " as bank, sum(" + CASH_MOVE + ") " + IN_ORDER + " as cash,"
                        + " row_number() over (order by e.entry_date, e.id) as rn"
                        + " from ledger_entry e where e.cooperative_id = ?1 and e.school_year = ?2) t"
                        + " where t.rn > ?3 and t.rn <= ?4 order by t.rn")
                .setParameter(1, cooperativeId).setParameter(2, year.label()).setParameter(3, (long) page * size)
                .setParameter(4, (long) page * size + size).getResultList();
        Map<Long, LedgerEntry> whole = byId(slice.stream().map(r -> ((Number) r[0]).longValue()).toList());
        Map<String, HeadingView> byCode = byCode(chart);
        List<Line> lines = new ArrayList<>(slice.size());
        for (Object[] r : slice) {
            lines.add(new Line(view(whole.get(((Number) r[0]).longValue()), byCode), start.bank().add(money(r[1])), start.cash().add(money(r[2]))));
        }
        return new LedgerView(year.label(), start, opening.source(), opening.version(), lines, headingTotals(chart, headingTotals(cooperativeId, year)),
                money(sums[1]), money(sums[2]), closing, total, page, size);
    }

    private static BigDecimal money(Object sum) {
        return (sum instanceof BigDecimal b ? b : new BigDecimal(sum.toString())).setScale(2);
    }

    /** Some entries whole (with their parts), in one query, read-only. */
    private static Map<Long, LedgerEntry> byId(List<Long> ids) {
        Map<Long, LedgerEntry> out = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            LedgerEntry.getEntityManager().createQuery("select e from LedgerEntry e left join fetch e.parts where e.id in ?1", LedgerEntry.class)
                    .setParameter(1, ids).setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList()
                    .forEach(e -> out.put(e.id, e));
        }
        return out;
    }

    /** The year's total per heading, as every write keeps it (ledger_heading_total; a transfer has no parts). */
    @SuppressWarnings("unchecked")
    private static Map<String, BigDecimal> headingTotals(long cooperativeId, SchoolYear year) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        ((List<Object[]>) LedgerEntry.getEntityManager().createNativeQuery("select heading_code, amount from ledger_heading_total"
                        + " where cooperative_id = ?1 and school_year = ?2")
                .setParameter(1, cooperativeId).setParameter(2, year.label()).getResultList())
                .forEach(r -> out.put((String) r[0], money(r[1])));
        return out;
    }

    /** The year's ledger as a spreadsheet reads it (a year holds hundreds of lines: written from the computed view). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.coopenligne.common.csv.CsvFile export(long cooperativeId, SchoolYear year) {
        CooperativeView c = cooperatives.get(cooperativeId); // access check
        SchoolYear y = year == null ? SchoolYears.current(clock) : year;
        LedgerView book = ledger(cooperativeId, y);
        return new org.coopenligne.common.csv.CsvFile("cahier-" + c.code() + "-" + y.label() + ".csv", out -> {
            var csv = new org.coopenligne.common.csv.CsvWriter(out);
            csv.row("piece", "date", "libelle", "type", "rubriques", "moyen", "cheque", "recette", "depense", "solde_banque",
                    "solde_caisse", "pointe_le");
            csv.row(null, y.firstDay(), "Report à nouveau", null, null, null, null, null, null, book.opening().bank(),
                    book.opening().cash(), null);
            for (Line l : book.lines()) {
                LedgerEntryView e = l.entry();
                String parts = e.parts().stream().map(p -> p.heading() + " " + p.label()
                        + (e.parts().size() > 1 ? " (" + org.coopenligne.common.csv.CsvWriter.amount(p.amount()) + ")" : ""))
                        .collect(java.util.stream.Collectors.joining(" + "));
                String kind = switch (e.kind()) {
                    case INCOME -> "recette";
                    case CHARGE -> "dépense";
                    case TRANSFER -> e.treasury() == Treasury.CASH ? "virement caisse vers banque" : "virement banque vers caisse";
                };
                csv.row(e.voucherNumber(), e.date(), e.label(), kind, parts, e.paymentMeans() == null ? null : e.paymentMeans().name(),
                        e.chequeNumber(), e.amountIn(), e.amountOut(), l.bankBalance(), l.cashBalance(), e.clearedOn());
            }
            csv.flush();
        });
    }

    /** The year's ledger as a PDF to print or keep: every entry with the balances after it, carried-forward totals on each page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Printed pdf(long cooperativeId, SchoolYear year) {
        CooperativeView c = cooperatives.get(cooperativeId); // access check
        SchoolYear y = year == null ? SchoolYears.current(clock) : year;
        LedgerView book = ledger(cooperativeId, y);
        List<LedgerPrintData.Line> lines = book.lines().stream().map(l -> {
            LedgerEntryView e = l.entry();
            String detail = e.kind() == EntryKind.TRANSFER
                    ? (e.treasury() == Treasury.CASH ? "Virement interne : de la caisse vers la banque" : "Virement interne : de la banque vers la caisse")
                    : String.join(" · ", e.parts().stream().map(p -> p.heading() + " " + p.label()
                            + (e.parts().size() > 1 ? " (" + org.coopenligne.common.money.Money.of(p.amount()).format() + ")" : "")).toList())
                            + " · " + meansLabel(e);
            return new LedgerPrintData.Line(e.voucherNumber(), e.date(), e.label(), detail,
                    e.kind() == EntryKind.INCOME ? e.amountIn() : null, e.kind() == EntryKind.CHARGE ? e.amountOut() : null,
                    l.bankBalance(), l.cashBalance());
        }).toList();
        String opening = "Report à nouveau au " + FRENCH_DATE.format(y.firstDay()) + switch (book.openingSource()) {
            case "TYPED" -> " (saisi)";
            case "CARRIED" -> " (repris de l'année précédente)";
            default -> " (à saisir)";
        };
        List<LedgerPrintData.HeadingTotal> headings = book.totals().stream()
                .map(h -> new LedgerPrintData.HeadingTotal(h.code(), h.label(), h.kind() == HeadingKind.INCOME, h.total())).toList();
        byte[] bytes = pdf.ledger(c, (department, cooperative) -> new LedgerPrintData(department, cooperative, y.label(), LocalDate.now(clock),
                opening, book.opening().bank(), book.opening().cash(), lines, book.income(), book.charges(), book.closing().bank(),
                book.closing().cash(), headings));
        return new Printed("cahier-" + c.code() + "-" + y.label() + ".pdf", bytes);
    }

    /** A printed document and the name it is saved under. */
    public record Printed(String filename, byte[] pdf) {}

    private static String meansLabel(LedgerEntryView e) {
        String means = switch (e.paymentMeans()) {
            case CHEQUE -> "chèque" + (e.chequeNumber() != null ? " n° " + e.chequeNumber() : "");
            case CASH -> "espèces";
            case CARD -> "carte";
            case TRANSFER -> "virement";
            case DIRECT_DEBIT -> "prélèvement";
        };
        return e.clearedOn() != null ? means + ", pointé le " + FRENCH_DATE.format(e.clearedOn()) : means;
    }

    /** The FEC of the year: its entries as balanced double-entry lines, named « {code}FEC{last day} ». */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.coopenligne.common.csv.CsvFile fec(long cooperativeId, SchoolYear year) {
        CooperativeView c = cooperatives.get(cooperativeId); // access check
        SchoolYear y = year == null ? SchoolYears.current(clock) : year;
        Map<String, String> labels = new java.util.HashMap<>();
        chartOf(c.departmentId(), y).forEach(h -> labels.put(h.code(), h.label()));
        List<Fec.Line> lines = Fec.lines(entries(cooperativeId, y), labels);
        return new org.coopenligne.common.csv.CsvFile(c.code() + "FEC" + y.lastDay().format(DateTimeFormatter.BASIC_ISO_DATE) + ".txt",
                out -> Fec.write(lines, out));
    }

    private record Opening(Balances balances, String source, Integer version) {}

    /**
     * The opening balances: typed for the year, or last year's closing when last year has books with us, or none (zero,
     * to be typed). Looks back at most 20 years.
     */
    private Opening opening(long cooperativeId, SchoolYear year, int depth) {
        Balances closed = closing(cooperativeId, year.previous());
        if (closed != null) {
            return new Opening(closed, "CLOSED", null);
        }
        LedgerOpening typed = LedgerOpening.<LedgerOpening>find("cooperativeId = ?1 and schoolYear = ?2", cooperativeId, year.label())
                .firstResult();
        if (typed != null) {
            return new Opening(new Balances(typed.bank, typed.cash), "TYPED", typed.version);
        }
        SchoolYear previous = year.previous();
        boolean previousKept = LedgerEntry.count("cooperativeId = ?1 and schoolYear = ?2", cooperativeId, previous.label()) > 0
                || LedgerOpening.count("cooperativeId = ?1 and schoolYear = ?2", cooperativeId, previous.label()) > 0;
        if (!previousKept || depth >= 20) {
            return new Opening(new Balances(ZERO, ZERO), "NONE", null);
        }
        Balances start = opening(cooperativeId, previous, depth + 1).balances();
        return new Opening(LedgerBook.run(start, entries(cooperativeId, previous)).closing(), "CARRIED", null);
    }

    /** The year's entries in date order with their parts, in one query, read-only (no snapshots kept for a flush). */
    private static List<LedgerEntry> entries(long cooperativeId, SchoolYear year) {
        return LedgerEntry.getEntityManager().createQuery("select e from LedgerEntry e left join fetch e.parts"
                        + " where e.cooperativeId = ?1 and e.schoolYear = ?2 order by e.entryDate, e.id", LedgerEntry.class)
                .setParameter(1, cooperativeId).setParameter(2, year.label())
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    // --- the year's closing (issue 19: a validated financial report closes the year) -------------------------------

    /** The closing balances of a closed year, or null while it is open. */
    private static Balances closing(long cooperativeId, SchoolYear year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = LedgerEntry.getEntityManager().createNativeQuery("select bank, cash from ledger_closing"
                        + " where cooperative_id = ?1 and school_year = ?2")
                .setParameter(1, cooperativeId).setParameter(2, year.label()).getResultList();
        return rows.isEmpty() ? null : new Balances(money(rows.get(0)[0]), money(rows.get(0)[1]));
    }

    /** Whether the year is closed: its books are then read-only until it is reopened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isClosed(long cooperativeId, SchoolYear year) {
        return closing(cooperativeId, year) != null;
    }

    /**
     * Closes the year on these balances (the validated financial report's): the year's books are locked, and the next
     * year opens on them. Called by the report's validation, in its transaction (the caller checks who may).
     */
    public void closeYear(long cooperativeId, SchoolYear year, Balances closing) {
        var em = LedgerEntry.getEntityManager();
        em.createNativeQuery("delete from ledger_closing where cooperative_id = ?1 and school_year = ?2")
                .setParameter(1, cooperativeId).setParameter(2, year.label()).executeUpdate();
        em.createNativeQuery("insert into ledger_closing (cooperative_id, school_year, bank, cash, closed_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, cooperativeId).setParameter(2, year.label()).setParameter(3, closing.bank().setScale(2))
                .setParameter(4, closing.cash().setScale(2)).setParameter(5, clock.instant()).executeUpdate();
    }

    /** Reopens a closed year (the report's reopening, with its reason, audited by the caller): its books can be changed again. */
    public void reopenYear(long cooperativeId, SchoolYear year) {
        LedgerEntry.getEntityManager().createNativeQuery("delete from ledger_closing where cooperative_id = ?1 and school_year = ?2")
                .setParameter(1, cooperativeId).setParameter(2, year.label()).executeUpdate();
    }

    // --- writing -------------------------------------------------------------------------------------------------

    /**
     * Every write to the books: the cooperative's mandataire only, the cooperative's row locked for the rest of the
     * transaction (its writes go one at a time: the next voucher number is free, its totals per heading are moved by one
     * write at a time), and a closed year refused (409) until staff reopen its report.
     */
    private LedgerEntrySqlStore.WriteLock openForWriting(long cooperativeId, SchoolYear year) {
        requireMandataire(cooperativeId);
        LedgerEntrySqlStore.WriteLock lock = store.lock(cooperativeId, year.label());
        if (lock.closed()) {
            throw new ProblemException(409, "year-closed", "Année close", "Le compte-rendu " + year.display()
                    + " est validé : l'année est close et son cahier ne change plus. Demandez à votre OCCE de rouvrir le compte-rendu"
                    + " si une correction est nécessaire.", List.of());
        }
        return lock;
    }

    /**
     * The year's totals per heading (ledger_heading_total) moved by an entry's parts: added (+1) or taken away (−1).
     * Called with the cooperative's row locked, so a missing row is inserted by this write alone.
     */
    private static void moveTotals(LedgerEntry e, int sign) {
        var em = LedgerEntry.getEntityManager();
        for (LedgerEntryPart p : e.parts) {
            BigDecimal amount = sign > 0 ? p.amount : p.amount.negate();
            int moved = em.createNativeQuery("update ledger_heading_total set amount = amount + ?1, entries = entries + ?2"
                            + " where cooperative_id = ?3 and school_year = ?4 and heading_code = ?5")
                    .setParameter(1, amount).setParameter(2, sign).setParameter(3, e.cooperativeId).setParameter(4, e.schoolYear)
                    .setParameter(5, p.headingCode).executeUpdate();
            if (moved == 0 && sign > 0) {
                em.createNativeQuery("insert into ledger_heading_total (cooperative_id, school_year, heading_code, amount, entries)"
                                + " values (?1, ?2, ?3, ?4, 1)")
                        .setParameter(1, e.cooperativeId).setParameter(2, e.schoolYear).setParameter(3, p.headingCode).setParameter(4, amount)
                        .executeUpdate();
            } else if (sign < 0) {
                em.createNativeQuery("delete from ledger_heading_total where cooperative_id = ?1 and school_year = ?2 and heading_code = ?3"
                                + " and entries = 0")
                        .setParameter(1, e.cooperativeId).setParameter(2, e.schoolYear).setParameter(3, p.headingCode).executeUpdate();
            }
        }
    }

    /** "Écrire une opération": checked, numbered, split, audited. */
    public LedgerEntryView create(long cooperativeId, SchoolYear year, EntryRequest r) {
        year = year == null ? SchoolYear.containing(r.date()) : year;
        LedgerEntry e = new LedgerEntry();
        e.cooperativeId = cooperativeId;
        e.schoolYear = year.label();
        return insert(e, r, year);
    }

    /**
     * A new entry written and audited, through the plain-SQL store (the busiest write of the books); one new entry of a
     * cooperative at a time, so that the next voucher number is free.
     */
    private LedgerEntryView insert(LedgerEntry e, EntryRequest r, SchoolYear year) {
        LedgerEntrySqlStore.WriteLock lock = openForWriting(e.cooperativeId, year);
        e.createdAt = clock.instant();
        Map<String, HeadingView> chart = writingChart(lock, year);
        apply(e, r, chart, year, lock.lastVoucher() + 1);
        store.insert(e);
        LedgerEntryView view = view(e, chart);
        audit.record(new AuditService.Change(AuditAction.LEDGER_ENTRY_CREATED, "LedgerEntry", e.id, lock.departmentId(), e.cooperativeId, null, view));
        return view;
    }

    /** An edit, refused (409) when someone changed the entry since it was read. */
    public LedgerEntryView update(long entryId, int version, EntryRequest r) {
        LedgerEntry e = load(entryId);
        SchoolYear year = SchoolYear.parse(e.schoolYear);
        LedgerEntrySqlStore.WriteLock lock = openForWriting(e.cooperativeId, year);
        if (e.version != version) {
            throw ProblemException.staleVersion();
        }
        Map<String, HeadingView> chart = writingChart(lock, year);
        LedgerEntryView before = view(e, chart);
        moveTotals(e, -1);
        e.updatedAt = clock.instant(); // before the totals' statements flush the change: one new version
        apply(e, r, chart, year, lock.lastVoucher() + 1);
        moveTotals(e, 1);
        LedgerEntry.getEntityManager().flush();
        LedgerEntryView after = view(e, chart);
        audit.record(new AuditService.Change(AuditAction.LEDGER_ENTRY_UPDATED, "LedgerEntry", e.id, lock.departmentId(), e.cooperativeId, before, after));
        return after;
    }

    public void delete(long entryId, int version) {
        LedgerEntry e = load(entryId);
        SchoolYear year = SchoolYear.parse(e.schoolYear);
        LedgerEntrySqlStore.WriteLock lock = openForWriting(e.cooperativeId, year);
        if (e.version != version) {
            throw ProblemException.staleVersion();
        }
        LedgerEntryView before = view(e, writingChart(lock, year));
        moveTotals(e, -1);
        e.delete();
        audit.record(new AuditService.Change(AuditAction.LEDGER_ENTRY_DELETED, "LedgerEntry", entryId, lock.departmentId(), e.cooperativeId, before, null));
    }

    /**
     * "Pointer": the entry was seen on the bank statement of that date (null unticks it). Only what moves the bank is
     * ticked, on a statement of the year or after (a cheque of August may be debited in September).
     */
    public LedgerEntryView clear(long entryId, int version, LocalDate statementDate) {
        LedgerEntry e = load(entryId);
        SchoolYear year = SchoolYear.parse(e.schoolYear);
        LedgerEntrySqlStore.WriteLock lock = openForWriting(e.cooperativeId, year);
        if (e.version != version) {
            throw ProblemException.staleVersion();
        }
        if (e.bankMovement().signum() == 0) {
            throw ProblemException.invalidField("clearedOn", "Cette opération ne passe pas par la banque : il n'y a rien à pointer.");
        }
        if (statementDate != null && statementDate.isBefore(e.entryDate)) {
            throw ProblemException.invalidField("clearedOn", "Le relevé du " + FRENCH_DATE.format(statementDate)
                    + " précède l'opération du " + FRENCH_DATE.format(e.entryDate) + ".");
        }
        Map<String, LocalDate> before = new java.util.HashMap<>();
        before.put("clearedOn", e.clearedOn);
        e.clearedOn = statementDate;
        e.updatedAt = clock.instant();
        LedgerEntry.getEntityManager().flush();
        Map<String, LocalDate> after = new java.util.HashMap<>();
        after.put("clearedOn", statementDate);
        audit.record(new AuditService.Change(statementDate == null ? AuditAction.LEDGER_ENTRY_UNCLEARED : AuditAction.LEDGER_ENTRY_CLEARED,
                "LedgerEntry", e.id, lock.departmentId(), e.cooperativeId, before, after));
        return view(e, writingChart(lock, year));
    }

    /** What the bank statement does not show yet at a date: the cheques and payments not debited, the receipts not credited. */
    public record Pending(BigDecimal notDebited, BigDecimal notCredited) {}

    /**
     * The entries of the year through the bank, dated up to {@code date} and not ticked on a statement by then, summed by
     * the database (the financial report's figures at 31 August, without reading the year's entries one by one; the
     * same rule as {@link #reconciliation}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Pending pendingAt(long cooperativeId, SchoolYear year, LocalDate date) {
        cooperatives.get(cooperativeId); // access check
        Object[] sums = (Object[]) LedgerEntry.getEntityManager().createNativeQuery("select"
                        + " coalesce(sum(case when m < 0 then -m else 0 end), 0), coalesce(sum(case when m > 0 then m else 0 end), 0) from ("
                        + " select case when kind = 'TRANSFER' then (case when treasury = 'BANK' then -(amount_in + amount_out) else amount_in + amount_out end)"
                        + " when treasury = 'BANK' then amount_in - amount_out else 0 end as m"
                        + " from ledger_entry where cooperative_id = ?1 and school_year = ?2 and entry_date <= ?3"
                        + " and (cleared_on is null or cleared_on > ?3)) pending")
                .setParameter(1, cooperativeId).setParameter(2, year.label()).setParameter(3, date).getSingleResult();
        return new Pending(new BigDecimal(sums[0].toString()).setScale(2), new BigDecimal(sums[1].toString()).setScale(2));
    }

    /**
     * The reconciliation table at a date ("tableau de rapprochement"): the book's bank balance, the cheques and
     * payments not yet debited and the receipts not yet credited (not ticked on a statement up to that date), the
     * balance the statement should show, and its gap with the statement's balance when given.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerDtos.Reconciliation reconciliation(long cooperativeId, LocalDate date, BigDecimal statementBalance) {
        CooperativeView c = cooperatives.get(cooperativeId); // access check
        SchoolYear year = SchoolYear.containing(date);
        Map<String, HeadingView> chart = byCode(chartOf(c.departmentId(), year));
        BigDecimal book = opening(cooperativeId, year, 0).balances().bank();
        BigDecimal notDebited = ZERO;
        BigDecimal notCredited = ZERO;
        List<LedgerEntryView> pendingOut = new ArrayList<>();
        List<LedgerEntryView> pendingIn = new ArrayList<>();
        for (LedgerEntry e : entries(cooperativeId, year)) {
            BigDecimal movement = e.bankMovement();
            if (e.entryDate.isAfter(date) || movement.signum() == 0) {
                continue;
            }
            book = book.add(movement);
            boolean seen = e.clearedOn != null && !e.clearedOn.isAfter(date);
            if (!seen && movement.signum() < 0) {
                notDebited = notDebited.add(movement.negate());
                pendingOut.add(view(e, chart));
            } else if (!seen) {
                notCredited = notCredited.add(movement);
                pendingIn.add(view(e, chart));
            }
        }
        BigDecimal expected = book.add(notDebited).subtract(notCredited);
        BigDecimal gap = statementBalance == null ? null : statementBalance.setScale(2).subtract(expected);
        return new LedgerDtos.Reconciliation(date, book, notDebited, notCredited, expected, statementBalance, gap, pendingOut, pendingIn);
    }

    /** The bank and cash balances at the end of a day, as the books stand now: its year's opening, then its entries up to that day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Balances balancesAt(long cooperativeId, LocalDate date) {
        cooperatives.get(cooperativeId); // access check
        SchoolYear year = SchoolYear.containing(date);
        List<LedgerEntry> upTo = LedgerEntry.<LedgerEntry>find("cooperativeId = ?1 and schoolYear = ?2 and entryDate <= ?3 order by entryDate, id",
                cooperativeId, year.label(), date).list();
        return LedgerBook.run(opening(cooperativeId, year, 0).balances(), upTo).closing();
    }

    /** The opening balances of a first year (a later year carries last year's closing over, unless typed here). */
    public LedgerView putOpening(long cooperativeId, SchoolYear year, OpeningRequest r) {
        LedgerEntrySqlStore.WriteLock lock = openForWriting(cooperativeId, year);
        if (isClosed(cooperativeId, year.previous())) {
            throw new ProblemException(409, "opening-carried", "Report à nouveau", "Le compte-rendu " + year.previous().display()
                    + " est validé : le report à nouveau au 01.09 est son solde de clôture. Demandez à votre OCCE de le corriger s'il est faux.",
                    List.of());
        }
        LedgerOpening o = LedgerOpening.<LedgerOpening>find("cooperativeId = ?1 and schoolYear = ?2", cooperativeId, year.label()).firstResult();
        Balances before = o == null ? null : new Balances(o.bank, o.cash);
        if (o == null) {
            o = new LedgerOpening();
            o.cooperativeId = cooperativeId;
            o.schoolYear = year.label();
        } else if (r.version() == null || r.version() != o.version) {
            throw ProblemException.staleVersion();
        }
        o.bank = r.bank().setScale(2);
        o.cash = r.cash().setScale(2);
        o.updatedAt = clock.instant();
        o.persist();
        LedgerOpening.getEntityManager().flush();
        audit.record(new AuditService.Change(AuditAction.LEDGER_OPENING_SET, "LedgerOpening", o.id, lock.departmentId(), cooperativeId, before,
                new Balances(o.bank, o.cash)));
        return ledger(cooperativeId, year);
    }

    /** The request's rules, then its values on the entry (parts replaced). */
    private void apply(LedgerEntry e, EntryRequest r, Map<String, HeadingView> chart, SchoolYear year, int nextVoucher) {
        if (r.date().isBefore(year.firstDay()) || r.date().isAfter(year.lastDay())) {
            throw ProblemException.invalidField("date", "La date doit être dans l'année scolaire " + year.display() + " (du "
                    + FRENCH_DATE.format(year.firstDay()) + " au " + FRENCH_DATE.format(year.lastDay()) + ").");
        }
        // no number sent: an edit keeps its own, a new entry takes the next one (free: new entries are numbered one at a time)
        int voucher = r.voucherNumber() != null ? r.voucherNumber() : e.id != null ? e.voucherNumber : nextVoucher;
        boolean chosen = r.voucherNumber() != null && !r.voucherNumber().equals(e.voucherNumber);
        long taken = !chosen ? 0
                : e.id == null
                ? LedgerEntry.count("cooperativeId = ?1 and schoolYear = ?2 and voucherNumber = ?3", e.cooperativeId, year.label(), voucher)
                : LedgerEntry.count("cooperativeId = ?1 and schoolYear = ?2 and voucherNumber = ?3 and id <> ?4", e.cooperativeId, year.label(),
                        voucher, e.id);
        if (taken > 0) {
            throw ProblemException.invalidField("voucherNumber", "La pièce n° " + voucher + " est déjà dans le cahier " + year.display()
                    + " : le prochain numéro libre est " + nextVoucher + ".");
        }
        boolean cheque = r.means() == LedgerMeans.CHEQUE;
        if (cheque && r.kind() == EntryKind.CHARGE && (r.chequeNumber() == null || r.chequeNumber().isBlank())) {
            throw ProblemException.invalidField("chequeNumber", "Indiquez le numéro du chèque.");
        }
        if (r.actionId() != null) {
            LedgerAction action = LedgerAction.findById(r.actionId());
            if (action == null || !action.cooperativeId.equals(e.cooperativeId) || !action.schoolYear.equals(year.label())) {
                throw ProblemException.invalidField("actionId", "Cette action pédagogique n'est pas une action " + year.display() + " de la coopérative.");
            }
        }
        e.actionId = r.actionId();
        if (r.classLineId() != null && adhesions.classLines(e.cooperativeId, year).stream().noneMatch(l -> l.id() == r.classLineId())) {
            throw ProblemException.invalidField("classLineId", "Cette classe n'est pas une ligne de l'adhésion " + year.display() + " de la coopérative.");
        }
        e.classLineId = r.classLineId();
        BigDecimal amount = r.amount().setScale(2);
        e.entryDate = r.date();
        e.voucherNumber = voucher;
        e.label = r.label().trim();
        e.kind = r.kind();
        e.paymentMeans = r.means();
        e.chequeNumber = cheque && r.chequeNumber() != null && !r.chequeNumber().isBlank() ? r.chequeNumber().trim() : null;
        e.parts.clear();
        if (r.kind() == EntryKind.TRANSFER) {
            if (r.treasury() == null) {
                throw ProblemException.invalidField("treasury", "Indiquez d'où part l'argent : de la caisse vers la banque, ou l'inverse.");
            }
            if (r.parts() != null && !r.parts().isEmpty()) {
                throw ProblemException.invalidField("parts", "Un virement entre la caisse et la banque n'est ni une recette ni une dépense : pas de rubrique.");
            }
            e.treasury = r.treasury();
            e.amountIn = ZERO;
            e.amountOut = amount;
            return;
        }
        e.treasury = r.means() == LedgerMeans.CASH ? Treasury.CASH : Treasury.BANK;
        e.amountIn = r.kind() == EntryKind.INCOME ? amount : ZERO;
        e.amountOut = r.kind() == EntryKind.CHARGE ? amount : ZERO;
        addParts(e, r.parts(), amount, chart, year);
    }

    /** The split: known headings of the right kind (7… for an income, 6… for a charge) whose amounts sum to the whole. */
    private static void addParts(LedgerEntry e, List<PartRequest> parts, BigDecimal amount, Map<String, HeadingView> chart, SchoolYear year) {
        if (parts == null || parts.isEmpty()) {
            throw ProblemException.invalidField("parts", "Choisissez la rubrique de l'opération (ou ventilez-la sur plusieurs).");
        }
        HeadingKind expected = e.kind == EntryKind.INCOME ? HeadingKind.INCOME : HeadingKind.CHARGE;
        BigDecimal sum = ZERO;
        for (int i = 0; i < parts.size(); i++) {
            PartRequest p = parts.get(i);
            HeadingView h = chart.get(p.heading().trim());
            if (h == null) {
                throw ProblemException.invalidField("parts[" + i + "].heading", "La rubrique « " + p.heading() + " » n'est pas au plan de "
                        + year.display() + ".");
            }
            if (h.kind() != expected) {
                throw ProblemException.invalidField("parts[" + i + "].heading", "La rubrique " + h.code() + " (" + h.label() + ") est une "
                        + (h.kind() == HeadingKind.INCOME ? "recette" : h.kind() == HeadingKind.CHARGE ? "dépense" : "trésorerie")
                        + " : elle ne ventile pas une " + (expected == HeadingKind.INCOME ? "recette" : "dépense") + ".");
            }
            BigDecimal share = p.amount() == null && parts.size() == 1 ? amount : p.amount();
            if (share == null) {
                throw ProblemException.invalidField("parts[" + i + "].amount", "Indiquez le montant de chaque rubrique.");
            }
            LedgerEntryPart part = new LedgerEntryPart();
            part.entry = e;
            part.position = i;
            part.headingCode = h.code();
            part.amount = share.setScale(2);
            e.parts.add(part);
            sum = sum.add(part.amount);
        }
        if (sum.compareTo(amount) != 0) {
            throw ProblemException.invalidField("parts", "La ventilation fait " + money(sum) + " pour une opération de " + money(amount)
                    + " : les rubriques doivent faire le total.");
        }
    }

    private static String money(BigDecimal amount) {
        return org.coopenligne.common.money.Money.of(amount).format();
    }

    private LedgerEntry load(long entryId) {
        LedgerEntry e = LedgerEntry.findById(entryId);
        if (e == null) {
            throw ProblemException.notFound("Cette opération n'existe pas (ou plus).");
        }
        return e;
    }

    /** The cooperative's mandataire only: staff read the books, they do not keep them. */
    private void requireMandataire(long cooperativeId) {
        var a = access.current();
        if (a.isMandataire() && a.cooperativeId() != null && a.cooperativeId() == cooperativeId) {
            return; // its own cooperative: nothing to read to know it
        }
        cooperatives.get(cooperativeId); // 404 for none, 403 for another cooperative
        throw ProblemException.forbidden("Seul le mandataire de la coopérative écrit dans son cahier de comptes.");
    }

    // --- the adhesion's payment, in one click ------------------------------------------------------------------------

    /**
     * "Pour que cette opération soit écrite maintenant dans le cahier de comptes": once, after validation, with the
     * means, cheque number and voucher number the mandataire confirmed; a charge under 6586.
     */
    public LedgerEntryView recordAdhesionPayment(long adhesionId, PaymentEntryRequest r) {
        AdhesionView a = adhesions.view(adhesionId);
        if (!access.current().isMandataire()) {
            throw ProblemException.forbidden("Seul le mandataire de la coopérative écrit dans son cahier de comptes.");
        }
        if (a.status() != AdhesionStatus.VALIDATED) {
            throw ProblemException.conflict("adhesion-not-validated",
                    "Le paiement pourra être écrit dans le cahier de comptes une fois l'adhésion validée par l'OCCE.");
        }
        if (LedgerEntry.count("adhesionId", adhesionId) > 0) {
            throw ProblemException.conflict("ledger-entry-exists", "Ce paiement est déjà écrit dans le cahier de comptes.");
        }
        SchoolYear year = SchoolYear.parse(a.schoolYear());
        LocalDate date = r.date() != null ? r.date()
                : a.review().paymentDate() != null ? a.review().paymentDate() : LocalDate.now(clock);
        BigDecimal paid = a.review().paymentAmount() != null ? a.review().paymentAmount() : a.submittedAmount();
        String label = "Cotisation OCCE " + year.display() + (a.declarations().insured() ? " (adhésion et assurance)" : " (adhésion)");
        // a free adhesion (seed 002) is written at 0,00 €: the request's bounds are the API's, not this entry's
        EntryRequest entry = new EntryRequest(r.voucherNumber(), date, label, paid == null ? ZERO : paid,
                EntryKind.CHARGE, r.means(), null, r.chequeNumber(), List.of(new PartRequest(HEADING_OCCE_FEES, null)), null, null, null);
        LedgerEntry e = new LedgerEntry();
        e.cooperativeId = a.cooperativeId();
        e.schoolYear = a.schoolYear();
        e.adhesionId = adhesionId;
        return insert(e, entry, year);
    }

    /** The numbers the entry form suggests: the year's next voucher, the cheque after the last one written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NextNumbersView nextNumbers(long cooperativeId, SchoolYear year) {
        cooperatives.get(cooperativeId); // access check
        year = year == null ? SchoolYears.current(clock) : year;
        String lastCheque = LedgerEntry.<LedgerEntry>find("cooperativeId = ?1 and chequeNumber is not null order by id desc", cooperativeId)
                .firstResultOptional().map(e -> e.chequeNumber).orElse(null);
        return new NextNumbersView(nextVoucherNumber(cooperativeId, year), nextCheque(lastCheque));
    }

    private static int nextVoucherNumber(long cooperativeId, SchoolYear year) {
        Number max = LedgerEntry.getEntityManager().createQuery("select coalesce(max(e.voucherNumber), 0) from LedgerEntry e"
                        + " where e.cooperativeId = ?1 and e.schoolYear = ?2", Number.class)
                .setParameter(1, cooperativeId).setParameter(2, year.label()).getSingleResult();
        return max.intValue() + 1;
    }

    /** "0001234" → "0001235": the next cheque of the book, its leading zeros kept. */
    static String nextCheque(String last) {
        if (last == null || !last.matches("[0-9]{1,20}")) {
            return null;
        }
        String next = new java.math.BigInteger(last).add(java.math.BigInteger.ONE).toString();
        return next.length() >= last.length() ? next : "0".repeat(last.length() - next.length()) + next;
    }

    // --- views ---------------------------------------------------------------------------------------------------

    private static Map<String, HeadingView> byCode(List<HeadingView> chart) {
        Map<String, HeadingView> m = new LinkedHashMap<>();
        chart.forEach(h -> m.put(h.code(), h));
        return m;
    }

    static LedgerEntryView view(LedgerEntry e, Map<String, HeadingView> chart) {
        List<LedgerEntryView.Part> parts = e.parts.stream().map(p -> new LedgerEntryView.Part(p.headingCode,
                chart.containsKey(p.headingCode) ? chart.get(p.headingCode).label() : p.headingCode, p.amount)).toList();
        return new LedgerEntryView(e.id, e.schoolYear, e.entryDate, e.label, e.kind, e.treasury, e.amountIn, e.amountOut, e.paymentMeans,
                e.voucherNumber, e.chequeNumber, parts, e.adhesionId, e.clearedOn, e.actionId, e.classLineId, e.version);
    }
}
