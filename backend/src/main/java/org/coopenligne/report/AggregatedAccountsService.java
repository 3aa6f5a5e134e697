package org.coopenligne.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.csv.CsvFile;
import org.coopenligne.common.csv.CsvWriter;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.ledger.HeadingKind;
import org.coopenligne.ledger.LedgerDtos.HeadingView;
import org.coopenligne.ledger.LedgerService;
import org.coopenligne.report.ReportDtos.AggregatedAccounts;
import org.coopenligne.report.ReportDtos.AggregatedHeading;

/**
 * The department's aggregated accounts (issue 19): every validated financial report of a year summed per heading,
 * with the opening and closing balances, for its general assembly and its auditor; and the CSV of the same reports,
 * one row per cooperative, the headings as columns. Summed by the database over the reports' kept figures.
 */
@ApplicationScoped
public class AggregatedAccountsService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject DepartmentService departments;
    @Inject LedgerService ledgers;
    @Inject Access access;
    @Inject EntityManager em;
    @Inject org.coopenligne.documents.PdfDocuments pdfs;
    @Inject java.time.Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AggregatedAccounts accounts(String departmentCode, SchoolYear year) {
        return accounts(requireStaff(departmentCode), year);
    }

    @SuppressWarnings("unchecked")
    private AggregatedAccounts accounts(DepartmentView d, SchoolYear year) {
        Object[] sums = (Object[]) em.createNativeQuery("select coalesce(sum(case when r.status = 'VALIDATED' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when r.status = 'SUBMITTED' then 1 else 0 end), 0),"
                        + " sum(case when r.status = 'VALIDATED' then r.opening_bank end), sum(case when r.status = 'VALIDATED' then r.opening_cash end),"
                        + " sum(case when r.status = 'VALIDATED' then r.income end), sum(case when r.status = 'VALIDATED' then r.charges end),"
                        + " sum(case when r.status = 'VALIDATED' then r.closing_bank end), sum(case when r.status = 'VALIDATED' then r.closing_cash end),"
                        + " (select count(*) from cooperative c where c.department_id = ?1),"
                        + " coalesce(sum(case when r.status = 'DRAFT' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when r.status = 'CORRECTION_REQUESTED' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when r.late then 1 else 0 end), 0), count(*)"
                        + " from annual_report r where r.department_id = ?1 and r.school_year = ?2")
                .setParameter(1, d.id()).setParameter(2, year.label()).getSingleResult();
        List<Object[]> rows = em.createNativeQuery("select h.heading_code, count(*), sum(h.amount) from annual_report r"
                        + " join annual_report_heading h on h.report_id = r.id"
                        + " where r.department_id = ?1 and r.school_year = ?2 and r.status = 'VALIDATED' group by h.heading_code")
                .setParameter(1, d.id()).setParameter(2, year.label()).getResultList();
        Map<String, Object[]> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put((String) r[0], r));
        List<AggregatedHeading> headings = new ArrayList<>();
        for (HeadingView h : chart(d, year).values()) {
            Object[] r = byCode.remove(h.code());
            if (r != null) {
                headings.add(new AggregatedHeading(h.code(), h.label(), h.kind(), ((Number) r[1]).longValue(), money(r[2])));
            }
        }
        byCode.values().forEach(r -> headings.add(new AggregatedHeading((String) r[0], (String) r[0],
                ((String) r[0]).startsWith("7") ? HeadingKind.INCOME : HeadingKind.CHARGE, ((Number) r[1]).longValue(), money(r[2]))));
        BigDecimal income = money(sums[4]);
        BigDecimal charges = money(sums[5]);
        long cooperatives = ((Number) sums[8]).longValue();
        ReportDtos.StatusCounts statuses = new ReportDtos.StatusCounts(Math.max(0, cooperatives - ((Number) sums[12]).longValue()),
                ((Number) sums[9]).longValue(), ((Number) sums[1]).longValue(), ((Number) sums[10]).longValue(), ((Number) sums[0]).longValue(),
                ((Number) sums[11]).longValue());
        return new AggregatedAccounts(d.code(), year.label(), cooperatives, ((Number) sums[0]).longValue(),
                ((Number) sums[1]).longValue(), statuses, money(sums[2]), money(sums[3]), income, charges, income.subtract(charges), money(sums[6]),
                money(sums[7]), headings, subsidies(d, year));
    }

    /** The validated reports' subsidies tables, summed per funder type (in the enum's order: État first). */
    @SuppressWarnings("unchecked")
    private List<ReportDtos.AggregatedSubsidies> subsidies(DepartmentView d, SchoolYear year) {
        Map<String, Object[]> byType = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select s.funder_type, count(distinct r.id), sum(s.amount_granted), sum(s.amount_received)"
                        + " from annual_report r join annual_report_subsidy s on s.report_id = r.id"
                        + " where r.department_id = ?1 and r.school_year = ?2 and r.status = 'VALIDATED' group by s.funder_type")
                .setParameter(1, d.id()).setParameter(2, year.label()).getResultList()).forEach(r -> byType.put((String) r[0], r));
        List<ReportDtos.AggregatedSubsidies> out = new ArrayList<>();
        for (org.coopenligne.ledger.subsidy.FunderType type : org.coopenligne.ledger.subsidy.FunderType.values()) {
            Object[] r = byType.get(type.name());
            if (r != null) {
                out.add(new ReportDtos.AggregatedSubsidies(type, ((Number) r[1]).longValue(), money(r[2]), money(r[3])));
            }
        }
        return out;
    }

    /** The printable summary for the department's general assembly and its auditor (the same figures as {@link #accounts}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportService.Printed print(String departmentCode, SchoolYear year) {
        DepartmentView d = requireStaff(departmentCode);
        AggregatedAccounts a = accounts(d, year);
        ReportDtos.StatusCounts st = a.statuses();
        byte[] pdf = pdfs.aggregatedAccounts(d.id(), department -> new org.coopenligne.documents.pdf.AggregatedAccountsPrintData(department,
                year.label(), java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris"))), a.cooperatives(), a.validatedReports(),
                a.pendingReports(), st.notStarted() + st.drafts() + st.correctionRequested(), a.openingBank(), a.openingCash(),
                a.headings().stream().map(h -> new org.coopenligne.documents.pdf.AggregatedAccountsPrintData.Heading(h.code(), h.label(),
                        h.kind() == HeadingKind.INCOME, h.reports(), h.amount())).toList(),
                a.income(), a.charges(), a.closingBank(), a.closingCash(),
                a.subsidies().stream().map(x -> new org.coopenligne.documents.pdf.AggregatedAccountsPrintData.Subsidies(x.funderType().label,
                        x.reports(), x.granted(), x.received())).toList()));
        return new ReportService.Printed("comptes-agreges-" + d.code() + "-" + year.label() + ".pdf", pdf);
    }

    /** One row per validated report: the cooperative, its balances, each heading of the year as a column. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public CsvFile csv(String departmentCode, SchoolYear year) {
        DepartmentView d = requireStaff(departmentCode);
        Map<String, HeadingView> chart = chart(d, year);
        List<Object[]> reports = em.createNativeQuery("select r.id, c.department_code || '-' || c.number, c.school_name, c.city, r.books,"
                        + " r.opening_bank, r.opening_cash, r.income, r.charges, r.statement_balance, r.not_debited, r.not_credited, r.cash,"
                        + " r.closing_bank, r.closing_cash, r.validated_at from annual_report r join cooperative c on c.id = r.cooperative_id"
                        + " where r.department_id = ?1 and r.school_year = ?2 and r.status = 'VALIDATED' order by c.number")
                .setParameter(1, d.id()).setParameter(2, year.label()).getResultList();
        Map<Long, Map<String, BigDecimal>> amounts = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select h.report_id, h.heading_code, h.amount from annual_report r"
                        + " join annual_report_heading h on h.report_id = r.id"
                        + " where r.department_id = ?1 and r.school_year = ?2 and r.status = 'VALIDATED'")
                .setParameter(1, d.id()).setParameter(2, year.label()).getResultList())
                .forEach(r -> amounts.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>()).put((String) r[1], money(r[2])));
        Map<Long, BigDecimal[]> subsidies = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select s.report_id, sum(s.amount_granted), sum(s.amount_received) from annual_report r"
                        + " join annual_report_subsidy s on s.report_id = r.id"
                        + " where r.department_id = ?1 and r.school_year = ?2 and r.status = 'VALIDATED' group by s.report_id")
                .setParameter(1, d.id()).setParameter(2, year.label()).getResultList())
                .forEach(r -> subsidies.put(((Number) r[0]).longValue(), new BigDecimal[] {money(r[1]), money(r[2])}));
        // the columns: the chart's headings that some report uses, in the chart's order, then any other code
        List<String> codes = new ArrayList<>();
        chart.keySet().stream().filter(code -> amounts.values().stream().anyMatch(m -> m.containsKey(code))).forEach(codes::add);
        amounts.values().stream().flatMap(m -> m.keySet().stream()).distinct().filter(code -> !codes.contains(code)).sorted().forEach(codes::add);
        return new CsvFile("comptes-agreges-" + d.code() + "-" + year.label() + ".csv", out -> {
            CsvWriter csv = new CsvWriter(out);
            List<Object> header = new ArrayList<>(List.of("Coopérative", "École", "Commune", "Cahier", "Report banque", "Report caisse"));
            codes.forEach(code -> header.add(code + " " + (chart.containsKey(code) ? chart.get(code).label() : "")));
            header.addAll(List.of("Recettes", "Dépenses", "Résultat", "Relevé au 31/08", "Non débités", "Non crédités", "Caisse au 31/08",
                    "Clôture banque", "Clôture caisse", "Subventions accordées", "Subventions reçues"));
            csv.row(header);
            for (Object[] r : reports) {
                Map<String, BigDecimal> own = amounts.getOrDefault(((Number) r[0]).longValue(), Map.of());
                List<Object> row = new ArrayList<>(List.of(r[1], r[2], r[3], "PAPER".equals(r[4]) ? "papier" : "tenu ici",
                        CsvWriter.amount(money(r[5])), CsvWriter.amount(money(r[6]))));
                codes.forEach(code -> row.add(own.containsKey(code) ? CsvWriter.amount(own.get(code)) : ""));
                BigDecimal income = money(r[7]);
                BigDecimal charges = money(r[8]);
                row.addAll(List.of(CsvWriter.amount(income), CsvWriter.amount(charges), CsvWriter.amount(income.subtract(charges)),
                        CsvWriter.amount(money(r[9])), CsvWriter.amount(money(r[10])), CsvWriter.amount(money(r[11])), CsvWriter.amount(money(r[12])),
                        CsvWriter.amount(money(r[13])), CsvWriter.amount(money(r[14]))));
                BigDecimal[] granted = subsidies.get(((Number) r[0]).longValue());
                row.add(granted == null ? "" : CsvWriter.amount(granted[0]));
                row.add(granted == null ? "" : CsvWriter.amount(granted[1]));
                csv.row(row);
            }
            csv.flush();
        });
    }

    private Map<String, HeadingView> chart(DepartmentView d, SchoolYear year) {
        Map<String, HeadingView> out = new LinkedHashMap<>();
        ledgers.departmentChart(d.id(), year).forEach(h -> out.put(h.code(), h));
        return out;
    }

    /** The department's cooperatives whose report of the year is not sent (not started, a draft, or to correct), by number: whom to remind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportDtos.Unsent unsent(String departmentCode, SchoolYear year) {
        DepartmentView d = requireStaff(departmentCode);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select c.id from cooperative c where c.department_id = ?1 and not exists ("
                        + "select 1 from annual_report r where r.cooperative_id = c.id and r.school_year = ?2 and r.status in ('SUBMITTED', 'VALIDATED'))"
                        + " order by c.number")
                .setParameter(1, d.id()).setParameter(2, year.label()).getResultList();
        return new ReportDtos.Unsent(d.code(), year.label(), ReportService.deadline(year), ids.size(),
                ids.stream().map(id -> ((Number) id).longValue()).toList());
    }

    private DepartmentView requireStaff(String departmentCode) {
        DepartmentView d = departments.authorize(departmentCode);
        if (access.current().isMandataire()) {
            throw ProblemException.forbidden("Les comptes agrégés du département sont lus par son équipe.");
        }
        return d;
    }

    private static BigDecimal money(Object value) {
        return value == null ? ZERO : (value instanceof BigDecimal b ? b : new BigDecimal(value.toString())).setScale(2);
    }
}
