package org.coopenligne.common.csv;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * A CSV file to stream: its name and the writer of its bytes. {@link #ofQuery} reads one SQL query forward with a
 * fetch size (a server-side cursor on PostgreSQL) and writes it row by row: no entity is loaded, memory stays flat
 * whatever the number of rows. Used by the department's exports and the audit log's.
 */
public record CsvFile(String fileName, StreamingOutput body) {

    static final int FETCH_SIZE = 500;

    /** The attachment answer: CSV type, the name in ASCII and in UTF-8, never cached. */
    public Response response() {
        return response(CsvWriter.MEDIA_TYPE);
    }

    /** The same attachment, of another text type (the FEC is tab-separated text). */
    public Response response(String mediaType) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /**
     * The header, then each row of the query, cell by cell; {@code coding} gives, for a column's label, how its
     * values are written (e.g. a status code in French), or {@code null} to write them as they are.
     */
    public static CsvFile ofQuery(String fileName, DataSource dataSource, String sql, List<Object> parameters,
                                  List<String> header, Function<String, UnaryOperator<Object>> coding) {
        return new CsvFile(fileName, out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row(header);
            try (Connection connection = dataSource.getConnection()) {
                // a cursor on PostgreSQL needs a transaction: read-only, rolled back at the end
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    statement.setFetchSize(FETCH_SIZE);
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        @SuppressWarnings("unchecked")
                        UnaryOperator<Object>[] coded = new UnaryOperator[columns + 1];
                        for (int i = 1; i <= columns; i++) {
                            coded[i] = coding.apply(rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
                        }
                        while (rows.next()) {
                            for (int i = 1; i <= columns; i++) {
                                Object value = rows.getObject(i);
                                csv.cell(coded[i] != null ? coded[i].apply(value)
                                        : value instanceof OffsetDateTime t ? t.toInstant() : value);
                            }
                            csv.endRow();
                        }
                    }
                } finally {
                    connection.rollback();
                    connection.setReadOnly(false);
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IOException("Export failed", e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
        });
    }
}
