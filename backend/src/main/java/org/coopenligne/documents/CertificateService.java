package org.coopenligne.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.adhesion.AdhesionEvents;
import org.coopenligne.adhesion.AdhesionService;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.documents.CertificateDtos.CertificateView;
import org.coopenligne.documents.CertificateDtos.Verification;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates of validated adhesions: issued on validation (the insurance one only when insured), revoked when
 * staff reopen the adhesion, verifiable by anyone from their code, rendered as PDF on demand.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    /** No 0/O, 1/I/L: a code read from paper must not be ambiguous. 12 characters of 32: 60 bits. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject AdhesionService adhesions;
    @Inject CooperativeService cooperatives;
    @Inject DepartmentService departments;
    @Inject PdfDocuments pdf;
    @Inject AuditService audit;
    @Inject Clock clock;

    @ConfigProperty(name = "coop.public-url")
    String publicUrl;

    void issue(@Observes AdhesionEvents.Validated v) {
        revokeCurrent(v.adhesionId());
        issue(v, Certificate.Kind.MEMBERSHIP);
        if (v.insured()) {
            issue(v, Certificate.Kind.INSURANCE);
        }
    }

    void revoke(@Observes AdhesionEvents.Reopened r) {
        revokeCurrent(r.adhesionId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CertificateView> ofAdhesion(long adhesionId) {
        adhesions.view(adhesionId); // access check
        return current(adhesionId).stream().map(this::view).toList();
    }

    /** The PDF of a current certificate; 404 before validation and after a reopening. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdf(long adhesionId, Certificate.Kind kind) {
        AdhesionView a = adhesions.view(adhesionId); // access check
        Certificate c = current(adhesionId).stream().filter(x -> x.kind == kind).findFirst().orElseThrow(() ->
                ProblemException.notFound(kind == Certificate.Kind.INSURANCE && a.review().registrationCode() != null && !a.declarations().insured()
                        ? "La coopérative n'est pas assurée cette année : il n'y a pas de certificat d'assurance."
                        : "Ce document sera disponible une fois l'adhésion validée par l'OCCE."));
        return pdf.certificate(a, c.kind, c.verificationCode, verificationUrl(c.verificationCode), c.issuedAt);
    }

    /** Public: whether a code belongs to a genuine certificate, and whether it is still valid. Nothing private. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String code) {
        String normalized = normalize(code);
        Certificate c = normalized == null ? null
                : Certificate.<Certificate>find("verificationCode", normalized).firstResult();
        if (c == null) {
            throw ProblemException.notFound("Aucun document de Coopérative en ligne ne porte ce code de vérification. "
                    + "Vérifiez la saisie (12 caractères, par exemple K7QF-2M9D-XW4C).");
        }
        CooperativeView coop = cooperatives.find(c.cooperativeId).orElseThrow();
        String department = departments.find(c.departmentId).map(DepartmentView::name).orElse("");
        return new Verification(c.verificationCode, c.kind, CertificateDtos.title(c.kind), c.revokedAt == null, department,
                coop.code(), coop.schoolName(), coop.city(), c.schoolYear, c.registrationCode, c.issuedAt, c.revokedAt);
    }

    static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String compact = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (compact.length() != 12) {
            return null;
        }
        return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
    }

    static String newCode() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                b.append('-');
            }
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    private void issue(AdhesionEvents.Validated v, Certificate.Kind kind) {
        Certificate c = new Certificate();
        c.adhesionId = v.adhesionId();
        c.departmentId = v.departmentId();
        c.cooperativeId = v.cooperativeId();
        c.schoolYear = v.schoolYear();
        c.registrationCode = v.registrationCode();
        c.kind = kind;
        c.verificationCode = newCode();
        c.issuedAt = clock.instant();
        c.persist();
        audit.record(new AuditService.Change(AuditAction.CERTIFICATE_ISSUED, "Certificate", c.id, c.departmentId, c.cooperativeId, null,
                Map.of("kind", kind, "verificationCode", c.verificationCode, "adhesionId", c.adhesionId)));
    }

    private void revokeCurrent(long adhesionId) {
        Instant now = clock.instant();
        for (Certificate c : current(adhesionId)) {
            c.revokedAt = now;
            audit.record(new AuditService.Change(AuditAction.CERTIFICATE_REVOKED, "Certificate", c.id, c.departmentId, c.cooperativeId,
                    Map.of("verificationCode", c.verificationCode), Map.of("revokedAt", now)));
        }
    }

    private static List<Certificate> current(long adhesionId) {
        return Certificate.list("adhesionId = ?1 and revokedAt is null order by kind", adhesionId);
    }

    private String verificationUrl(String code) {
        return publicUrl.replaceAll("/+$", "") + "/verifier/" + code;
    }

    private CertificateView view(Certificate c) {
        return new CertificateView(c.kind, CertificateDtos.title(c.kind), c.verificationCode, verificationUrl(c.verificationCode),
                c.issuedAt, "/api/adhesions/" + c.adhesionId + "/certificates/" + c.kind);
    }
}
