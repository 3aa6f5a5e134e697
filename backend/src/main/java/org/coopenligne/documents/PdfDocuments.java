package org.coopenligne.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentSettingsService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.documents.pdf.CertificateData;
import org.coopenligne.documents.pdf.CooperativeBlock;
import org.coopenligne.documents.pdf.AggregatedAccountsPrintData;
import org.coopenligne.documents.pdf.DepartmentBlock;
import org.coopenligne.documents.pdf.EngagementData;
import org.coopenligne.documents.pdf.FinancialReportPrintData;
import org.coopenligne.documents.pdf.LedgerPrintData;
import org.coopenligne.documents.pdf.MandataireChangeFormData;
import org.coopenligne.documents.pdf.PdfRenderer;
import org.coopenligne.tariff.PaymentMeans;

/** Fills the PDF renderers from the platform's views (the caller checked access). */
@ApplicationScoped
public class PdfDocuments {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject PdfRenderer renderer;
    @Inject CooperativeService cooperatives;
    @Inject DepartmentService departments;
    @Inject DepartmentSettingsService settings;

    public byte[] engagement(AdhesionView a) {
        CooperativeView coop = cooperatives.find(a.cooperativeId()).orElseThrow();
        return renderer.engagement(new EngagementData(department(coop.departmentId()), cooperative(coop), a.schoolYear(),
                a.totals().adults(), a.totals().pupils(),
                a.submittedAmount() != null ? a.submittedAmount() : a.fee() == null ? null : a.fee().total().amount(),
                paymentLabel(a.declarations().paymentMeans()), a.declarations().insured(),
                a.declarations().propertyValue(), a.declarations().instrumentValue()));
    }

    public byte[] certificate(AdhesionView a, Certificate.Kind kind, String verificationCode, String verificationUrl, Instant issuedAt) {
        CooperativeView coop = cooperatives.find(a.cooperativeId()).orElseThrow();
        return renderer.certificate(new CertificateData(CertificateData.Kind.valueOf(kind.name()), department(coop.departmentId()),
                cooperative(coop), a.schoolYear(), a.totals().adults(), a.totals().pupils(), a.declarations().propertyValue(),
                a.declarations().instrumentValue(), a.campaign().propertyThreshold(), a.campaign().instrumentThreshold(),
                a.review().registrationCode(), verificationCode, verificationUrl, LocalDate.ofInstant(issuedAt, PARIS)));
    }

    public byte[] mandataireChangeForm(CooperativeView coop, String schoolYear) {
        return renderer.mandataireChangeForm(new MandataireChangeFormData(department(coop.departmentId()), cooperative(coop), schoolYear));
    }

    /** The ledger of a year, printed: the ledger gives its figures, this adds the department's and the cooperative's blocks. */
    public byte[] ledger(CooperativeView coop, java.util.function.BiFunction<DepartmentBlock, CooperativeBlock, LedgerPrintData> data) {
        return renderer.ledger(data.apply(department(coop.departmentId()), cooperative(coop)));
    }

    /** The financial report of a year, or its quitus, printed: the report gives its figures, this adds the blocks. */
    public byte[] financialReport(CooperativeView coop,
            java.util.function.BiFunction<DepartmentBlock, CooperativeBlock, FinancialReportPrintData> data) {
        return renderer.financialReport(data.apply(department(coop.departmentId()), cooperative(coop)));
    }

    /** The department's aggregated accounts of a year, printed: the reports give the figures, this adds the department's block. */
    public byte[] aggregatedAccounts(long departmentId, java.util.function.Function<DepartmentBlock, AggregatedAccountsPrintData> data) {
        return renderer.aggregatedAccounts(data.apply(department(departmentId)));
    }

    private DepartmentBlock department(long id) {
        DepartmentView d = departments.find(id).orElseThrow();
        return new DepartmentBlock(d.code(), d.name(), d.addressLine(), d.postalCode(), d.city(), d.email(), d.phone(),
                settings.insurerContract(id).orElse(null));
    }

    private static CooperativeBlock cooperative(CooperativeView c) {
        return new CooperativeBlock(c.code(), c.schoolName(), c.schoolType(), c.addressLine(), c.postalCode(), c.city(), c.uai(),
                c.mandataireName(), c.mandataireEmail(), c.coSignatories(), c.bankName(), c.bankAccount());
    }

    /** The seeds' wording of each payment means. */
    public static String paymentLabel(PaymentMeans means) {
        if (means == null) {
            return null;
        }
        return means.label;
    }
}
