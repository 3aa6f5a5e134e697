package org.coopenligne.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeSummary;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.report.ReportService;
import org.coopenligne.report.ReportStatus;
import org.coopenligne.report.control.ControlDraws.Candidate;
import org.coopenligne.report.control.ControlDraws.Drawn;
import org.coopenligne.report.control.ControlDtos.ControlItem;
import org.coopenligne.report.control.ControlDtos.ControlsView;
import org.coopenligne.report.control.ControlDtos.DrawRequest;
import org.coopenligne.report.control.ControlDtos.DrawView;
import org.coopenligne.report.control.ControlDtos.FollowUpRequest;
import org.coopenligne.report.control.ControlDtos.Preview;
import org.coopenligne.report.control.ControlDtos.PreviewItem;

/**
 * The control of the accounts (beyond the seeds): a department's staff draw a share of the year's validated reports from
 * a seed shown on screen (anyone re-draws the same sample from it, {@link ControlDraws}), once per year; each drawn
 * report is followed up: documents asked of the cooperative (emailed), checked, remarks, closed. Audited.
 */
@ApplicationScoped
public class ControlService {

    static final int DEFAULT_SHARE = 10;
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject DepartmentService departments;
    @Inject CooperativeService cooperatives;
    @Inject ReportService reports;
    @Inject AuditService audit;
    @Inject Access access;
    @Inject EntityManager em;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ControlsView controls(String departmentCode, SchoolYear year) {
        DepartmentView d = authorize(departmentCode);
        ControlDraw draw = ControlDraw.<ControlDraw>find("departmentId = ?1 and schoolYear = ?2", d.id(), year.label()).firstResult();
        return view(d, year, draw);
    }

    private ControlsView view(DepartmentView d, SchoolYear year, ControlDraw draw) {
        long validated = validatedCount(d.id(), year);
        if (draw == null) {
            return new ControlsView(d.code(), year.label(), validated, null, List.of());
        }
        List<ReportControl> controls = ReportControl.<ReportControl>find("drawId = ?1 order by rank", draw.id).list();
        Map<Long, CooperativeSummary> schools = cooperatives.summaries(controls.stream().map(c -> c.cooperativeId).toList());
        Map<Long, BigDecimal[]> figures = figures(controls.stream().map(c -> c.reportId).toList());
        List<ControlItem> items = controls.stream().map(c -> {
            CooperativeSummary s = schools.get(c.cooperativeId);
            BigDecimal[] f = figures.getOrDefault(c.reportId, new BigDecimal[2]);
            return item(c, s, draw.seed, f);
        }).toList();
        return new ControlsView(d.code(), year.label(), validated, drawView(draw, controls.size()), items);
    }

    private static DrawView drawView(ControlDraw draw, int drawn) {
        return new DrawView(draw.id, draw.schoolYear, draw.seed, draw.sharePercent, draw.aboveAmount, draw.perDistrict, draw.population, drawn,
                draw.drawnAt,
                draw.drawnBy, ControlDtos.RULE);
    }

    /** What a seed draws today, nothing kept: how anyone checks a draw (or tries a rule before drawing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(String departmentCode, SchoolYear year, String seed, Integer sharePercent, BigDecimal aboveAmount,
            boolean perDistrict) {
        DepartmentView d = authorize(departmentCode);
        if (seed == null || seed.isBlank()) {
            throw ProblemException.invalidField("seed", "Indiquez la graine du tirage à refaire.");
        }
        int share = sharePercent == null ? DEFAULT_SHARE : sharePercent;
        List<Candidate> population = population(d.id(), year);
        List<Drawn> drawn = ControlDraws.draw(seed, share, aboveAmount, perDistrict, population);
        Map<Long, CooperativeSummary> schools = cooperatives.summaries(drawn.stream().map(x -> x.report().cooperativeId()).toList());
        return new Preview(year.label(), seed, share, aboveAmount, perDistrict, population.size(), drawn.stream()
                .map(x -> new PreviewItem(x.report().cooperativeCode(), schools.get(x.report().cooperativeId()).schoolName(),
                        x.report().district(), x.key(), x.rank(), x.reason()))
                .toList(), ControlDtos.RULE);
    }

    /** « Tirer l'échantillon »: once per department and year, from the reports validated so far. */
    @Transactional
    public ControlsView draw(String departmentCode, DrawRequest request) {
        DepartmentView d = authorize(departmentCode);
        SchoolYear year = request.year() == null ? ReportService.due(clock) : SchoolYear.parse(request.year());
        // serializes the department's draws (a double click, two replicas); the unique key is the last guard
        em.createNativeQuery("select id from department where id = ?1 for update").setParameter(1, d.id()).getResultList();
        if (ControlDraw.count("departmentId = ?1 and schoolYear = ?2", d.id(), year.label()) > 0) {
            throw ProblemException.conflict("control-drawn", "L'échantillon " + year.display()
                    + " est déjà tiré : un tirage par année, pour que personne ne puisse le refaire jusqu'à obtenir celui qui lui convient.");
        }
        List<Candidate> population = population(d.id(), year);
        if (population.isEmpty()) {
            throw ProblemException.conflict("control-empty", "Aucun compte-rendu " + year.display() + " n'est encore validé : il n'y a rien à tirer.");
        }
        String seed = request.seed() != null ? request.seed() : String.valueOf(1000 + SEEDS.nextInt(9000));
        int share = request.sharePercent() == null ? DEFAULT_SHARE : request.sharePercent();
        ControlDraw draw = new ControlDraw();
        draw.departmentId = d.id();
        draw.schoolYear = year.label();
        draw.seed = seed;
        draw.sharePercent = share;
        draw.aboveAmount = request.aboveAmount();
        draw.perDistrict = Boolean.TRUE.equals(request.perDistrict());
        draw.population = population.size();
        draw.drawnAt = clock.instant();
        draw.drawnBy = access.current().login();
        draw.persist();
        List<Drawn> drawn = ControlDraws.draw(seed, share, request.aboveAmount(), draw.perDistrict, population);
        for (Drawn x : drawn) {
            ReportControl c = new ReportControl();
            c.drawId = draw.id;
            c.reportId = x.report().reportId();
            c.cooperativeId = x.report().cooperativeId();
            c.departmentId = d.id();
            c.rank = x.rank();
            c.reason = x.reason();
            c.status = ControlStatus.DRAWN;
            c.persist();
        }
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("seed", seed);
        after.put("sharePercent", share);
        after.put("aboveAmount", request.aboveAmount());
        after.put("perDistrict", draw.perDistrict);
        after.put("population", population.size());
        after.put("drawn", drawn.stream().map(x -> x.report().cooperativeCode()).toList());
        audit.record(new AuditService.Change(AuditAction.REPORT_CONTROL_DRAWN, "ControlDraw", draw.id, d.id(), null, null, after));
        return view(d, year, draw);
    }

    /** The follow-up moves forward only: documents asked (emailed to the cooperative), checked, closed with remarks. */
    @Transactional
    public ControlItem followUp(long controlId, int version, FollowUpRequest request) {
        ReportControl c = ReportControl.<ReportControl>findByIdOptional(controlId)
                .orElseThrow(() -> ProblemException.notFound("Ce contrôle n'existe pas."));
        access.requireDepartment(c.departmentId);
        requireStaff();
        if (c.version != version) {
            throw ProblemException.staleVersion();
        }
        if (c.status == ControlStatus.CLOSED) {
            throw ProblemException.conflict("control-closed", "Ce contrôle est clos : il ne change plus.");
        }
        if (request.status().ordinal() < c.status.ordinal()) {
            throw ProblemException.conflict("control-status", "Un contrôle à l'étape « " + c.status.label + " » ne revient pas à l'étape « "
                    + request.status().label + " ».");
        }
        String asked = trimmed(request.documentsRequested());
        String remarks = trimmed(request.remarks());
        boolean asking = request.status() == ControlStatus.DOCUMENTS_REQUESTED && c.status != ControlStatus.DOCUMENTS_REQUESTED;
        if (asking && asked == null) {
            throw ProblemException.invalidField("documentsRequested", "Écrivez les pièces que la coopérative doit envoyer.");
        }
        if (request.status() == ControlStatus.CLOSED && remarks == null) {
            throw ProblemException.invalidField("remarks", "Écrivez la conclusion du contrôle avant de le clore.");
        }
        Map<String, Object> before = snapshot(c);
        if (asked != null) {
            c.documentsRequested = asked;
        }
        c.remarks = remarks;
        c.status = request.status();
        c.updatedAt = clock.instant();
        c.updatedBy = access.current().login();
        if (c.status == ControlStatus.CLOSED) {
            c.closedAt = c.updatedAt;
        }
        em.flush();
        audit.record(new AuditService.Change(AuditAction.REPORT_CONTROL_UPDATED, "ReportControl", c.id, c.departmentId, c.cooperativeId, before,
                snapshot(c)));
        ControlDraw draw = ControlDraw.findById(c.drawId);
        SchoolYear year = SchoolYear.parse(draw.schoolYear);
        CooperativeSummary s = cooperatives.summaries(List.of(c.cooperativeId)).get(c.cooperativeId);
        if (asking) {
            reports.notifyCooperative(c.departmentId, c.cooperativeId, "REPORT_CONTROL_DOCUMENTS",
                    "Contrôle des comptes " + year.display() + " : pièces à envoyer",
                    "Bonjour,\n\nLe compte-rendu " + year.display() + " de la coopérative " + s.code()
                            + " a été tiré au sort pour le contrôle des comptes de l'OCCE. Merci d'envoyer à votre OCCE :\n\n" + c.documentsRequested
                            + "\n\nCe contrôle porte sur un échantillon tiré au hasard ; il ne signifie pas qu'une erreur a été trouvée.\n");
        }
        BigDecimal[] f = figures(List.of(c.reportId)).getOrDefault(c.reportId, new BigDecimal[2]);
        return item(c, s, draw.seed, f);
    }

    private static ControlItem item(ReportControl c, CooperativeSummary s, String seed, BigDecimal[] figures) {
        return new ControlItem(c.id, c.reportId, c.cooperativeId, s.code(), s.schoolName(), s.city(), s.district(), c.rank, c.reason,
                ControlDraws.key(seed, s.code()), figures[0], figures[1], c.status, c.status.label, c.documentsRequested, c.remarks,
                c.updatedAt, c.updatedBy, c.closedAt, c.version);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------------

    private DepartmentView authorize(String departmentCode) {
        DepartmentView d = departments.authorize(departmentCode);
        requireStaff();
        return d;
    }

    private void requireStaff() {
        if (access.current().isMandataire()) {
            throw ProblemException.forbidden("Le contrôle des comptes est mené par l'équipe de votre OCCE.");
        }
    }

    private long validatedCount(long departmentId, SchoolYear year) {
        return em.createQuery("select count(r) from AnnualReport r where r.departmentId = :d and r.schoolYear = :y and r.status = :s", Long.class)
                .setParameter("d", departmentId).setParameter("y", year.label()).setParameter("s", ReportStatus.VALIDATED).getSingleResult();
    }

    /** The year's validated reports of the department, with their schools' codes (two reads, whatever their number). */
    private List<Candidate> population(long departmentId, SchoolYear year) {
        List<Object[]> rows = em.createQuery("select r.id, r.cooperativeId, r.income, r.charges from AnnualReport r "
                        + "where r.departmentId = :d and r.schoolYear = :y and r.status = :s", Object[].class)
                .setParameter("d", departmentId).setParameter("y", year.label()).setParameter("s", ReportStatus.VALIDATED).getResultList();
        Map<Long, CooperativeSummary> schools = cooperatives.summaries(rows.stream().map(r -> (Long) r[1]).toList());
        return rows.stream().map(r -> new Candidate((Long) r[0], (Long) r[1], schools.get((Long) r[1]).code(),
                        schools.get((Long) r[1]).district(), (BigDecimal) r[2], (BigDecimal) r[3]))
                .toList();
    }

    private Map<Long, BigDecimal[]> figures(List<Long> reportIds) {
        Map<Long, BigDecimal[]> out = new HashMap<>();
        if (reportIds.isEmpty()) {
            return out;
        }
        em.createQuery("select r.id, r.income, r.charges from AnnualReport r where r.id in :ids", Object[].class).setParameter("ids", reportIds)
                .getResultList().forEach(r -> out.put((Long) r[0], new BigDecimal[] {(BigDecimal) r[1], (BigDecimal) r[2]}));
        return out;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Map<String, Object> snapshot(ReportControl c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", c.status);
        out.put("documentsRequested", c.documentsRequested);
        out.put("remarks", c.remarks);
        return out;
    }
}
