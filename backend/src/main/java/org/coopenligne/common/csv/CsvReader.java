package org.coopenligne.common.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as {@link CsvWriter} writes it (and as French spreadsheet software saves it): strict UTF-8
 * (a BOM is accepted and dropped; an invalid byte sequence is refused with its row, not replaced by "?"),
 * RFC 4180 quoting, CRLF or LF, the separator found in the header ({@code ;}, else {@code ,} or a tab).
 * Records are numbered from 1 (the header), as a spreadsheet numbers its rows.
 */
public final class CsvReader {

    private CsvReader() {}

    /** Something that makes the file unreadable, at a record (1 = the header). */
    public static class FormatException extends RuntimeException {
        public final int row;

        public FormatException(int row, String message) {
            super(message);
            this.row = row;
        }
    }

    /** One record and its number. */
    public record Record(int row, List<String> cells) {
        public boolean blank() {
            return cells.stream().allMatch(c -> c.isBlank());
        }
    }

    /** The text of UTF-8 bytes, without a leading BOM; invalid bytes are a {@link FormatException} naming their row. */
    public static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int row = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    row++;
                }
            }
            throw new FormatException(row, "Le fichier n'est pas en UTF-8 (caractère illisible à la ligne " + row
                    + ") : enregistrez-le au format « CSV UTF-8 » depuis votre tableur.");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator of the header line: {@code ;} if present, else {@code ,} or a tab, else {@code ;}. */
    public static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        if (header.indexOf(';') >= 0) {
            return ';';
        }
        if (header.indexOf('\t') >= 0) {
            return '\t';
        }
        return header.indexOf(',') >= 0 ? ',' : ';';
    }

    /** Every record of the text, blank lines included (the caller skips them), numbered from 1. */
    public static List<Record> parse(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int row = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    cell.append(c);
                }
                i++;
                continue;
            }
            if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                records.add(new Record(row++, List.copyOf(cells)));
                cells.clear();
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw new FormatException(row, "Guillemet mal placé : une cellule entre guillemets doit se terminer "
                        + "par un guillemet suivi du séparateur ou de la fin de ligne.");
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new FormatException(row, "Guillemet non fermé : la cellule commencée à la ligne " + row + " ne se termine pas.");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(row, List.copyOf(cells)));
        }
        return records;
    }
}
