package org.coopenligne.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopenligne.documents.pdf.PdfFixtures.DEFAULT_COOPERATIVE;
import static org.coopenligne.documents.pdf.PdfFixtures.DEFAULT_DEPARTMENT;
import static org.coopenligne.documents.pdf.PdfFixtures.LONG_NAME_COOPERATIVE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    /** "1 157,11 €" exactly as Money#format() writes it: U+202F between thousands, U+00A0 before €. */
    private static final String AMOUNT_1157_11 = "1\u202F157,11\u00A0€";

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void shouldPrintEngagementWithCooperativeMandataireBankAndFigures() {
        byte[] pdf = renderer.engagement(PdfFixtures.engagement());

        assertThat(pdf).startsWith("%PDF-".getBytes());
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("Engagement du mandataire — année scolaire 2025 - 2026")
                .contains("OCCE du Lot", "304 rue Victor Hugo", "46000 CAHORS", "ad46@occe.coop", "05 65 22 19 07")
                .contains("École Publique Jules Ferry", "046-0410", "2 place de la Mairie, 46100 LA ROSE", "0460410N")
                .contains("Jean DUPONT", "jean.dupont@ac-toulouse.fr", "Françoise LÉGER, Noël BÈGUE")
                .contains("Banque Postale", "9 999 99 X")
                .contains("4 adultes, 57 élèves, soit 61 adhérents")
                .contains("Montant dû " + AMOUNT_1157_11)
                .contains("Moyen de paiement Virement bancaire")
                .contains("Assurance oui")
                .contains("Valeur déclarée des biens 0,00\u00A0€")
                .contains("Valeur déclarée des instruments 18\u202F500,00\u00A0€")
                .contains("Fait à ", "Le mandataire", "Les co-signataires")
                .contains("Page 1 / 1");
        assertThat(PdfText.flat(pdf))
                .contains("affiliée à l'OCCE du Lot pour l'année scolaire 2025 - 2026")
                .contains("statuts de l'OCCE")
                .contains("tenir la comptabilité")
                .contains("compte rendu d'activités et le compte rendu financier")
                .contains("les faire vérifier");
    }

    @Test
    void shouldSayWhenNoPaymentMeansIsChosenAndNotInsured() {
        EngagementData data = new EngagementData(DEFAULT_DEPARTMENT, DEFAULT_COOPERATIVE, "2025-2026", 0, 0,
                null, null, false, null, null);

        String text = PdfText.of(renderer.engagement(data));

        assertThat(text)
                .contains("0 adulte, 0 élève, soit 0 adhérent")
                .contains("Montant dû 0,00\u00A0€")
                .contains("Moyen de paiement non choisi")
                .contains("Assurance non");
    }

    @Test
    void shouldPrintMembershipCertificateWithRegistrationAndVerificationCodes() {
        byte[] pdf = renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.MEMBERSHIP));

        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("Attestation d'adhésion")
                .contains("Année scolaire 2025 - 2026")
                .contains("4 adultes, 57 élèves, soit 61 adhérents")
                .contains("Code d'enregistrement 25/0035 A")
                .contains("Délivrée le 23/11/2026")
                .contains("Code de vérification : ABCD-EFGH-JKLM")
                .doesNotContain("Certificat d'assurance");
        assertThat(PdfText.flat(pdf))
                .contains("L'OCCE du Lot atteste que la coopérative scolaire «\u00A0École Publique Jules Ferry\u00A0» (n° 046-0410)")
                .contains("est adhérente pour l'année scolaire 2025 - 2026")
                .contains("Vérifiez l'authenticité de ce document sur http://localhost:8080/verifier/ABCD-EFGH-JKLM");
    }

    @Test
    void shouldLinkVerificationUrl() throws IOException {
        byte[] pdf = renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.MEMBERSHIP));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDAnnotation> annotations = document.getPage(0).getAnnotations();
            assertThat(annotations).singleElement().isInstanceOf(PDAnnotationLink.class);
            PDAnnotationLink link = (PDAnnotationLink) annotations.get(0);
            assertThat(((PDActionURI) link.getAction()).getURI()).isEqualTo("http://localhost:8080/verifier/ABCD-EFGH-JKLM");
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(link.getRectangle().getUpperRightX()).isLessThanOrEqualTo(page.getWidth());
        }
    }

    @Test
    void shouldPrintInsuranceCertificateWithBaseCoverageUnderThreshold() {
        byte[] pdf = renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.INSURANCE));

        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("Certificat d'assurance")
                .contains("Contrat MAE contrat n° 1234")
                .contains("Personnes assurées 4 adultes, 57 élèves, soit 61 personnes")
                .contains("Instruments de musique valeur déclarée de 18\u202F500,00\u00A0€")
                .contains("Validité du 01/09/2025 au 31/08/2026")
                .contains("Code d'enregistrement 25/0035 A")
                .contains("Délivré le 23/11/2026")
                .contains("Code de vérification : ABCD-EFGH-JKLM")
                .doesNotContain("Attestation d'adhésion");
        assertThat(PdfText.flat(pdf))
                .contains("Biens de la coopérative 0,00\u00A0€ est inférieur à 2\u202F000,00\u00A0€ : couverture de base de 2\u202F000,00\u00A0€")
                .contains("Vérifiez l'authenticité de ce document sur http://localhost:8080/verifier/ABCD-EFGH-JKLM");
    }

    @Test
    void shouldPrintDeclaredValuesAtOrAboveThresholds() {
        CertificateData base = PdfFixtures.certificate(CertificateData.Kind.INSURANCE);
        CertificateData data = new CertificateData(base.kind(), base.department(), base.cooperative(), base.schoolYear(),
                base.adults(), base.pupils(), new BigDecimal("2000"), new BigDecimal("14999.99"),
                base.propertyThreshold(), base.instrumentThreshold(), base.registrationCode(), base.verificationCode(),
                base.verificationUrl(), base.issuedOn());

        String text = PdfText.flat(renderer.certificate(data));

        assertThat(text)
                .contains("Biens de la coopérative valeur déclarée de 2\u202F000,00\u00A0€")
                .contains("Instruments de musique 14\u202F999,99\u00A0€ est inférieur à 15\u202F000,00\u00A0€ : couverture de base de 15\u202F000,00\u00A0€");
    }

    @Test
    void shouldLeaveOutContractLineWhenDepartmentHasNone() {
        DepartmentBlock noContract = new DepartmentBlock("046", "OCCE du Lot", "304 rue Victor Hugo", "46000", "CAHORS",
                "ad46@occe.coop", "05 65 22 19 07", null);
        CertificateData base = PdfFixtures.certificate(CertificateData.Kind.INSURANCE);
        CertificateData data = new CertificateData(base.kind(), noContract, base.cooperative(), base.schoolYear(),
                base.adults(), base.pupils(), base.propertyValue(), base.instrumentValue(), base.propertyThreshold(),
                base.instrumentThreshold(), base.registrationCode(), base.verificationCode(), base.verificationUrl(),
                base.issuedOn());

        assertThat(PdfText.of(renderer.certificate(data))).doesNotContain("Contrat").contains("Personnes assurées");
    }

    @Test
    void shouldPrintMandataireChangeFormWithAccountAndFieldsToFill() {
        byte[] pdf = renderer.mandataireChangeForm(PdfFixtures.mandataireChange());

        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("Changement de mandataire et/ou de signataire(s)")
                .contains("Changement pour le compte bancaire n° 9 999 99 X (Banque Postale)")
                .contains("Année scolaire 2025 - 2026")
                .contains("École Publique Jules Ferry", "046-0410", "0460410N")
                .contains("Mandataire Jean DUPONT — jean.dupont@ac-toulouse.fr")
                .contains("Co-signataires Françoise LÉGER, Noël BÈGUE")
                .contains("Nouveau mandataire", "Signataire 1", "Signataire 2")
                .contains("Nom", "Prénom", "Adresse", "Date de naissance", "Courriel", "Téléphone")
                .contains("copie recto/verso de la pièce d'identité")
                .contains("justificatif de domicile de moins de 3 mois")
                .contains("Le mandataire sortant", "Le nouveau mandataire", "Les nouveaux signataires");
    }

    @Test
    void shouldNotRepeatBankNameAlreadyInAccountNumber() {
        CooperativeBlock c = DEFAULT_COOPERATIVE;
        CooperativeBlock coop = new CooperativeBlock(c.code(), c.schoolName(), c.schoolType(), c.addressLine(),
                c.postalCode(), c.city(), c.uai(), c.mandataireName(), c.mandataireEmail(), null, "Banque Postale",
                "9 999 99 X (Banque Postale)");

        String text = PdfText.of(renderer.mandataireChangeForm(new MandataireChangeFormData(DEFAULT_DEPARTMENT, coop, "2025-2026")));

        assertThat(text)
                .contains("Changement pour le compte bancaire n° 9 999 99 X (Banque Postale)")
                .doesNotContain("(Banque Postale) (Banque Postale)")
                .contains("Co-signataires aucun");
    }

    @Test
    void shouldWrapLongNamesWithAccentsAndKeepEveryDocumentOnOnePage() {
        EngagementData engagement = new EngagementData(DEFAULT_DEPARTMENT, LONG_NAME_COOPERATIVE, "2025-2026", 12, 231,
                new BigDecimal("12345.67"), null, false, new BigDecimal("2500"), null);
        List<byte[]> pdfs = List.of(
                renderer.engagement(engagement),
                renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.MEMBERSHIP, LONG_NAME_COOPERATIVE)),
                renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.INSURANCE, LONG_NAME_COOPERATIVE)),
                renderer.mandataireChangeForm(new MandataireChangeFormData(DEFAULT_DEPARTMENT, LONG_NAME_COOPERATIVE, "2025-2026")));

        for (byte[] pdf : pdfs) {
            assertThat(PdfText.pages(pdf)).isEqualTo(1);
            assertThat(PdfText.flat(pdf))
                    .contains("Groupe scolaire intercommunal « Cœur de Loire » — école maternelle et élémentaire publique "
                            + "François-Rabelais des Garçons et des Filles réunis")
                    .contains("Anne-Sophie LEFÈVRE-DE LA ROCHEFOUCAULD")
                    .contains("SAINT-CÉRÉ");
        }
        assertThat(PdfText.of(pdfs.get(0))).contains("12\u202F345,67\u00A0€", "Jérôme GARÇON, Cécile MÜLLER, Ève NOËL");
        assertThat(PdfText.flat(pdfs.get(0))).contains("anne-sophie.lefevre-de-la-rochefoucauld@ac-toulouse.fr");
    }

    @Test
    void shouldKeepAllTextInsideThePage() throws IOException {
        EngagementData engagement = new EngagementData(DEFAULT_DEPARTMENT, LONG_NAME_COOPERATIVE, "2025-2026", 12, 231,
                new BigDecimal("12345.67"), null, false, new BigDecimal("2500"), null);
        for (byte[] pdf : List.of(renderer.engagement(engagement), renderer.engagement(PdfFixtures.engagement()),
                renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.INSURANCE, LONG_NAME_COOPERATIVE)),
                renderer.mandataireChangeForm(PdfFixtures.mandataireChange()))) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                TextBounds bounds = new TextBounds();
                bounds.getText(document);
                PDRectangle page = document.getPage(0).getMediaBox();
                assertThat(bounds.minX).isGreaterThanOrEqualTo(30f);
                assertThat(bounds.maxX).isLessThanOrEqualTo(page.getWidth() - 30f);
                assertThat(bounds.minY).isGreaterThanOrEqualTo(30f);
            }
        }
    }

    @Test
    void shouldReplaceCharactersTheFontLacks() {
        CooperativeBlock c = DEFAULT_COOPERATIVE;
        CooperativeBlock coop = new CooperativeBlock(c.code(), "École des Lilas \uD83C\uDF38\tet\u0007 des 学校", c.schoolType(),
                c.addressLine(), c.postalCode(), c.city(), c.uai(), c.mandataireName(), c.mandataireEmail(), null,
                c.bankName(), c.bankAccount());

        String text = PdfText.of(renderer.mandataireChangeForm(new MandataireChangeFormData(DEFAULT_DEPARTMENT, coop, "2025-2026")));

        assertThat(text).contains("École des Lilas ? et des ??");
    }

    @Test
    void shouldEmbedDejaVuSansAsSubsetType0Fonts() throws IOException {
        byte[] pdf = renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.INSURANCE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
                PDType0Font type0 = (PDType0Font) font;
                assertThat(type0.getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
                assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.endsWith("+DejaVuSans"))
                    .anyMatch(n -> n.endsWith("+DejaVuSans-Bold"));
        }
        // a subset, not the 700 KB fonts
        assertThat(pdf.length).isLessThan(80_000);
    }

    @Test
    void shouldWriteSameDocumentToAStream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.MEMBERSHIP), out);

        assertThat(PdfText.of(out.toByteArray())).isEqualTo(PdfText.of(renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.MEMBERSHIP))));
    }

    @Test
    void shouldRenderTheSameWhenFontsAreParsedForEachDocument() throws IOException {
        PdfRenderer perDocument = new PdfRenderer(PdfFonts.Strategy.PARSE_PER_DOCUMENT);
        CertificateData data = PdfFixtures.certificate(CertificateData.Kind.INSURANCE);

        byte[] shared = renderer.certificate(data);
        byte[] parsed = perDocument.certificate(data);

        assertThat(PdfText.of(parsed)).isEqualTo(PdfText.of(shared));
        assertThat(embeddedFontFiles(parsed).get(0)).isEqualTo(embeddedFontFiles(shared).get(0));
    }

    @Test
    void shouldRenderReadableDocumentsFromManyThreadsAtOnce() throws Exception {
        int threads = 8;
        int perThread = Integer.getInteger("pdf.test.perThread", 20);
        List<Callable<byte[]>> kinds = List.of(
                () -> renderer.engagement(PdfFixtures.engagement()),
                () -> renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.MEMBERSHIP)),
                () -> renderer.certificate(PdfFixtures.certificate(CertificateData.Kind.INSURANCE, LONG_NAME_COOPERATIVE)),
                () -> renderer.mandataireChangeForm(PdfFixtures.mandataireChange()));
        // what each document reads like, and the glyphs it embeds, when rendered alone
        List<String> expectedText = new ArrayList<>();
        List<List<byte[]>> expectedFonts = new ArrayList<>();
        for (Callable<byte[]> kind : kinds) {
            byte[] pdf = kind.call();
            expectedText.add(PdfText.of(pdf));
            expectedFonts.add(embeddedFontFiles(pdf));
        }

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<byte[]> pdfs = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        pdfs.add(kinds.get((thread + i) % kinds.size()).call());
                    }
                    return pdfs;
                }));
            }
            int checked = 0;
            for (int t = 0; t < threads; t++) {
                List<byte[]> pdfs = results.get(t).get(120, TimeUnit.SECONDS);
                for (int i = 0; i < perThread; i++) {
                    int kind = (t + i) % kinds.size();
                    byte[] pdf = pdfs.get(i);
                    assertThat(PdfText.of(pdf)).isEqualTo(expectedText.get(kind));
                    List<byte[]> fonts = embeddedFontFiles(pdf);
                    assertThat(fonts).hasSameSizeAs(expectedFonts.get(kind));
                    for (int f = 0; f < fonts.size(); f++) {
                        assertThat(fonts.get(f)).isEqualTo(expectedFonts.get(kind).get(f));
                    }
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The bytes of the embedded font programs, regular then bold. */
    private static List<byte[]> embeddedFontFiles(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDType0Font> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add((PDType0Font) resources.getFont(name));
            }
            fonts.sort(java.util.Comparator.comparing(PDFont::getName, java.util.Comparator.comparing(n -> n.substring(7))));
            List<byte[]> files = new ArrayList<>();
            for (PDType0Font font : fonts) {
                files.add(font.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray());
            }
            return files;
        }
    }

    /** The extent of all the glyphs drawn on a page. */
    private static final class TextBounds extends org.apache.pdfbox.text.PDFTextStripper {
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;

        TextBounds() throws IOException {
        }

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
            for (org.apache.pdfbox.text.TextPosition p : positions) {
                minX = Math.min(minX, p.getXDirAdj());
                maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
                minY = Math.min(minY, p.getPageHeight() - p.getYDirAdj());
            }
        }
    }
}
