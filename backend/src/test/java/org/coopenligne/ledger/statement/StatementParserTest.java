package org.coopenligne.ledger.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The statement of SPEC's worked example, as four banks give it: the same five movements and closing balance from each shape. */
public class StatementParserTest {

    public static byte[] sample(String name) {
        try (InputStream in = StatementParserTest.class.getResourceAsStream("/statements/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StatementParser.Parsed parse(byte[] bytes) {
        return StatementParser.parse(bytes, null, names -> null);
    }

    private static StatementParser.Parsed parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"banque-signed-cp1252.csv", "banque-debit-credit-utf8.csv", "releve.ofx", "releve-camt053.xml"})
    void shouldReadTheSameMovementsFromEveryShape(String file) {
        StatementParser.Parsed parsed = parse(sample(file));

        assertThat(parsed.lines()).extracting(StatementParser.Line::date).containsExactly(LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 25),
                LocalDate.of(2025, 10, 17), LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 16));
        assertThat(parsed.lines()).extracting(StatementParser.Line::amount).containsExactly(new BigDecimal("600.00"), new BigDecimal("-136.99"),
                new BigDecimal("-180.00"), new BigDecimal("300.00"), new BigDecimal("200.00"));
        // the lines sum to the movement of the year: 800,00 + 783,01 = 1 583,01
        assertThat(parsed.lines().stream().map(StatementParser.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("783.01");
        assertThat(parsed.closingBalance()).isEqualByComparingTo("1583.01");
        assertThat(parsed.closingDate()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(parsed.lines().get(2).chequeNumber()).isEqualTo("0001");
        // a deposit of cheques is not a cheque of the cooperative's own
        assertThat(parsed.lines().get(0).chequeNumber()).isNull();
        assertThat(parsed.lines().get(4).label()).isEqualTo("VERSEMENT ESPECES");
    }

    @Test
    void shouldReadWindows1252AccentsAndCommaSeparatedFiles() {
        StatementParser.Parsed parsed = parse(sample("banque-signed-cp1252.csv"));
        assertThat(parsed.columns()).containsExactly("Date", "Libellé", "Montant(EUROS)");
        StatementParser.Parsed comma = parse("Date,Libellé,Montant\n03/10/2025,\"Achat papeterie, cahiers\",\"-12,50\"\n04/10/2025,VIR APE,\"1 200,00\"\n");
        assertThat(comma.lines()).extracting(StatementParser.Line::label).containsExactly("Achat papeterie, cahiers", "VIR APE");
        assertThat(comma.lines()).extracting(StatementParser.Line::amount).containsExactly(new BigDecimal("-12.50"), new BigDecimal("1200.00"));
        assertThat(comma.closingBalance()).isNull();
    }

    @Test
    void shouldAskForTheColumnsItDoesNotRecogniseThenUseThoseGiven() {
        String csv = "Jour;Opération;Somme\n03/10/2025;VIR APE;150,00\n";
        assertThatThrownBy(() -> parse(csv)).isInstanceOfSatisfying(ProblemException.class, e -> {
            Problem p = e.toProblem();
            assertThat(p.status()).isEqualTo(422);
            assertThat(p.type()).endsWith("statement-columns");
            assertThat(p.affected()).containsExactly("Jour", "Opération", "Somme");
        });
        StatementParser.Parsed parsed = StatementParser.parse(csv.getBytes(StandardCharsets.UTF_8),
                new StatementParser.Columns("Jour", "Opération", "Somme", null, null), names -> null);
        assertThat(parsed.lines()).singleElement().satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("150.00"));
        // remembered columns serve when none are given
        assertThat(StatementParser.parse(csv.getBytes(StandardCharsets.UTF_8), null,
                names -> new StatementParser.Columns("Jour", "Opération", "Somme", null, null)).lines()).hasSize(1);
    }

    @Test
    void shouldRefuseAWholeFileForOneBadLineAndSayWhichAndWhy() {
        assertThatThrownBy(() -> parse("Date;Libellé;Montant\n03/10/2025;VIR APE;150,00\n04/10/2025;CHEQUE N 12;douze\n"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.toProblem().status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("Ligne 3").contains("« douze » n'est pas un montant").contains("Rien n'a été importé");
                    assertThat(e.toProblem().violations()).extracting(Problem.Violation::field).containsExactly("file");
                });
        assertThatThrownBy(() -> parse("Date;Libellé;Montant\n03/10/2025;VIR APE;150,00\n31/02/2025;VIR;1,00\n"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("Ligne 3").hasMessageContaining("n'est pas une date");
    }

    @Test
    void shouldSayWhatIsExpectedOfAFileOfAnotherShape() {
        for (String other : List.of("%PDF-1.7 relevé scanné", "<html><body>Relevé</body></html>",
                "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.02\"/>", "nom;prenom\nDupont;Jean\n")) {
            assertThatThrownBy(() -> parse(other)).as(other).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.toProblem().status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("CSV").contains("OFX").contains("camt.053");
            });
        }
    }

    @Test
    void shouldNotResolveExternalEntitiesOfAnXmlFile() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>&x;</BkToCstmrStmt></Document>";
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(ProblemException.class).hasMessageContaining("illisible");
    }
}
