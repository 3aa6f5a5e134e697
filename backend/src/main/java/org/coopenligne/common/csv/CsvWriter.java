package org.coopenligne.common.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.coopenligne.common.TimeConfig;

/**
 * The CSV that French spreadsheet software opens right: UTF-8 with a byte order mark, {@code ;} between cells,
 * CRLF after each row, RFC 4180 quoting (a cell holding {@code ;}, a quote, CR or LF is quoted, its quotes
 * doubled), amounts with a decimal comma ({@code 1234,50}), dates {@code dd/MM/yyyy}, booleans {@code oui}/{@code non}.
 *
 * <p>A text cell that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab)
 * is prefixed with an apostrophe (CSV injection); numbers and amounts are written as numbers. Rows go straight
 * to the stream through a small buffer: memory stays flat whatever the number of rows.
 */
public final class CsvWriter implements Closeable, Flushable {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final char SEPARATOR = ';';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(TimeConfig.ZONE);

    private final Writer out;
    private boolean rowStarted;

    public CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        write("\uFEFF");
    }

    /** One row of cells, each formatted by its type (see {@link #format(Object)}). */
    public CsvWriter row(Object... cells) {
        for (Object cell : cells) {
            cell(cell);
        }
        return endRow();
    }

    public CsvWriter row(List<?> cells) {
        return row(cells.toArray());
    }

    public CsvWriter cell(Object value) {
        if (rowStarted) {
            write(String.valueOf(SEPARATOR));
        }
        rowStarted = true;
        write(quote(format(value)));
        return this;
    }

    public CsvWriter endRow() {
        write("\r\n");
        rowStarted = false;
        return this;
    }

    /** Text as is (formula-like text defused), amounts with a comma, dates in the French order, booleans in French. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return amount(d);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(i);
        }
        if (value instanceof java.sql.Timestamp t) {
            return DATE_TIME.format(t.toInstant());
        }
        if (value instanceof java.sql.Date d) {
            return DATE.format(d.toLocalDate());
        }
        if (value instanceof Boolean b) {
            return b ? "oui" : "non";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** 1234.5 → "1234,50": two decimals, a comma, no thousands separator (a spreadsheet reads it as a number). */
    public static String amount(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** RFC 4180: quoted when holding the separator, a quote, CR or LF; quotes doubled. */
    public static String quote(String text) {
        boolean needs = false;
        for (int i = 0; i < text.length() && !needs; i++) {
            char c = text.charAt(i);
            needs = c == SEPARATOR || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
