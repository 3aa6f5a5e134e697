package org.coopenligne.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    private static final float SIZE = 10;

    private PDDocument document;
    private PDFont font;

    @BeforeEach
    void loadFont() throws IOException {
        document = new PDDocument();
        font = new PdfFonts(PdfFonts.Strategy.SHARED).load(document).regular();
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void shouldKeepShortTextOnOneLine() throws IOException {
        assertThat(TextWrap.wrap("École Publique Jules Ferry", font, SIZE, 300)).containsExactly("École Publique Jules Ferry");
    }

    @Test
    void shouldBreakAtSpacesWithEveryLineWithinWidth() throws IOException {
        String text = "Le mandataire s'engage à gérer la coopérative conformément aux statuts de l'OCCE, à tenir "
                + "la comptabilité et à produire chaque année les comptes rendus d'activités et financier.";

        List<String> lines = TextWrap.wrap(text, font, SIZE, 150);

        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        for (String line : lines) {
            assertThat(TextWrap.width(font, SIZE, line)).isLessThanOrEqualTo(150);
        }
    }

    @Test
    void shouldNotBreakInsideAmountsSchoolYearsOrAfterNumeroSign() throws IOException {
        String text = "Montant 1\u202F157,11\u00A0€ pour l'année scolaire 2025 - 2026 (n° 046-0410) : merci";

        for (float width = 120; width < 400; width += 7) {
            List<String> lines = TextWrap.wrap(text, font, SIZE, width);
            assertThat(lines).noneMatch(l -> l.endsWith("2025") || l.startsWith("-") || l.endsWith("-"))
                    .noneMatch(l -> l.endsWith("n°") || l.startsWith(":"))
                    .anyMatch(l -> l.contains("1\u202F157,11\u00A0€"));
        }
    }

    @Test
    void shouldCutAWordWiderThanTheLine() throws IOException {
        String url = "http://localhost:8080/verifier/ABCD-EFGH-JKLM";

        List<String> lines = TextWrap.wrap("sur " + url, font, SIZE, 90);

        assertThat(String.join("", lines).replace("sur", "")).isEqualTo(url);
        for (String line : lines) {
            assertThat(TextWrap.width(font, SIZE, line)).isLessThanOrEqualTo(90);
        }
    }

    @Test
    void shouldHonourLineFeeds() throws IOException {
        assertThat(TextWrap.wrap("Jean DUPONT\nMarie CURIE", font, SIZE, 400)).containsExactly("Jean DUPONT", "Marie CURIE");
    }
}
