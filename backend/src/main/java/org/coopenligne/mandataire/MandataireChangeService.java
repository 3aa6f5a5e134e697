package org.coopenligne.mandataire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.auth.AuthService;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.documents.DocumentKind;
import org.coopenligne.documents.DocumentService;
import org.coopenligne.documents.DocumentView;
import org.coopenligne.documents.PdfDocuments;
import org.coopenligne.mail.MailService;
import org.coopenligne.mandataire.MandataireChangeDtos.Accepted;
import org.coopenligne.mandataire.MandataireChangeDtos.ChangeView;
import org.coopenligne.mandataire.MandataireChangeDtos.Fields;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Change of mandataire and/or signatories (seed 000): the cooperative prints the pre-filled form, sends it back
 * signed with an ID copy and a proof of address; staff accept (the identity changes, the account gets a one-time
 * password and older sessions end) or refuse with a reason.
 */
@ApplicationScoped
@Transactional
public class MandataireChangeService {

    @Inject CooperativeService cooperatives;
    @Inject DepartmentService departments;
    @Inject DocumentService documents;
    @Inject PdfDocuments pdf;
    @Inject AuthService auth;
    @Inject MailService mail;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject Validator validator;
    @Inject Clock clock;

    @ConfigProperty(name = "coop.public-url")
    String publicUrl;

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] form(long cooperativeId) {
        CooperativeView coop = cooperatives.get(cooperativeId);
        return pdf.mandataireChangeForm(coop, SchoolYears.current(clock).label());
    }

    public ChangeView request(long cooperativeId, Fields fields, FileUpload form, FileUpload idCopy, FileUpload proofOfAddress) {
        CooperativeView coop = cooperatives.get(cooperativeId);
        org.coopenligne.common.Texts.checkRecord(fields);
        Set<ConstraintViolation<Fields>> invalid = validator.validate(fields);
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
        List<Problem.Violation> missing = new ArrayList<>();
        if (form == null) {
            missing.add(new Problem.Violation("form", "Joignez le formulaire de changement signé."));
        }
        if (idCopy == null) {
            missing.add(new Problem.Violation("idCopy", "Joignez la copie recto/verso de la pièce d'identité."));
        }
        if (proofOfAddress == null) {
            missing.add(new Problem.Violation("proofOfAddress", "Joignez un justificatif de domicile de moins de 3 mois."));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "file-missing", "Pièces manquantes",
                    String.join(" ", missing.stream().map(Problem.Violation::message).toList()), missing);
        }
        if (MandataireChange.count("cooperativeId = ?1 and status = ?2", cooperativeId, MandataireChange.Status.PENDING) > 0) {
            throw ProblemException.conflict("change-pending",
                    "Une demande de changement est déjà en attente auprès de l'OCCE : attendez sa réponse.");
        }
        MandataireChange c = new MandataireChange();
        c.cooperativeId = coop.id();
        c.departmentId = coop.departmentId();
        c.status = MandataireChange.Status.PENDING;
        c.newMandataireName = fields.newMandataireName().trim();
        c.newMandataireEmail = fields.newMandataireEmail().trim();
        c.newMandatairePhone = blankToNull(fields.newMandatairePhone());
        c.newCoSignatories = blankToNull(fields.newCoSignatories());
        c.createdAt = clock.instant();
        c.createdBy = access.current().login();
        c.persist();
        documents.uploadForChange(DocumentKind.MANDATAIRE_CHANGE_FORM, coop, c.id, form);
        documents.uploadForChange(DocumentKind.ID_COPY, coop, c.id, idCopy);
        documents.uploadForChange(DocumentKind.PROOF_OF_ADDRESS, coop, c.id, proofOfAddress);
        ChangeView view = view(c, coop.code());
        audit.record(change(AuditAction.MANDATAIRE_CHANGE_REQUESTED, c, null, withoutDocuments(view)));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ChangeView> ofCooperative(long cooperativeId, int page, int size) {
        CooperativeView coop = cooperatives.get(cooperativeId);
        var query = MandataireChange.<MandataireChange>find("cooperativeId = ?1 order by createdAt desc, id desc", cooperativeId);
        return PageView.of(views(query.page(page, size).list(), Map.of(coop.id(), coop.code())), page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ChangeView> ofDepartment(long departmentId, MandataireChange.Status status, int page, int size) {
        access.requireDepartment(departmentId);
        var query = MandataireChange.<MandataireChange>find("departmentId = ?1 and status = ?2 order by createdAt asc, id asc",
                departmentId, status == null ? MandataireChange.Status.PENDING : status);
        List<MandataireChange> items = query.page(page, size).list();
        Map<Long, String> codes = new java.util.HashMap<>();
        cooperatives.summaries(items.stream().map(c -> c.cooperativeId).toList()).forEach((id, s) -> codes.put(id, s.code()));
        return PageView.of(views(items, codes), page, size, query.count());
    }

    public Accepted accept(long changeId, int version) {
        MandataireChange c = loadForStaff(changeId, version);
        CooperativeView before = cooperatives.get(c.cooperativeId);
        c.accept(clock.instant(), access.current().login());
        cooperatives.applyMandataireChange(c.cooperativeId, c.newMandataireName, c.newMandataireEmail, c.newMandatairePhone,
                c.newCoSignatories);
        String password = auth.resetToOneTimePassword(c.cooperativeId, "Changement de mandataire");
        MandataireChange.getEntityManager().flush();
        ChangeView view = view(c, before.code());
        audit.record(change(AuditAction.MANDATAIRE_CHANGE_ACCEPTED, c, Map.of("status", MandataireChange.Status.PENDING,
                "mandataireName", String.valueOf(before.mandataireName())), Map.of("status", c.status, "mandataireName", c.newMandataireName)));
        String department = departmentName(c.departmentId);
        mail.queue(new MailService.Outgoing("MANDATAIRE_CHANGE_ACCEPTED", c.departmentId, c.cooperativeId, c.newMandataireEmail,
                "Vous êtes le mandataire de la coopérative " + before.code(),
                "Bonjour " + c.newMandataireName + ",\n\n" + department + " a enregistré le changement de mandataire de la coopérative "
                        + before.code() + " (" + before.schoolName() + ", " + before.city() + ").\n\n"
                        + "Votre identifiant : " + before.code() + "\nVotre mot de passe provisoire : " + password
                        + "\n\nConnectez-vous sur " + publicUrl + "/ : il vous sera demandé de choisir votre propre mot de passe.\n\n"
                        + department + "\n"));
        if (before.mandataireEmail() != null && !before.mandataireEmail().equalsIgnoreCase(c.newMandataireEmail)) {
            mail.queue(new MailService.Outgoing("MANDATAIRE_CHANGE_ACCEPTED", c.departmentId, c.cooperativeId, before.mandataireEmail(),
                    "Changement de mandataire de la coopérative " + before.code(),
                    "Bonjour,\n\n" + department + " a enregistré le changement de mandataire de la coopérative " + before.code()
                            + " : " + c.newMandataireName + " en est désormais le mandataire, et votre accès est fermé.\n\n"
                            + "Merci pour votre engagement.\n\n" + department + "\n"));
        }
        return new Accepted(view, before.code(), password);
    }

    public ChangeView refuse(long changeId, int version, String reason) {
        MandataireChange c = loadForStaff(changeId, version);
        CooperativeView coop = cooperatives.get(c.cooperativeId);
        c.refuse(clock.instant(), access.current().login(), reason.trim());
        MandataireChange.getEntityManager().flush();
        audit.record(change(AuditAction.MANDATAIRE_CHANGE_REFUSED, c, Map.of("status", MandataireChange.Status.PENDING),
                Map.of("status", c.status, "reason", c.refusalReason)));
        String department = departmentName(c.departmentId);
        mail.queue(new MailService.Outgoing("MANDATAIRE_CHANGE_REFUSED", c.departmentId, c.cooperativeId,
                coop.mandataireEmail() != null ? coop.mandataireEmail() : coop.schoolEmail(),
                "Demande de changement de mandataire de la coopérative " + coop.code(),
                "Bonjour,\n\n" + department + " ne peut pas enregistrer la demande de changement de mandataire (" + c.newMandataireName
                        + ") pour la raison suivante :\n\n" + c.refusalReason + "\n\nVous pouvez envoyer une nouvelle demande sur "
                        + publicUrl + "/coop/" + c.cooperativeId + "/changement-mandataire\n\n" + department + "\n"));
        return view(c, coop.code());
    }

    private MandataireChange loadForStaff(long changeId, int version) {
        MandataireChange c = MandataireChange.<MandataireChange>findByIdOptional(changeId)
                .orElseThrow(() -> ProblemException.notFound("Cette demande de changement n'existe pas."));
        access.requireDepartment(c.departmentId);
        if (c.version != version) {
            throw ProblemException.staleVersion();
        }
        return c;
    }

    private String departmentName(long departmentId) {
        return departments.find(departmentId).map(DepartmentView::name).orElse("Votre OCCE");
    }

    private ChangeView view(MandataireChange c, String code) {
        return views(List.of(c), Map.of(c.cooperativeId, code)).get(0);
    }

    private List<ChangeView> views(List<MandataireChange> items, Map<Long, String> codes) {
        Map<Long, List<DocumentView>> docs = documents.ofChanges(items.stream().map(c -> c.id).toList());
        return items.stream().map(c -> new ChangeView(c.id, c.cooperativeId, codes.get(c.cooperativeId), c.status, c.newMandataireName,
                c.newMandataireEmail, c.newMandatairePhone, c.newCoSignatories, c.createdAt, c.createdBy, c.decidedAt, c.decidedBy,
                c.refusalReason, docs.getOrDefault(c.id, List.of()), c.version)).toList();
    }

    private static ChangeView withoutDocuments(ChangeView v) {
        return new ChangeView(v.id(), v.cooperativeId(), v.cooperativeCode(), v.status(), v.newMandataireName(), v.newMandataireEmail(),
                v.newMandatairePhone(), v.newCoSignatories(), v.createdAt(), v.createdBy(), v.decidedAt(), v.decidedBy(),
                v.refusalReason(), List.of(), v.version());
    }

    private static AuditService.Change change(AuditAction action, MandataireChange c, Object before, Object after) {
        return new AuditService.Change(action, "MandataireChange", c.id, c.departmentId, c.cooperativeId, before, after);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
