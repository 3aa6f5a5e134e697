package org.coopenligne.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The « fichier des écritures comptables » (FEC, article A47 A-1 of the Livre des procédures fiscales) of a year: each
 * entry as balanced double-entry lines. A recette debits the bank (512) or the cash box (530) and credits its
 * headings; a dépense debits its headings and credits 512 or 530; a transfer debits where the money arrives and credits
 * where it leaves. Journal BQ for the bank, CA for the cash box (a transfer: the journal it leaves). Tab-separated,
 * ISO 8859-15, decimal comma, dates yyyyMMdd. Pure: the tests check that every entry balances.
 */
public final class Fec {

    private Fec() {}

    public static final String BANK_ACCOUNT = "512";
    public static final String CASH_ACCOUNT = "530";

    static final List<String> COLUMNS = List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
            "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** One line of the file. */
    public record Line(String journalCode, String journalLib, int number, LocalDate date, String account, String accountLabel, String pieceRef,
                       String label, BigDecimal debit, BigDecimal credit) {}

    /** The lines of the entries (in their order), the headings named from the chart's labels. */
    public static List<Line> lines(List<LedgerEntry> entries, Map<String, String> headingLabels) {
        List<Line> out = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        int number = 0;
        for (LedgerEntry e : entries) {
            number++;
            boolean bank = e.treasury == Treasury.BANK;
            String journal = bank ? "BQ" : "CA";
            String journalLib = bank ? "Banque" : "Caisse";
            String treasury = bank ? BANK_ACCOUNT : CASH_ACCOUNT;
            String treasuryLabel = bank ? "Banque" : "Caisse";
            String piece = e.voucherNumber == null ? String.valueOf(number) : String.valueOf(e.voucherNumber);
            BigDecimal amount = e.amountIn.add(e.amountOut);
            switch (e.kind) {
                case INCOME -> {
                    out.add(new Line(journal, journalLib, number, e.entryDate, treasury, treasuryLabel, piece, e.label, amount, zero));
                    for (LedgerEntryPart p : e.parts) {
                        out.add(new Line(journal, journalLib, number, e.entryDate, p.headingCode, headingLabels.getOrDefault(p.headingCode, p.headingCode),
                                piece, e.label, zero, p.amount));
                    }
                }
                case CHARGE -> {
                    for (LedgerEntryPart p : e.parts) {
                        out.add(new Line(journal, journalLib, number, e.entryDate, p.headingCode, headingLabels.getOrDefault(p.headingCode, p.headingCode),
                                piece, e.label, p.amount, zero));
                    }
                    out.add(new Line(journal, journalLib, number, e.entryDate, treasury, treasuryLabel, piece, e.label, zero, amount));
                }
                case TRANSFER -> {
                    String to = bank ? CASH_ACCOUNT : BANK_ACCOUNT;
                    out.add(new Line(journal, journalLib, number, e.entryDate, to, bank ? "Caisse" : "Banque", piece, e.label, amount, zero));
                    out.add(new Line(journal, journalLib, number, e.entryDate, treasury, treasuryLabel, piece, e.label, zero, amount));
                }
            }
        }
        return out;
    }

    /** The file: the header, then a line per row, CRLF; a character ISO 8859-15 lacks becomes "?". */
    public static void write(List<Line> lines, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, Charset.forName("ISO-8859-15").newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).onMalformedInput(CodingErrorAction.REPLACE));
        w.write(String.join("\t", COLUMNS));
        w.write("\r\n");
        for (Line l : lines) {
            String day = DAY.format(l.date());
            w.write(String.join("\t", l.journalCode(), l.journalLib(), String.valueOf(l.number()), day, l.account(), clean(l.accountLabel()), "", "",
                    l.pieceRef(), day, clean(l.label()), amount(l.debit()), amount(l.credit()), "", "", day, "", ""));
            w.write("\r\n");
        }
        w.flush();
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2).toPlainString().replace('.', ',');
    }

    /** No tab or line break inside a field; typographic quotes as ISO 8859-15 has them. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").replace('\u2019', '\'').replace('\u202f', ' ').replace('\u00a0', ' ').trim();
    }
}
