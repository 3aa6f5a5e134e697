package org.coopenligne.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.coopenligne.adhesion.Adhesion;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.TimeConfig;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.support.Fixtures;
import org.coopenligne.tariff.PaymentMeans;

/**
 * A department of its own with seven cooperatives of 2025-2026 (deadline 30 September), one or more in each
 * status, whose figures the dashboard and list tests assert exactly:
 * <pre>
 * notStarted1, notStarted2   no adhesion
 * draft        DRAFT                 1 adult 10 pupils, 22.00 (not sent: not counted)
 * submittedA   SUBMITTED 3 Sept      2 / 20, 44.00, insured
 * submittedB   SUBMITTED 3 Sept      1 / 25, 52.00, cheque, payment received 52.00
 * correction   CORRECTION_REQUESTED  sent 30 August, 1 / 15, 32.00
 * validated    VALIDATED 10 Sept     3 / 30, 66.00, late, payment received 66.00
 * </pre>
 */
public record CampaignFixture(String department, Fixtures.Coop notStarted1, Fixtures.Coop notStarted2, Fixtures.Coop draft,
                              Fixtures.Coop submittedA, Fixtures.Coop submittedB, Fixtures.Coop correction, Fixtures.Coop validated) {

    public static final String YEAR = "2025-2026";

    public static CampaignFixture create(Fixtures fixtures) {
        String d = fixtures.newDepartment();
        CampaignFixture f = new CampaignFixture(d, fixtures.newActiveCooperative(d), fixtures.newActiveCooperative(d),
                fixtures.newActiveCooperative(d), fixtures.newActiveCooperative(d), fixtures.newActiveCooperative(d),
                fixtures.newActiveCooperative(d), fixtures.newActiveCooperative(d));
        adhesion(f.draft, AdhesionStatus.DRAFT, 1, 10, "22.00", null, false, null, false, null);
        adhesion(f.submittedA, AdhesionStatus.SUBMITTED, 2, 20, "44.00", at(9, 3), false, null, true, null);
        adhesion(f.submittedB, AdhesionStatus.SUBMITTED, 1, 25, "52.00", at(9, 3), false, "52.00", false, PaymentMeans.CHEQUE);
        adhesion(f.correction, AdhesionStatus.CORRECTION_REQUESTED, 1, 15, "32.00", at(8, 30), false, null, false, null);
        adhesion(f.validated, AdhesionStatus.VALIDATED, 3, 30, "66.00", at(9, 10), true, "66.00", false, null);
        return f;
    }

    /** Gives each cooperative an address of its own (or none), to tell their emails apart. */
    public static void setEmail(long cooperativeId, String mandataireEmail, String schoolEmail) {
        QuarkusTransaction.requiringNew().run(() -> {
            Cooperative c = Cooperative.findById(cooperativeId);
            c.mandataireEmail = mandataireEmail;
            c.schoolEmail = schoolEmail;
        });
    }

    private static Instant at(int month, int day) {
        return LocalDateTime.of(2025, month, day, 9, 30).atZone(TimeConfig.ZONE).toInstant();
    }

    private static void adhesion(Fixtures.Coop c, AdhesionStatus status, int adults, int pupils, String amount, Instant submittedAt,
                                 boolean late, String paid, boolean insured, PaymentMeans means) {
        QuarkusTransaction.requiringNew().run(() -> {
            Adhesion a = new Adhesion();
            a.cooperativeId = c.id();
            a.cooperativeCode = c.departmentCode() + "-" + c.number();
            a.departmentId = c.departmentId();
            a.schoolYear = YEAR;
            a.status = status;
            a.adults = adults;
            a.pupils = pupils;
            a.lineCount = 1;
            a.amount = new BigDecimal(amount);
            a.submittedAmount = submittedAt == null ? null : new BigDecimal(amount);
            a.submittedAt = submittedAt;
            a.late = late;
            a.insured = insured;
            a.paymentMeans = means;
            a.paymentReceived = paid != null;
            a.paymentAmount = paid == null ? null : new BigDecimal(paid);
            a.createdAt = Instant.parse("2025-08-25T08:00:00Z");
            a.updatedAt = a.createdAt;
            a.persist();
        });
    }
}
