package org.coopenligne.reminder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.dashboard.DashboardService;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.Timestamps;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeFilter;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.reminder.ReminderDtos.Progress;
import org.coopenligne.reminder.ReminderDtos.RecipientView;
import org.coopenligne.reminder.ReminderDtos.ReminderDetail;
import org.coopenligne.reminder.ReminderDtos.ReminderFilter;
import org.coopenligne.reminder.ReminderDtos.ReminderRequest;
import org.coopenligne.reminder.ReminderDtos.ReminderView;
import org.coopenligne.reminder.ReminderRecipient.Status;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminders: staff create a campaign (its recipients PENDING), {@link ReminderSender} sends them in the
 * background. A second click does not send twice, in two ways:
 * <ul>
 * <li>the client sends an {@code Idempotency-Key} (one per opening of the dialog): the same key returns the
 * campaign it created, and a different request under the same key is refused (409);</li>
 * <li>a cooperative already reminded (pending or sent) with the same subject and body within
 * {@code coop.reminders.duplicate-window} is recorded SKIPPED_RECENT instead of PENDING.</li>
 * </ul>
 * Creation takes the department's row lock, so that two simultaneous clicks are serialized and both rules hold.
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    public static final int MAX_RECIPIENTS = 5000;

    public record Created(ReminderView reminder, boolean replay) {}

    @Inject EntityManager em;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject CooperativeService cooperatives;
    @Inject ObjectMapper json;
    @Inject Clock clock;
    @Inject DashboardService dashboards;
    @Inject DepartmentService departments;

    @ConfigProperty(name = "coop.public-url")
    String publicUrl;

    @ConfigProperty(name = "coop.reminders.duplicate-window", defaultValue = "PT24H")
    Duration duplicateWindow;

    public Created create(DepartmentView d, String idempotencyKey, ReminderRequest r) {
        access.requireDepartment(d.id());
        if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9_-]{8,80}")) {
            throw ProblemException.invalidField("Idempotency-Key", "L'en-tête Idempotency-Key est obligatoire : "
                    + "8 à 80 lettres, chiffres, tirets (un identifiant unique par envoi, par exemple un UUID).");
        }
        boolean byIds = r.cooperativeIds() != null && !r.cooperativeIds().isEmpty();
        if (byIds == (r.filter() != null)) {
            throw ProblemException.invalidField("cooperativeIds",
                    "Choisissez les coopératives à relancer : une liste de coopératives, ou un filtre (l'un ou l'autre).");
        }
        ReminderTemplate.check("subject", r.subject());
        ReminderTemplate.check("body", r.body());
        SchoolYear year = SchoolYears.givenOrCurrent(r.year(), clock);
        String requestHash = ReminderTemplate.sha256(write(new Object[] {year.label(), r.subject(), r.body(),
                byIds ? r.cooperativeIds().stream().sorted().distinct().toList() : null, r.filter()}));

        // serializes the department's reminder creations (double click, two replicas)
        em.createNativeQuery("select id from department where id = ?1 for update").setParameter(1, d.id()).getResultList();
        ReminderCampaign existing = ReminderCampaign.<ReminderCampaign>find("departmentId = ?1 and idempotencyKey = ?2",
                d.id(), idempotencyKey).firstResult();
        if (existing != null) {
            if (!existing.requestHash.equals(requestHash)) {
                throw ProblemException.conflict("idempotency-key-reused",
                        "Cette clé d'envoi a déjà servi pour une autre relance : rouvrez la fenêtre de relance pour en créer une nouvelle.");
            }
            return new Created(view(existing, progress(List.of(existing.id)).get(existing.id), sharedSubjects()), true);
        }

        List<Long> ids = byIds ? checkedIds(d.id(), r.cooperativeIds()) : matching(d.id(), year, r.filter());
        if (ids.isEmpty()) {
            throw ProblemException.invalidField(byIds ? "cooperativeIds" : "filter", "Aucune coopérative ne correspond : il n'y a personne à relancer.");
        }
        String templateHash = ReminderTemplate.sha256(r.subject() + "\n\u0000\n" + r.body());
        Instant now = clock.instant();
        ReminderCampaign c = new ReminderCampaign();
        c.departmentId = d.id();
        c.schoolYear = year.label();
        c.idempotencyKey = idempotencyKey;
        c.requestHash = requestHash;
        c.templateHash = templateHash;
        c.subject = r.subject().trim();
        c.body = r.body();
        c.selection = byIds ? "{\"cooperativeIds\":" + ids.size() + "}" : write(Map.of("filter", r.filter()));
        c.recipientCount = ids.size();
        c.createdAt = now;
        c.createdBy = access.current().login();
        c.persist();

        Set<Long> recent = recentlyReminded(templateHash, now);
        Map<Long, String> emails = emails(ids);
        for (Long id : ids) {
            ReminderRecipient rr = new ReminderRecipient();
            rr.campaignId = c.id;
            rr.cooperativeId = id;
            rr.templateHash = templateHash;
            rr.email = emails.get(id);
            rr.createdAt = now;
            rr.status = rr.email == null ? Status.SKIPPED_NO_EMAIL : recent.contains(id) ? Status.SKIPPED_RECENT : Status.PENDING;
            rr.persist();
        }
        em.flush();
        ReminderView view = view(c, progress(List.of(c.id)).get(c.id), sharedSubjects());
        audit.record(new AuditService.Change(AuditAction.REMINDER_CREATED, "ReminderCampaign", c.id, d.id(), null, null,
                Map.of("schoolYear", c.schoolYear, "subject", c.subject, "body", c.body, "selection", c.selection,
                        "recipientCount", c.recipientCount, "progress", view.progress())));
        return new Created(view, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ReminderView> list(DepartmentView d, int page, int size) {
        access.requireDepartment(d.id());
        var query = ReminderCampaign.<ReminderCampaign>find("departmentId = ?1 order by createdAt desc, id desc", d.id());
        List<ReminderCampaign> campaigns = query.page(page, size).list();
        Map<Long, Progress> progress = progress(campaigns.stream().map(c -> c.id).toList());
        var subjects = sharedSubjects();
        return PageView.of(campaigns.stream().map(c -> view(c, progress.get(c.id), subjects)).toList(), page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReminderDetail get(DepartmentView d, long reminderId, int page, int size) {
        access.requireDepartment(d.id());
        ReminderCampaign c = ReminderCampaign.findById(reminderId);
        if (c == null || !c.departmentId.equals(d.id())) {
            throw ProblemException.notFound("Cette relance n'existe pas dans ce département.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.cooperative_id, c.department_code, c.number, c.school_name, r.email,"
                        + " r.status, r.sent_at, r.error from reminder_recipient r join cooperative c on c.id = r.cooperative_id"
                        + " where r.campaign_id = ?1 order by r.id")
                .setParameter(1, c.id).setFirstResult(page * size).setMaxResults(size).getResultList();
        List<RecipientView> recipients = new ArrayList<>();
        for (Object[] r : rows) {
            recipients.add(new RecipientView(((Number) r[0]).longValue(), r[1] + "-" + r[2], (String) r[3], (String) r[4],
                    Status.valueOf((String) r[5]), Timestamps.toInstant(r[6]), (String) r[7]));
        }
        return new ReminderDetail(view(c, progress(List.of(c.id)).get(c.id), sharedSubjects()),
                PageView.of(recipients, page, size, c.recipientCount));
    }

    private List<Long> checkedIds(long departmentId, List<Long> requested) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(requested));
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : chunks(ids)) {
            for (Object o : em.createNativeQuery("select id from cooperative where department_id = :dept and id in (:ids)")
                    .setParameter("dept", departmentId).setParameter("ids", chunk).getResultList()) {
                found.add(((Number) o).longValue());
            }
        }
        List<Long> unknown = ids.stream().filter(id -> !found.contains(id)).limit(5).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidField("cooperativeIds", "Ces coopératives ne sont pas du département : " + unknown + ".");
        }
        return ids;
    }

    private List<Long> matching(long departmentId, SchoolYear year, ReminderFilter f) {
        CooperativeFilter filter = new CooperativeFilter(f.q() == null || f.q().isBlank() ? null : f.q().trim(), f.status(), f.late(),
                f.insured(), f.paymentMeans(), f.sent(), f.paid(), CooperativeFilter.Sort.number, false);
        List<Long> ids = cooperatives.matchingIds(departmentId, year, filter, MAX_RECIPIENTS + 1);
        if (ids.size() > MAX_RECIPIENTS) {
            throw ProblemException.invalidField("filter", "Plus de " + MAX_RECIPIENTS + " coopératives correspondent : précisez le filtre.");
        }
        return ids;
    }

    private Set<Long> recentlyReminded(String templateHash, Instant now) {
        Set<Long> ids = new HashSet<>();
        for (Object o : em.createNativeQuery("select cooperative_id from reminder_recipient where template_hash = ?1"
                        + " and created_at > ?2 and status in ('PENDING', 'SENT')")
                .setParameter(1, templateHash).setParameter(2, now.minus(duplicateWindow)).getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    /** The mandataire's address, else the school's; absent when neither is known. */
    private Map<Long, String> emails(List<Long> ids) {
        Map<Long, String> emails = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, mandataire_email, school_email from cooperative where id in (:ids)")
                    .setParameter("ids", chunk).getResultList();
            for (Object[] r : rows) {
                String email = blank((String) r[1]) ? (blank((String) r[2]) ? null : ((String) r[2]).trim()) : ((String) r[1]).trim();
                if (email != null) {
                    emails.put(((Number) r[0]).longValue(), email);
                }
            }
        }
        return emails;
    }

    /** Progress of each campaign, by one grouped query. */
    Map<Long, Progress> progress(List<Long> campaignIds) {
        Map<Long, long[]> counts = new HashMap<>();
        campaignIds.forEach(id -> counts.put(id, new long[Status.values().length]));
        if (!campaignIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select campaign_id, status, count(*) from reminder_recipient"
                    + " where campaign_id in (:ids) group by campaign_id, status").setParameter("ids", campaignIds).getResultList();
            for (Object[] r : rows) {
                counts.get(((Number) r[0]).longValue())[Status.valueOf((String) r[1]).ordinal()] = ((Number) r[2]).longValue();
            }
        }
        Map<Long, Progress> progress = new HashMap<>();
        counts.forEach((id, n) -> progress.put(id, new Progress(n[Status.PENDING.ordinal()], n[Status.SENT.ordinal()],
                n[Status.FAILED.ordinal()], n[Status.SKIPPED_NO_EMAIL.ordinal()], n[Status.SKIPPED_RECENT.ordinal()])));
        return progress;
    }

    /**
     * The subject of a reminder as its cooperatives read it; the deadline and the department's name are read once per
     * department and year, not once per reminder of a page.
     */
    private java.util.function.Function<ReminderCampaign, String> sharedSubjects() {
        record Shared(java.time.LocalDate deadline, String department) {}
        Map<String, Shared> read = new HashMap<>();
        return c -> {
            SchoolYear year = SchoolYear.parse(c.schoolYear);
            Shared v = read.computeIfAbsent(c.departmentId + "/" + c.schoolYear, k -> new Shared(dashboards.deadline(c.departmentId, year),
                    departments.find(c.departmentId).map(DepartmentView::name).orElse("")));
            return ReminderTemplate.shared(c.subject, year, v.deadline(), v.department(), publicUrl);
        };
    }

    private ReminderView view(ReminderCampaign c, Progress p, java.util.function.Function<ReminderCampaign, String> subjects) {
        ReminderFilter filter = null;
        if (c.selection.startsWith("{\"filter\"")) {
            try {
                filter = json.treeToValue(json.readTree(c.selection).get("filter"), ReminderFilter.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ReminderView(c.id, c.schoolYear, c.subject, c.body, subjects.apply(c), filter, filter == null, c.recipientCount, p,
                c.createdAt, c.createdBy);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
