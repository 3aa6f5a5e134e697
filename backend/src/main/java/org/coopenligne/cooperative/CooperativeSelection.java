package org.coopenligne.cooperative;

import java.util.List;

/**
 * The cooperatives matching a filter, as SQL for another feature to stream with JDBC (the export reads it with a
 * cursor, page by page): {@code from … where … order by …} in the list's order, with {@code ?} parameters in
 * the order given. In it, {@code c} is the cooperative and {@code a} its adhesion of the year (absent: null).
 */
public record CooperativeSelection(String fromWhereOrderBy, List<Object> parameters) {

    /** The whole query, selecting the columns given (e.g. {@code "c.number, a.status"}). */
    public String select(String columns) {
        return "select " + columns + fromWhereOrderBy;
    }
}
