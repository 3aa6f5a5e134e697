package org.coopenligne.adhesion;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.adhesion.ReviewDtos.Missing;
import org.coopenligne.adhesion.ReviewDtos.QueueItem;
import org.coopenligne.adhesion.ReviewDtos.ReviewRequest;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.money.Money;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeSummary;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentSettingsService;
import org.coopenligne.department.EmailKind;
import org.coopenligne.department.EmailTemplates;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.mail.MailService;
import org.coopenligne.tariff.TariffService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Staff's side of SPEC.md steps 8 and 9: the review queue, the checklist, correction, validation, reopening. */
@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject AdhesionRepository adhesions;
    @Inject AdhesionService adhesionService;
    @Inject CooperativeService cooperatives;
    @Inject DepartmentService departments;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject MailService mail;
    @Inject DepartmentSettingsService settings;
    @Inject TariffService tariffs;
    @Inject Event<AdhesionEvents.Validated> validated;
    @Inject Event<AdhesionEvents.Reopened> reopened;
    @Inject EntityManager em;
    @Inject Clock clock;

    @ConfigProperty(name = "coop.public-url")
    String publicUrl;

    /** The queue: oldest submission first; by default what waits for staff (submitted). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<QueueItem> queue(long departmentId, String schoolYear, AdhesionStatus status, Missing missing, int page, int size) {
        access.requireDepartment(departmentId);
        if (status == AdhesionStatus.NOT_STARTED) {
            throw ProblemException.invalidField("status", "Une adhésion non commencée n'est pas dans la file de validation.");
        }
        StringBuilder where = new StringBuilder("departmentId = :dept and schoolYear = :year and status = :status");
        Parameters params = Parameters.with("dept", departmentId).and("year", schoolYear)
                .and("status", status == null ? AdhesionStatus.SUBMITTED : status);
        if (missing != null) {
            where.append(switch (missing) {
                case PAYMENT -> " and paymentReceived = false";
                case ENGAGEMENT -> " and engagementReceived = false";
                case CHANGE_FORM -> " and mandataireChangeForm = :pending";
            });
            if (missing == Missing.CHANGE_FORM) {
                params.and("pending", ChangeFormStatus.PENDING);
            }
        }
        var query = adhesions.find(where + " order by submittedAt asc nulls last, id asc", params.map());
        List<Adhesion> found = query.page(page, size).list();
        Map<Long, CooperativeSummary> schools = cooperatives.summaries(found.stream().map(a -> a.cooperativeId).toList());
        List<QueueItem> items = found.stream().map(a -> queueItem(a, schools.get(a.cooperativeId))).toList();
        return PageView.of(items, page, size, query.count());
    }

    public AdhesionView updateChecklist(long adhesionId, int version, ReviewRequest r) {
        Adhesion a = loadForStaff(adhesionId, version);
        if (a.status == AdhesionStatus.DRAFT) {
            throw ProblemException.conflict("status-transition-refused",
                    "L'adhésion n'est pas encore envoyée à l'OCCE : il n'y a rien à vérifier.");
        }
        if (r.paymentReceived() && (r.paymentAmount() == null || r.paymentDate() == null || r.paymentMethod() == null)) {
            throw new ProblemException(400, "validation", "Données invalides",
                    "Pour un paiement reçu, indiquez son montant, son moyen et sa date.", List.of(
                    new Problem.Violation(r.paymentAmount() == null ? "paymentAmount" : r.paymentMethod() == null ? "paymentMethod" : "paymentDate",
                            "Indiquez le montant, le moyen et la date du paiement reçu.")));
        }
        if (r.engagementReceived() && a.engagementDocumentId == null) {
            throw ProblemException.invalidField("engagementReceived",
                    "La coopérative n'a pas encore déposé l'engagement signé : il ne peut pas être coché reçu.");
        }
        ReviewDtos.ReviewView before = AdhesionService.review(a);
        a.paymentReceived = r.paymentReceived();
        a.paymentAmount = r.paymentReceived() ? Money.of(r.paymentAmount()).amount() : null;
        a.paymentMethod = r.paymentReceived() ? r.paymentMethod() : null;
        a.paymentReference = r.paymentReceived() ? blankToNull(r.paymentReference()) : null;
        a.paymentDate = r.paymentReceived() ? r.paymentDate() : null;
        a.engagementReceived = r.engagementReceived();
        a.mandataireChangeForm = r.mandataireChangeForm();
        a.updatedAt = clock.instant();
        audit.record(change(AuditAction.ADHESION_REVIEWED, a, before, AdhesionService.review(a)));
        return adhesionService.view(a.id);
    }

    public AdhesionView requestCorrection(long adhesionId, int version, String message) {
        Adhesion a = loadForStaff(adhesionId, version);
        AdhesionStatus before = a.status;
        a.requestCorrection(message.trim(), clock.instant());
        a.updatedAt = clock.instant();
        audit.record(change(AuditAction.ADHESION_CORRECTION_REQUESTED, a, Map.of("status", before),
                Map.of("status", a.status, "message", a.correctionMessage)));
        Map<String, String> values = templateValues(a);
        values.put("message", a.correctionMessage);
        notifyCooperative(a, "ADHESION_CORRECTION_REQUESTED", settings.renderTemplate(a.departmentId, EmailKind.CORRECTION_REQUEST, values));
        return adhesionService.view(a.id);
    }

    public AdhesionView validate(long adhesionId, int version) {
        Adhesion a = loadForStaff(adhesionId, version);
        a.requireSubmittedToValidate();
        List<Problem.Violation> reasons = ValidationPolicy.reasonsAgainst(a);
        if (!reasons.isEmpty()) {
            throw new ProblemException(409, "validation-refused", "Validation impossible",
                    "L'adhésion ne peut pas encore être validée : " + String.join(" ", reasons.stream().map(Problem.Violation::message).toList()),
                    reasons);
        }
        int number = a.registrationNumber != null ? a.registrationNumber : nextRegistrationNumber(a.departmentId, a.schoolYear);
        String code = RegistrationCode.format(SchoolYear.parse(a.schoolYear), number, a.insured);
        a.validate(clock.instant(), access.current().login(), number, code);
        a.updatedAt = clock.instant();
        adhesions.flush(); // the observers of the event (certificates) read the validated adhesion
        validated.fire(new AdhesionEvents.Validated(a.id, a.departmentId, a.cooperativeId, a.schoolYear, a.registrationCode, a.insured));
        audit.record(change(AuditAction.ADHESION_VALIDATED, a, Map.of("status", AdhesionStatus.SUBMITTED),
                Map.of("status", a.status, "registrationCode", a.registrationCode)));
        Map<String, String> values = templateValues(a);
        values.put("code", a.registrationCode);
        values.put("certificates", a.insured ? "attestation d'adhésion, certificat d'assurance" : "attestation d'adhésion");
        notifyCooperative(a, "ADHESION_VALIDATED", settings.renderTemplate(a.departmentId, EmailKind.VALIDATION, values));
        return adhesionService.view(a.id);
    }

    public AdhesionView reopen(long adhesionId, int version, String reason) {
        Adhesion a = loadForStaff(adhesionId, version);
        a.reopen(reason.trim(), clock.instant());
        a.updatedAt = clock.instant();
        adhesions.flush(); // the observers of the event (certificates) read the reopened adhesion
        reopened.fire(new AdhesionEvents.Reopened(a.id));
        audit.record(change(AuditAction.ADHESION_REOPENED, a, Map.of("status", AdhesionStatus.VALIDATED),
                Map.of("status", a.status, "reason", a.reopenReason)));
        String year = SchoolYear.parse(a.schoolYear).display();
        notifyCooperative(a, "ADHESION_REOPENED", "Votre adhésion " + year + " est rouverte",
                "Bonjour,\n\nL'OCCE a rouvert l'adhésion " + year + " de la coopérative " + a.cooperativeCode
                + " pour la raison suivante :\n\n" + a.reopenReason + "\n\nLes attestations délivrées ne sont plus valables. "
                + "Corrigez-la sur " + publicUrl + "/coop/" + a.cooperativeId + "/adhesion puis cliquez sur « Envoyer à l'OCCE ».\n");
        return adhesionService.view(a.id);
    }

    /**
     * The department's next sequence number of the year. The department's row is locked for the rest of the
     * transaction, so that two staff validating at the same second get two numbers; the unique index on
     * (department, year, number) guards it too.
     */
    private int nextRegistrationNumber(long departmentId, String schoolYear) {
        em.createNativeQuery("select id from department where id = ?1 for update").setParameter(1, departmentId).getResultList();
        Number max = em.createQuery("select coalesce(max(a.registrationNumber), 0) from Adhesion a"
                        + " where a.departmentId = ?1 and a.schoolYear = ?2", Number.class)
                .setParameter(1, departmentId).setParameter(2, schoolYear).getSingleResult();
        return max.intValue() + 1;
    }

    private Adhesion loadForStaff(long adhesionId, int version) {
        Adhesion a = adhesions.findByIdOptional(adhesionId)
                .orElseThrow(() -> ProblemException.notFound("Cette adhésion n'existe pas."));
        access.requireDepartment(a.departmentId);
        if (a.version != version) {
            throw ProblemException.staleVersion();
        }
        return a;
    }

    /** The values of the placeholders that every email of the department's templates knows (settings of the department). */
    private Map<String, String> templateValues(Adhesion a) {
        CooperativeView coop = cooperatives.find(a.cooperativeId).orElseThrow();
        Map<String, String> values = new java.util.HashMap<>(tariffs.yearPlaceholders(a.departmentId, SchoolYear.parse(a.schoolYear)));
        values.put("cooperative", coop.code());
        values.put("school", coop.schoolName() + ", " + coop.city());
        return values;
    }

    private void notifyCooperative(Adhesion a, String kind, EmailTemplates.Rendered email) {
        CooperativeView coop = cooperatives.find(a.cooperativeId).orElseThrow();
        mail.queueToCooperative(kind, a.departmentId, a.cooperativeId, coop.schoolEmail(), coop.mandataireEmail(), email.subject(), email.body());
    }

    /** An email whose text is not a department's template: signed with the department's name. */
    private void notifyCooperative(Adhesion a, String kind, String subject, String body) {
        String signature = departments.find(a.departmentId).map(DepartmentView::name).orElse("Votre OCCE");
        notifyCooperative(a, kind, new EmailTemplates.Rendered(subject, body + "\n" + signature + "\n"));
    }

    private static QueueItem queueItem(Adhesion a, CooperativeSummary school) {
        return new QueueItem(a.id, a.cooperativeId, a.cooperativeCode, school == null ? null : school.schoolName(),
                school == null ? null : school.city(), a.schoolYear, a.status, a.status.shortLabel,
                a.submittedAt, a.late, a.submittedAmount, a.paymentMeans, a.adults + a.pupils, a.paymentReceived,
                a.engagementDocumentId != null, a.engagementReceived, a.mandataireChangeForm, a.registrationCode, a.version);
    }

    private static AuditService.Change change(AuditAction action, Adhesion a, Object before, Object after) {
        return new AuditService.Change(action, "Adhesion", a.id, a.departmentId, a.cooperativeId, before, after);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
