package org.coopenligne.ledger.statement;

import com.webcohesion.ofx4j.domain.data.MessageSetType;
import com.webcohesion.ofx4j.domain.data.ResponseEnvelope;
import com.webcohesion.ofx4j.domain.data.banking.BankStatementResponse;
import com.webcohesion.ofx4j.domain.data.banking.BankStatementResponseTransaction;
import com.webcohesion.ofx4j.domain.data.banking.BankingResponseMessageSet;
import com.webcohesion.ofx4j.domain.data.common.Transaction;
import com.webcohesion.ofx4j.io.AggregateUnmarshaller;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coopenligne.common.csv.CsvReader;
import org.coopenligne.common.error.ProblemException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a bank statement as French banks hand it to associations: CSV (`;` or `,`, UTF-8 or Windows-1252, decimal
 * comma, dd/MM/yyyy, one signed amount or Débit/Crédit columns, account lines before the table, a balance line after
 * it), OFX 1.x/2.x (ofx4j) or ISO 20022 camt.053. Whole or not at all: a line that cannot be read is a 400 naming it.
 */
public final class StatementParser {

    private StatementParser() {}

    /** One movement of the account: + credited, − debited. */
    public record Line(LocalDate date, String label, BigDecimal amount, String chequeNumber) {}

    /** The lines of a file, oldest first, and the closing balance when the file states it. */
    public record Parsed(String format, List<Line> lines, BigDecimal closingBalance, LocalDate closingDate, List<String> columns) {}

    /** The columns of a CSV table, by their header text: a signed amount, or a debit and a credit column. */
    public record Columns(String date, String label, String amount, String debit, String credit) {
        boolean complete() {
            return date != null && label != null && (amount != null || (debit != null && credit != null));
        }
    }

    static final String EXPECTED = "Un relevé se dépose en CSV (une colonne de date, une de libellé, un montant signé ou des colonnes "
            + "Débit et Crédit), en OFX ou en camt.053 (XML ISO 20022), tels que la banque les télécharge.";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Strict: 31/02 is not a date (the default would read it as 28/02). */
    private static final DateTimeFormatter[] DATES = java.util.stream.Stream.of("dd/MM/uuuu", "dd/MM/uu", "uuuu-MM-dd", "dd-MM-uuuu", "dd.MM.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT)).toArray(DateTimeFormatter[]::new);
    private static final Pattern CHEQUE = Pattern.compile("\\b(?:CHEQUE|CHQ|CH)\\.?\\s*(?:N[°O]?\\.?\\s*)?(\\d{3,})\\b");

    /** The statement in the file; for a CSV, the columns given, else those remembered for its header, else guessed from it. */
    public static Parsed parse(byte[] bytes, Columns columns, java.util.function.Function<List<String>, Columns> remembered) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2000), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.contains("OFXHEADER") || head.contains("<OFX>")) {
            return ofx(bytes, head);
        }
        if (head.trim().startsWith("<") || head.startsWith("\u00ef\u00bb\u00bf<")) {
            return camt(bytes);
        }
        return csv(text(bytes), columns, remembered);
    }

    // --- CSV ---------------------------------------------------------------------------------------------------

    /** UTF-8 when it is valid UTF-8 (a BOM is dropped), Windows-1252 otherwise: what French banks and spreadsheets write. */
    private static String text(byte[] bytes) {
        try {
            return CsvReader.utf8(bytes);
        } catch (CsvReader.FormatException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Parsed csv(String text, Columns given, java.util.function.Function<List<String>, Columns> remembered) {
        char separator = text.indexOf(';') >= 0 ? ';' : text.indexOf('\t') >= 0 ? '\t' : ',';
        List<CsvReader.Record> records;
        try {
            records = CsvReader.parse(text, separator);
        } catch (CsvReader.FormatException e) {
            throw ProblemException.invalidField("file", "Ligne " + e.row + " : " + e.getMessage());
        }
        // the table's header: the first line of three cells or more followed by a line that starts with a date
        int header = -1;
        for (int i = 0; i + 1 < records.size() && header < 0; i++) {
            List<String> cells = records.get(i).cells();
            List<String> next = records.get(i + 1).cells();
            if (cells.size() >= 3 && next.size() >= 3 && next.stream().anyMatch(c -> date(c).isPresent())
                    && cells.stream().noneMatch(c -> date(c).isPresent())) {
                header = i;
            }
        }
        if (header < 0) {
            throw ProblemException.invalidField("file", "Ce fichier n'a pas de tableau de relevé lisible. " + EXPECTED);
        }
        List<String> names = records.get(header).cells().stream().map(String::trim).toList();
        Columns known = given != null && given.complete() ? given : remembered.apply(names);
        Columns columns = known != null && known.complete() ? known : guess(names);
        if (!columns.complete()) {
            throw new ProblemException(422, "statement-columns", "Colonnes à indiquer",
                    "Les colonnes de ce relevé ne sont pas reconnues : indiquez une fois laquelle est la date, le libellé et le montant "
                            + "(ou le débit et le crédit). Elles seront retenues pour cette banque.", null).withAffected(names);
        }
        int date = index(names, columns.date(), "dateColumn");
        int label = index(names, columns.label(), "labelColumn");
        int amount = columns.amount() == null ? -1 : index(names, columns.amount(), "amountColumn");
        int debit = amount >= 0 ? -1 : index(names, columns.debit(), "debitColumn");
        int credit = amount >= 0 ? -1 : index(names, columns.credit(), "creditColumn");

        BigDecimal closing = preambleBalance(records.subList(0, header));
        LocalDate closingDate = preambleDate(records.subList(0, header));
        List<Line> lines = new ArrayList<>();
        for (CsvReader.Record r : records.subList(header + 1, records.size())) {
            if (r.blank()) {
                continue;
            }
            String rawDate = cell(r, date);
            String wording = cell(r, label).replaceAll("\\s+", " ").trim();
            if (rawDate.isBlank() && wording.isBlank()) {
                continue;
            }
            LocalDate day = date(rawDate).orElseThrow(() -> ProblemException.invalidField("file", "Ligne " + r.row() + " : « " + rawDate
                    + " » n'est pas une date (jj/mm/aaaa attendu dans la colonne « " + names.get(date) + " »). Rien n'a été importé."));
            BigDecimal value;
            if (amount >= 0) {
                value = amount(cell(r, amount), r.row(), names.get(amount));
            } else {
                BigDecimal out = cell(r, debit).isBlank() ? BigDecimal.ZERO : amount(cell(r, debit), r.row(), names.get(debit)).abs();
                BigDecimal in = cell(r, credit).isBlank() ? BigDecimal.ZERO : amount(cell(r, credit), r.row(), names.get(credit)).abs();
                value = in.subtract(out);
            }
            String folded = fold(wording);
            if (folded.startsWith("SOLDE") || folded.startsWith("NOUVEAU SOLDE") || folded.startsWith("ANCIEN SOLDE")) {
                // a balance line is not a movement: the last one is the statement's closing balance
                if (!folded.startsWith("ANCIEN") && (closingDate == null || !day.isBefore(closingDate))) {
                    closing = value;
                    closingDate = day;
                }
                continue;
            }
            if (wording.isBlank()) {
                throw ProblemException.invalidField("file", "Ligne " + r.row() + " : le libellé est vide. Rien n'a été importé.");
            }
            lines.add(new Line(day, wording, value.setScale(2), chequeOf(folded)));
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalidField("file", "Ce relevé ne contient aucune opération. " + EXPECTED);
        }
        return new Parsed("CSV", sorted(lines), closing == null ? null : closing.setScale(2), closing == null ? null : closingDate, names);
    }

    /** The columns a French bank's header names: "Date", "Libellé", "Montant(EUROS)" or "Débit euros" and "Crédit euros". */
    static Columns guess(List<String> names) {
        String date = null, label = null, amount = null, debit = null, credit = null;
        for (String n : names) {
            String f = fold(n);
            if (date == null && f.startsWith("DATE") && !f.contains("VALEUR")) date = n;
            else if (label == null && (f.startsWith("LIBELLE") || f.startsWith("INTITULE") || f.startsWith("DESCRIPTION") || f.startsWith("NATURE"))) label = n;
            else if (amount == null && f.startsWith("MONTANT")) amount = n;
            else if (debit == null && f.startsWith("DEBIT")) debit = n;
            else if (credit == null && f.startsWith("CREDIT")) credit = n;
        }
        if (date == null) {
            date = names.stream().filter(n -> fold(n).startsWith("DATE")).findFirst().orElse(null);
        }
        return debit != null && credit != null ? new Columns(date, label, null, debit, credit) : new Columns(date, label, amount, null, null);
    }

    private static int index(List<String> names, String name, String field) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        throw ProblemException.invalidField(field, "La colonne « " + name + " » n'est pas dans ce relevé (colonnes : " + String.join(", ", names) + ").");
    }

    private static String cell(CsvReader.Record r, int i) {
        return i < r.cells().size() ? r.cells().get(i).trim() : "";
    }

    /** "Solde (EUROS) ;1583,01" in the account lines above the table. */
    private static BigDecimal preambleBalance(List<CsvReader.Record> preamble) {
        for (CsvReader.Record r : preamble) {
            if (r.cells().size() >= 2 && fold(r.cells().get(0)).startsWith("SOLDE")) {
                try {
                    return amount(r.cells().get(1), r.row(), r.cells().get(0));
                } catch (ProblemException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static LocalDate preambleDate(List<CsvReader.Record> preamble) {
        for (CsvReader.Record r : preamble) {
            if (r.cells().size() >= 2 && fold(r.cells().get(0)).startsWith("DATE")) {
                return date(r.cells().get(1)).orElse(null);
            }
        }
        return null;
    }

    static Optional<LocalDate> date(String raw) {
        String s = raw.trim();
        if (s.length() < 8 || s.length() > 10) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // the next shape
            }
        }
        return Optional.empty();
    }

    /** "1 583,01", "-180,00", "1.583,01", "+600.00": spaces (narrow or not) group thousands, the last comma or dot is the decimal mark. */
    static BigDecimal amount(String raw, int row, String column) {
        String s = raw.replaceAll("[\\s\u00a0\u202f€]", "").replace("EUR", "");
        int comma = s.lastIndexOf(','), dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        try {
            BigDecimal value = new BigDecimal(s);
            if (value.scale() > 2 || value.abs().compareTo(new BigDecimal("9999999.99")) > 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("file", "Ligne " + row + " : « " + raw + " » n'est pas un montant (colonne « " + column
                    + " », par exemple 1 583,01 ou -180,00). Rien n'a été importé.");
        }
    }

    // --- OFX -----------------------------------------------------------------------------------------------------

    private static Parsed ofx(byte[] bytes, String head) {
        boolean utf8 = head.contains("encoding=\"UTF-8\"") || head.contains("ENCODING:UTF-8");
        String text = new String(bytes, utf8 ? java.nio.charset.StandardCharsets.UTF_8 : WINDOWS_1252);
        List<Line> lines = new ArrayList<>();
        BigDecimal closing = null;
        LocalDate closingDate = null;
        try {
            ResponseEnvelope envelope = new AggregateUnmarshaller<>(ResponseEnvelope.class).unmarshal(new StringReader(text));
            BankingResponseMessageSet banking = (BankingResponseMessageSet) envelope.getMessageSet(MessageSetType.banking);
            if (banking == null || banking.getStatementResponses() == null) {
                throw ProblemException.invalidField("file", "Ce fichier OFX ne contient pas de relevé de compte bancaire. " + EXPECTED);
            }
            for (BankStatementResponseTransaction t : banking.getStatementResponses()) {
                BankStatementResponse statement = t.getMessage();
                if (statement == null || statement.getTransactionList() == null) {
                    continue;
                }
                for (Transaction x : statement.getTransactionList().getTransactions()) {
                    String label = firstNonBlank(x.getName(), x.getMemo(), x.getPayee() == null ? null : x.getPayee().getName(), "Opération");
                    String cheque = x.getCheckNumber() != null && !x.getCheckNumber().isBlank() ? x.getCheckNumber().trim() : chequeOf(fold(label));
                    lines.add(new Line(x.getDatePosted().toInstant().atOffset(ZoneOffset.UTC).toLocalDate(), label.replaceAll("\\s+", " ").trim(),
                            x.getBigDecimalAmount().setScale(2, java.math.RoundingMode.HALF_UP), cheque));
                }
                if (statement.getLedgerBalance() != null) {
                    closing = BigDecimal.valueOf(statement.getLedgerBalance().getAmount()).setScale(2, java.math.RoundingMode.HALF_UP);
                    closingDate = statement.getLedgerBalance().getAsOfDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
                }
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw ProblemException.invalidField("file", "Ce fichier OFX est illisible (" + e.getClass().getSimpleName() + "). " + EXPECTED);
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalidField("file", "Ce relevé ne contient aucune opération. " + EXPECTED);
        }
        return new Parsed("OFX", sorted(lines), closing, closingDate, List.of());
    }

    // --- camt.053 --------------------------------------------------------------------------------------------------

    private static Parsed camt(byte[] bytes) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw ProblemException.invalidField("file", "Ce fichier XML est illisible. " + EXPECTED);
        }
        String namespace = doc.getDocumentElement().getNamespaceURI();
        if (namespace == null || !namespace.contains("camt.053")) {
            throw ProblemException.invalidField("file", "Ce fichier XML n'est pas un relevé camt.053 (" + (namespace == null ? "sans espace de noms" : namespace)
                    + "). " + EXPECTED);
        }
        List<Line> lines = new ArrayList<>();
        BigDecimal closing = null;
        LocalDate closingDate = null;
        for (Element stmt : children(doc.getDocumentElement(), "Stmt", true)) {
            for (Element bal : children(stmt, "Bal", false)) {
                if ("CLBD".equals(text(bal, "Tp", "CdOrPrtry", "Cd"))) {
                    closing = signed(bal);
                    closingDate = LocalDate.parse(text(bal, "Dt", "Dt"));
                }
            }
            for (Element entry : children(stmt, "Ntry", false)) {
                String status = text(entry, "Sts");
                if (status != null && !"BOOK".equals(status) && !"BOOK".equals(text(entry, "Sts", "Cd"))) {
                    continue; // pending lines are not on the statement yet
                }
                String day = firstNonBlank(text(entry, "BookgDt", "Dt"), text(entry, "ValDt", "Dt"));
                if (day == null) {
                    throw ProblemException.invalidField("file", "Une opération du relevé camt.053 n'a pas de date (BookgDt). Rien n'a été importé.");
                }
                String label = firstNonBlank(text(entry, "AddtlNtryInf"), deep(entry, "Ustrd"), deep(entry, "AddtlTxInf"), text(entry, "NtryRef"), "Opération");
                String cheque = firstNonBlank(deep(entry, "ChqNb"), chequeOf(fold(label)));
                lines.add(new Line(LocalDate.parse(day.substring(0, 10)), label.replaceAll("\\s+", " ").trim(), signed(entry), cheque));
            }
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalidField("file", "Ce relevé ne contient aucune opération. " + EXPECTED);
        }
        return new Parsed("CAMT053", sorted(lines), closing, closingDate, List.of());
    }

    private static BigDecimal signed(Element e) {
        BigDecimal amount = new BigDecimal(text(e, "Amt").trim()).setScale(2);
        return "DBIT".equals(text(e, "CdtDbtInd")) ? amount.negate() : amount;
    }

    private static List<Element> children(Element parent, String name, boolean anyDepth) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = anyDepth ? parent.getElementsByTagNameNS("*", name) : parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && name.equals(el.getLocalName())) {
                found.add(el);
            }
        }
        return found;
    }

    /** The text at a path of direct children, or null. */
    private static String text(Element e, String... path) {
        Element at = e;
        for (String step : path) {
            List<Element> next = children(at, step, false);
            if (next.isEmpty()) {
                return null;
            }
            at = next.get(0);
        }
        return at.getTextContent().trim();
    }

    private static String deep(Element e, String name) {
        List<Element> found = children(e, name, true);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    // --- shared -------------------------------------------------------------------------------------------------

    private static List<Line> sorted(List<Line> lines) {
        List<Line> copy = new ArrayList<>(lines);
        copy.sort(Comparator.comparing(Line::date)); // stable: same-day lines keep the file's order
        return copy;
    }

    /** "CHEQUE N 0001" → 0001. */
    static String chequeOf(String folded) {
        Matcher m = CHEQUE.matcher(folded);
        return m.find() && !folded.contains("REMISE") ? m.group(1) : null;
    }

    /** Upper case without accents, for comparisons. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).trim();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
