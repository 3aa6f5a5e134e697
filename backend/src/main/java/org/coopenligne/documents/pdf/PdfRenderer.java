package org.coopenligne.documents.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders the platform's PDF documents from plain data: the engagement du mandataire, the
 * attestation d'adhésion, the certificat d'assurance and the change-of-mandataire form. No
 * database, no I/O but the fonts read once from the classpath.
 * <p>
 * Thread-safe: one instance serves every request thread; each call builds its own
 * {@link PDDocument}. The fonts (DejaVu Sans regular and bold) are parsed once, on the first call
 * (about 0.3 s), then shared, and embedded as subsets (only the glyphs a document uses). A
 * certificate takes about 5 ms; see {@code bench/pdf}.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final String PRODUCER = "Coopérative en ligne";
    /** Room for the "Fait à …, le …" line, kept on the page of the signature boxes under it. */
    private static final float LEADING_SIGNATURE = 20;
    /**
     * Each document is meant to fit one A4 page; one with unusually long texts is laid out again at
     * these scales until it does, and flows onto more pages only past the last one.
     */
    private static final float[] SCALES = {1f, 0.9f, 0.8f};

    private final PdfFonts.Strategy fontStrategy;
    /** Parsed on first use, not in the constructor: ArC also runs the constructor for its client proxy. */
    private volatile PdfFonts fonts;

    public PdfRenderer() {
        this(PdfFonts.Strategy.SHARED);
    }

    PdfRenderer(PdfFonts.Strategy fontStrategy) {
        this.fontStrategy = fontStrategy;
    }

    private PdfFonts fonts() {
        PdfFonts loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                loaded = fonts;
                if (loaded == null) {
                    loaded = new PdfFonts(fontStrategy);
                    fonts = loaded;
                }
            }
        }
        return loaded;
    }

    // ---------------------------------------------------------------- public API

    public byte[] engagement(EngagementData data) {
        return toBytes(out -> engagement(data, out));
    }

    public void engagement(EngagementData data, OutputStream out) throws IOException {
        render(data.department(), "Engagement du mandataire", out, layout -> writeEngagement(layout, data));
    }

    public byte[] certificate(CertificateData data) {
        return toBytes(out -> certificate(data, out));
    }

    public void certificate(CertificateData data, OutputStream out) throws IOException {
        String title = data.kind() == CertificateData.Kind.MEMBERSHIP ? "Attestation d'adhésion" : "Certificat d'assurance";
        render(data.department(), title, out, layout -> {
            if (data.kind() == CertificateData.Kind.MEMBERSHIP) {
                writeMembership(layout, data);
            } else {
                writeInsurance(layout, data);
            }
        });
    }

    public byte[] mandataireChangeForm(MandataireChangeFormData data) {
        return toBytes(out -> mandataireChangeForm(data, out));
    }

    public void mandataireChangeForm(MandataireChangeFormData data, OutputStream out) throws IOException {
        render(data.department(), "Changement de mandataire et/ou de signataire(s)", out,
                layout -> writeMandataireChange(layout, data));
    }

    public byte[] financialReport(FinancialReportPrintData data) {
        return toBytes(out -> render(data.department(), (data.quitus() ? "Quitus " : "Compte-Rendu Financier ")
                + FrenchFormat.schoolYear(data.schoolYear()), out, false, layout -> FinancialReportPrint.write(layout, data)));
    }

    public byte[] aggregatedAccounts(AggregatedAccountsPrintData data) {
        return toBytes(out -> render(data.department(), "Comptes agrégés " + FrenchFormat.schoolYear(data.schoolYear()), out, false,
                layout -> AggregatedAccountsPrint.write(layout, data)));
    }

    public byte[] ledger(LedgerPrintData data) {
        return toBytes(out -> ledger(data, out));
    }

    /** The ledger of a year over as many pages as it takes (never scaled down), its header row and carried totals on each. */
    public void ledger(LedgerPrintData data, OutputStream out) throws IOException {
        render(data.department(), "Cahier de compta. " + FrenchFormat.schoolYear(data.schoolYear()), out, false,
                layout -> LedgerPrint.write(layout, data));
    }

    // ---------------------------------------------------------------- documents

    private void writeEngagement(PageLayout l, EngagementData d) throws IOException {
        CooperativeBlock coop = d.cooperative();
        String year = FrenchFormat.schoolYear(d.schoolYear());
        l.title("Engagement du mandataire — année scolaire " + year);

        schoolSection(l, coop, true);

        l.section("Mandataire et compte bancaire");
        l.row("Mandataire", PageLayout.joined(" — ", coop.mandataireName(), coop.mandataireEmail()), true);
        l.row("Co-signataires", orNone(coop.coSignatories()));
        l.row("Banque", coop.bankName());
        l.row("N° de compte", coop.bankAccount());

        l.section("Adhésion " + year);
        l.row("Adhérents", FrenchFormat.members(d.adults(), d.pupils(), "adhérent"));
        l.row("Montant dû", FrenchFormat.money(d.amountDue()), true);
        l.row("Moyen de paiement", d.paymentMeans() == null || d.paymentMeans().isBlank() ? "non choisi" : d.paymentMeans());
        l.row("Assurance", d.insured() ? "oui" : "non");
        l.row("Valeur déclarée des biens", FrenchFormat.money(d.propertyValue()));
        l.row("Valeur déclarée des instruments", FrenchFormat.money(d.instrumentValue()));

        l.section("Engagement");
        l.paragraph("Je soussigné(e), " + orBlank(coop.mandataireName()) + ", mandataire de la coopérative scolaire "
                + quoted(coop.schoolName()) + " (n° " + orBlank(coop.code()) + "), affiliée à "
                + FrenchFormat.object(d.department().name()) + " pour l'année scolaire " + year + ", m'engage à :");
        l.bullet("gérer la coopérative conformément aux statuts de l'OCCE et au règlement intérieur de "
                + "l'association départementale, dans l'intérêt éducatif des élèves ;");
        l.bullet("tenir la comptabilité de la coopérative (cahier de comptes et pièces justificatives) "
                + "et en conserver les justificatifs ;");
        l.bullet("produire chaque année le compte rendu d'activités et le compte rendu financier, "
                + "et les faire vérifier par les contrôleurs aux comptes avant de les transmettre à l'OCCE ;");
        l.bullet("n'utiliser le compte bancaire de la coopérative que pour ses activités, avec les "
                + "co-signataires désignés, et signaler sans délai tout changement de mandataire ou de signataire.");
        l.paragraph("Les informations ci-dessus sont exactes à ma connaissance.");

        l.space(6);
        l.ensure(LEADING_SIGNATURE + 72 + 10);
        l.paragraph("Fait à ______________________________, le ____ / ____ / ________");
        l.space(4);
        l.signatureBoxes(72,
                new String[] {"Le mandataire", "Les co-signataires"},
                new String[] {coop.mandataireName(), coop.coSignatories()});
    }

    private void writeMembership(PageLayout l, CertificateData d) throws IOException {
        CooperativeBlock coop = d.cooperative();
        String year = FrenchFormat.schoolYear(d.schoolYear());
        l.title("Attestation d'adhésion", "Année scolaire " + year);

        l.space(6);
        l.paragraph(FrenchFormat.subject(d.department().name()) + " atteste que la coopérative scolaire "
                + quoted(coop.schoolName()) + " (n° " + orBlank(coop.code()) + "), "
                + PageLayout.joined(", ", coop.addressLine(), PageLayout.joined(" ", coop.postalCode(), coop.city()))
                + ", est adhérente pour l'année scolaire " + year + ".", l.regular(), 11, PageLayout.TEXT, 0);

        schoolSection(l, coop, true);
        l.row("Mandataire", coop.mandataireName());

        l.section("Adhésion " + year);
        l.row("Adhérents", FrenchFormat.members(d.adults(), d.pupils(), "adhérent"), true);
        l.row("Code d'enregistrement", d.registrationCode(), true);
        l.row("Période", validity(d.schoolYear()));
        l.row("Délivrée le", FrenchFormat.date(d.issuedOn()));

        certified(l, d);
    }

    private void writeInsurance(PageLayout l, CertificateData d) throws IOException {
        CooperativeBlock coop = d.cooperative();
        String year = FrenchFormat.schoolYear(d.schoolYear());
        l.title("Certificat d'assurance", "Année scolaire " + year);

        l.space(6);
        l.paragraph(FrenchFormat.subject(d.department().name()) + " certifie que la coopérative scolaire "
                + quoted(coop.schoolName()) + " (n° " + orBlank(coop.code()) + "), "
                + PageLayout.joined(", ", coop.addressLine(), PageLayout.joined(" ", coop.postalCode(), coop.city()))
                + ", adhérente pour l'année scolaire " + year + ", est assurée dans les conditions ci-dessous.",
                l.regular(), 11, PageLayout.TEXT, 0);

        l.section("Assurance");
        if (PageLayout.notBlank(d.department().insurerContract())) {
            l.row("Contrat", d.department().insurerContract(), true);
        }
        l.row("Personnes assurées", FrenchFormat.members(d.adults(), d.pupils(), "personne"), true);
        l.row("Biens de la coopérative", coverage(d.propertyValue(), d.propertyThreshold()));
        l.row("Instruments de musique", coverage(d.instrumentValue(), d.instrumentThreshold()));
        l.row("Validité", validity(d.schoolYear()), true);

        schoolSection(l, coop, false);
        l.row("Mandataire", coop.mandataireName());
        l.row("Code d'enregistrement", d.registrationCode(), true);
        l.row("Délivré le", FrenchFormat.date(d.issuedOn()));

        certified(l, d);
    }

    private void writeMandataireChange(PageLayout l, MandataireChangeFormData d) throws IOException {
        CooperativeBlock coop = d.cooperative();
        String year = FrenchFormat.schoolYear(d.schoolYear());
        String account = PageLayout.notBlank(coop.bankName()) && coop.bankAccount() != null
                && !coop.bankAccount().contains(coop.bankName().strip())
                ? orBlank(coop.bankAccount()) + " (" + coop.bankName().strip() + ")"
                : orBlank(coop.bankAccount());
        l.title("Changement de mandataire et/ou de signataire(s)",
                "Changement pour le compte bancaire n° " + account,
                "Année scolaire " + year);

        schoolSection(l, coop, false);

        l.section("Situation actuelle");
        l.row("Mandataire", PageLayout.joined(" — ", coop.mandataireName(), coop.mandataireEmail()), true);
        l.row("Co-signataires", orNone(coop.coSignatories()));

        l.section("Nature du changement");
        l.checkbox("Changement de mandataire");
        l.checkbox("Changement de co-signataire(s) du compte bancaire");

        l.section("Nouveau mandataire et nouveaux signataires");
        l.formGrid(
                new String[] {"Nouveau mandataire", "Signataire 1", "Signataire 2"},
                new String[] {"Nom", "Prénom", "Adresse", "Date de naissance", "Courriel", "Téléphone"},
                new float[] {20, 20, 40, 20, 20, 20},
                92);

        l.section("Pièces à joindre pour chaque nouvelle personne");
        l.bullet("copie recto/verso de la pièce d'identité ;");
        l.bullet("justificatif de domicile de moins de 3 mois.");

        l.space(6);
        l.ensure(LEADING_SIGNATURE + 70 + 10);
        l.paragraph("Fait à ______________________________, le ____ / ____ / ________");
        l.space(2);
        l.signatureBoxes(70,
                new String[] {"Le mandataire sortant", "Le nouveau mandataire", "Les nouveaux signataires"},
                new String[] {coop.mandataireName(), null, null});
    }

    // ---------------------------------------------------------------- pieces

    /** The cooperative's block of a document: its name, number, school type (when asked), address and UAI code. */
    private static void schoolSection(PageLayout l, CooperativeBlock coop, boolean withType) throws IOException {
        l.section("Coopérative scolaire");
        l.row("Nom", coop.schoolName(), true);
        l.row("Numéro", coop.code());
        if (withType) {
            l.row("Type d'école", coop.schoolType());
        }
        l.row("Adresse", address(coop));
        l.row("Code UAI", coop.uai());
    }

    /** The end of a certificate: the usual formula, then the box that lets anyone check the document. */
    private void certified(PageLayout l, CertificateData d) throws IOException {
        l.space(8);
        l.paragraph("Ce document est délivré pour servir et valoir ce que de droit.");
        l.space(6);
        verificationBox(l, d);
    }

    private void verificationBox(PageLayout l, CertificateData d) throws IOException {
        l.box("Code de vérification : " + orBlank(d.verificationCode()),
                "Vérifiez l'authenticité de ce document sur " + orBlank(d.verificationUrl()),
                d.verificationUrl());
    }

    /** "0,00 € est inférieur à 2 000,00 € : couverture de base de 2 000,00 €", or the declared value. */
    static String coverage(BigDecimal declared, BigDecimal threshold) {
        BigDecimal value = declared == null ? BigDecimal.ZERO : declared;
        if (threshold != null && value.compareTo(threshold) < 0) {
            return FrenchFormat.money(value) + " est inférieur à " + FrenchFormat.money(threshold)
                    + " : couverture de base de " + FrenchFormat.money(threshold);
        }
        return "valeur déclarée de " + FrenchFormat.money(value);
    }

    /** "du 01/09/2025 au 31/08/2026". */
    static String validity(String schoolYear) {
        int first;
        try {
            first = FrenchFormat.firstYear(schoolYear);
        } catch (RuntimeException e) {
            return "année scolaire " + FrenchFormat.schoolYear(schoolYear);
        }
        return "du " + FrenchFormat.date(LocalDate.of(first, 9, 1)) + " au " + FrenchFormat.date(LocalDate.of(first + 1, 8, 31));
    }

    private static String address(CooperativeBlock coop) {
        return PageLayout.joined(", ", coop.addressLine(), PageLayout.joined(" ", coop.postalCode(), coop.city()));
    }

    private static String quoted(String name) {
        return "«\u00A0" + orBlank(name) + "\u00A0»";
    }

    private static String orBlank(String s) {
        return s == null ? "" : s.strip();
    }

    private static String orNone(String s) {
        return PageLayout.notBlank(s) ? s.strip() : "aucun";
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    interface Content {
        void write(PageLayout layout) throws IOException;
    }

    @FunctionalInterface
    private interface Rendering {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] toBytes(Rendering rendering) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        try {
            rendering.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Le document PDF n'a pas pu être produit", e);
        }
        return out.toByteArray();
    }

    private void render(DepartmentBlock department, String title, OutputStream out, Content content) throws IOException {
        render(department, title, out, true, content);
    }

    /** {@code onePage}: laid out again at the smaller {@link #SCALES} until it fits one page (the certificates and forms). */
    private void render(DepartmentBlock department, String title, OutputStream out, boolean onePage, Content content) throws IOException {
        for (int attempt = 0; ; attempt++) {
            boolean last = !onePage || attempt == SCALES.length - 1;
            try (PDDocument document = new PDDocument()) {
                PdfFonts.DocumentFonts documentFonts = fonts().load(document);
                PageLayout layout = new PageLayout(document, documentFonts, department, SCALES[attempt]);
                content.write(layout);
                if (layout.pageCount() > 1 && !last) {
                    continue; // too long for one page: lay it out again, a little smaller
                }
                layout.finish();
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(title);
                info.setAuthor(department.name());
                info.setCreator(PRODUCER);
                info.setProducer(PRODUCER);
                info.setCreationDate(GregorianCalendar.getInstance());
                document.getDocumentCatalog().setLanguage("fr-FR");
                document.save(out);
                return;
            }
        }
    }
}
