package org.coopenligne.common.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static byte[] write(Object... cells) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row("a", "b").row(cells);
        }
        return out.toByteArray();
    }

    @Test
    void shouldStartWithTheUtf8ByteOrderMarkAndSeparateWithSemicolonsAndCrlf() throws Exception {
        byte[] bytes = write("École", 3);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("a;b\r\nÉcole;3\r\n");
    }

    @Test
    void shouldQuoteSemicolonsQuotesAndNewlinesAsRfc4180Says() throws Exception {
        String text = new String(write("Dupont; Durand", "L'école \"Jean Moulin\"", "ligne 1\nligne 2", "sans rien"),
                StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo("a;b\r\n\"Dupont; Durand\";\"L'école \"\"Jean Moulin\"\"\";\"ligne 1\nligne 2\";sans rien\r\n");
    }

    @Test
    void shouldWriteAmountsWithADecimalCommaDatesInTheFrenchOrderAndBooleansInFrench() throws Exception {
        String text = new String(write(new BigDecimal("1234.5"), new BigDecimal("-0.07"), LocalDate.of(2026, 9, 3), true, false, null),
                StandardCharsets.UTF_8).substring(1);
        assertThat(text).endsWith("\r\n1234,50;-0,07;03/09/2026;oui;non;\r\n");
    }

    @Test
    void shouldDefuseTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvWriter.format("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvWriter.format("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.format(-5)).isEqualTo("-5");
    }

    @Test
    void shouldReadBackWhatItWrites() throws Exception {
        byte[] bytes = write("Dupont; Durand", "L'école \"Jean Moulin\"", "ligne 1\r\nligne 2", "");
        List<CsvReader.Record> records = CsvReader.parse(CsvReader.utf8(bytes), ';');
        assertThat(records).hasSize(2);
        assertThat(records.get(1).cells()).containsExactly("Dupont; Durand", "L'école \"Jean Moulin\"", "ligne 1\r\nligne 2", "");
        assertThat(records.get(1).row()).isEqualTo(2);
    }

    @Test
    void shouldRefuseInvalidUtf8NamingItsRow() {
        byte[] latin1 = "numero;ecole\n1;Ecole\n2;\u00c9cole\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.utf8(latin1)).isInstanceOf(CsvReader.FormatException.class)
                .hasMessageContaining("UTF-8").satisfies(e -> assertThat(((CsvReader.FormatException) e).row).isEqualTo(3));
    }

    @Test
    void shouldRefuseAnUnclosedQuote() {
        assertThatThrownBy(() -> CsvReader.parse("a;b\n\"x;y\n", ';')).isInstanceOf(CsvReader.FormatException.class)
                .hasMessageContaining("Guillemet");
    }
}
