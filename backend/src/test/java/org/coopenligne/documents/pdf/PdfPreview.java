package org.coopenligne.documents.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every document to /tmp/pdf-*.pdf to look at them (pdftoppm -png -r 60). Not a test. */
public final class PdfPreview {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
        PdfRenderer renderer = new PdfRenderer();
        Files.write(dir.resolve("pdf-engagement.pdf"), renderer.engagement(PdfFixtures.engagement()));
        Files.write(dir.resolve("pdf-membership.pdf"), renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.MEMBERSHIP)));
        Files.write(dir.resolve("pdf-insurance.pdf"), renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.INSURANCE)));
        Files.write(dir.resolve("pdf-mandataire-change.pdf"), renderer.mandataireChangeForm(PdfFixtures.mandataireChange()));
        Files.write(dir.resolve("pdf-long-membership.pdf"), renderer.certificate(
                PdfFixtures.certificate(CertificateData.Kind.MEMBERSHIP, PdfFixtures.LONG_NAME_COOPERATIVE)));
        Files.write(dir.resolve("pdf-long-engagement.pdf"), renderer.engagement(new EngagementData(
                PdfFixtures.DEFAULT_DEPARTMENT, PdfFixtures.LONG_NAME_COOPERATIVE, "2025-2026", 12, 231,
                new java.math.BigDecimal("12345.67"), null, false, new java.math.BigDecimal("2500"), null)));
    }

    private PdfPreview() {
    }
}
