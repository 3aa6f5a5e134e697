package org.coopenligne.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopenligne.common.Texts;
import org.coopenligne.common.csv.CsvReader;
import org.coopenligne.common.error.Problem.RowError;
import org.coopenligne.common.error.ProblemException;

/**
 * The CSV file of an import, read and checked before any row is: UTF-8 (a BOM is accepted), `;` or `,` separators,
 * a header naming the expected columns in any order (accents, case and spaces do not matter), then the rows. Every
 * refusal is a problem in French: 400 for the file itself, 413 when too large, 422 listing the rows' errors.
 */
final class CsvTable {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 60_000;
    static final int MAX_REPORTED = 500;

    final String fileName;
    final String sha256;
    /** The rows after the header, blank lines left out. */
    final List<CsvReader.Record> rows;
    private final Map<String, Integer> columns;
    /** The cells a row has: the header's, up to its last known column. */
    private final int width;

    private CsvTable(String fileName, String sha256, Map<String, Integer> columns, List<CsvReader.Record> rows) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.columns = columns;
        this.rows = rows;
        this.width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    /**
     * Reads the file: {@code required} columns must all be in its header, {@code optional} ones may; {@code what} names
     * a row in the messages ("coopérative").
     */
    static CsvTable read(String fileName, Path file, List<String> required, List<String> optional, String what) {
        byte[] bytes = bytes(file);
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName;
        List<CsvReader.Record> records;
        try {
            String text = CsvReader.utf8(bytes);
            records = CsvReader.parse(text, CsvReader.separatorOf(text));
        } catch (CsvReader.FormatException e) {
            throw refused(400, "unreadable-file", e.getMessage(), List.of(new RowError(e.row, null, e.getMessage())));
        }
        records = records.stream().filter(r -> !r.blank()).toList();
        if (records.isEmpty()) {
            throw refused(400, "unreadable-file", "Le fichier est vide : la première ligne doit donner les colonnes "
                    + String.join(";", required) + ".", List.of(new RowError(1, null, "Ligne d'en-tête absente.")));
        }
        Map<String, Integer> columns = header(records.get(0), required, optional);
        if (records.size() - 1 > MAX_ROWS) {
            throw refused(413, "too-many-rows", "Le fichier a " + (records.size() - 1) + " lignes : " + MAX_ROWS
                    + " au plus par import. Découpez-le en plusieurs fichiers.", null);
        }
        if (records.size() == 1) {
            throw refused(400, "unreadable-file", "Le fichier n'a aucune " + what + " après la ligne d'en-tête.",
                    List.of(new RowError(2, null, "Aucune ligne de " + what + ".")));
        }
        return new CsvTable(name, sha256(bytes), columns, records.subList(1, records.size()));
    }

    /** A row's cell of a column as written (trimmed), "" when the row is too short. */
    String raw(CsvReader.Record r, String column) {
        int index = columns.get(column);
        return index < r.cells().size() ? r.cells().get(index).trim() : "";
    }

    /**
     * The row's cells, once its width is checked (trailing empty cells do not count); null, with the error added, when
     * the row has more or fewer cells than the header.
     */
    Row row(CsvReader.Record r, List<RowError> errors) {
        List<String> cells = r.cells();
        int used = cells.size();
        while (used > width && cells.get(used - 1).isBlank()) {
            used--;
        }
        if (used != width) {
            errors.add(new RowError(r.row(), null, "La ligne a " + cells.size() + " colonnes au lieu de " + width
                    + (used < width ? " : vérifiez les séparateurs « ; » et les guillemets."
                            : " : une valeur contient peut-être un « ; » sans être entre guillemets.")));
            return null;
        }
        return new Row(r.row(), cells, errors);
    }

    /** A row of the right width: its cells read one by one, each error added to the import's list. */
    final class Row {
        final int number;
        private final List<String> cells;
        private final List<RowError> errors;

        private Row(int number, List<String> cells, List<RowError> errors) {
            this.number = number;
            this.cells = cells;
            this.errors = errors;
        }

        /**
         * The cell of {@code column}, spaces collapsed; null when empty (an error if {@code required}), too long, with a
         * forbidden character, or in an optional column the file does not have.
         */
        String get(String column, int max, boolean required) {
            if (!columns.containsKey(column)) {
                return null;
            }
            String value = cells.get(columns.get(column)).trim().replaceAll("\\s+", " ");
            int forbidden = Texts.forbiddenCharacter(value, false);
            if (forbidden >= 0) {
                return error(column, Texts.message(column, forbidden));
            }
            if (value.isEmpty()) {
                return required ? error(column, "La colonne « " + column + " » est obligatoire.") : null;
            }
            if (value.length() > max) {
                return error(column, "Trop long : " + value.length() + " caractères, " + max + " au plus.");
            }
            return value;
        }

        /** Adds the error on this row's {@code column}; null, for the cell it refuses. */
        String error(String column, String message) {
            errors.add(new RowError(number, column, message));
            return null;
        }
    }

    /** Refuses the whole file when any row is wrong: nothing is imported, the first rows' errors are listed. */
    static void refuseIfAny(List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        long refusedRows = errors.stream().mapToInt(RowError::row).distinct().count();
        throw refused(422, "import-refused", refusedRows + (refusedRows > 1 ? " lignes ont" : " ligne a")
                + " des erreurs : rien n'a été importé. Corrigez le fichier puis importez-le de nouveau.",
                errors.size() > MAX_REPORTED ? errors.subList(0, MAX_REPORTED) : errors);
    }

    /** "Code postal " → "code_postal", "Numéro" → "numero": accents, case and spaces do not matter. */
    static String normalize(String name) {
        String n = Normalizer.normalize(name.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** "410" → "0410": a cooperative's number as a spreadsheet may have shortened it; null when it is not 1 to 4 digits. */
    static String number(String value) {
        return value != null && value.matches("[0-9]{1,4}") ? "0".repeat(4 - value.length()) + value : null;
    }

    static ProblemException refused(int status, String slug, String detail, List<RowError> rows) {
        return new ProblemException(status, slug, status == 413 ? "Fichier trop volumineux" : "Import refusé", detail, null)
                .withRows(rows);
    }

    /** The column index of each expected name; a missing, unknown or repeated column refuses the file. */
    private static Map<String, Integer> header(CsvReader.Record header, List<String> required, List<String> optional) {
        Map<String, Integer> columns = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = normalize(header.cells().get(i));
            if (name.isEmpty() && i == header.cells().size() - 1) {
                continue; // a trailing separator
            }
            if (!required.contains(name) && !optional.contains(name)) {
                errors.add(new RowError(1, header.cells().get(i), "Colonne inconnue « " + header.cells().get(i).trim() + " »."));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new RowError(1, name, "La colonne « " + name + " » figure deux fois."));
            }
        }
        for (String expected : required) {
            if (!columns.containsKey(expected) && errors.stream().noneMatch(e -> expected.equals(e.column()))) {
                errors.add(new RowError(1, expected, "La colonne « " + expected + " » manque."));
            }
        }
        if (!errors.isEmpty()) {
            throw refused(400, "wrong-header", "La ligne d'en-tête n'est pas celle attendue : " + String.join(";", required)
                    + " (dans cet ordre ou un autre).", errors);
        }
        return columns;
    }

    private static byte[] bytes(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw refused(400, "unreadable-file", "Le fichier est vide.", null);
            }
            if (size > MAX_BYTES) {
                throw refused(413, "file-too-large", "Le fichier dépasse " + (MAX_BYTES / 1024 / 1024)
                        + " Mo : découpez-le en plusieurs fichiers.", null);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
