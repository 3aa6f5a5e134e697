package org.coopenligne.audit;

import org.coopenligne.common.audit.AuditAction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.PageView;
import org.coopenligne.common.TimeConfig;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.common.csv.CsvFile;

/**
 * Reading the audit trail: a page, or the whole of a filter as CSV (streamed). The filters are validated (400
 * naming the parameter) and become one SQL condition, served by the indexes of V6 (department or cooperative,
 * actor, action or entity type, then the date). Newest first.
 */
@ApplicationScoped
public class AuditLogService {

    @Inject AgroalDataSource dataSource;
    @Inject DepartmentService departments;

    @Inject Access access;
    @Inject ObjectMapper mapper;

    /** The filters as received (query parameters), all optional. */
    public record Filter(String from, String to, String actor, String action, String entityType, String cooperative,
                         boolean sessions) {}

    /** A filter turned into SQL: the condition and its parameters. */
    record Where(String sql, List<Object> parameters) {}

    static final String SELECT = """
            select r.id, r.occurred_at, r.actor_login, r.actor_role, r.action, r.entity_type, r.entity_id, r.cooperative_id,
                   c.department_code || '-' || c.number, r.before_json, r.after_json
            from audit_record r left join cooperative c on c.id = r.cooperative_id""";

    /** The department's records (staff of the department, admin). */
    public PageView<AuditRecordView> list(String departmentCode, Filter filter, int page, int size) {
        DepartmentView d = departments.authorize(departmentCode);
        return page(where(d, filter), page, size);
    }

    /** Every department's (admin), or one's when {@code departmentCode} is given. */
    public PageView<AuditRecordView> listAll(String departmentCode, Filter filter, int page, int size) {
        if (!access.current().isAdmin()) {
            throw ProblemException.forbidden("Le journal de tous les départements est réservé à la fédération nationale.");
        }
        DepartmentView d = departmentCode == null || departmentCode.isBlank() ? null : departments.findByCode(departmentCode.trim())
                .orElseThrow(() -> ProblemException.invalidField("department", "Aucun département n'a le code « " + departmentCode + " »."));
        return page(where(d, filter), page, size);
    }

    public CsvFile export(String departmentCode, Filter filter) {
        DepartmentView d = departments.authorize(departmentCode);
        Where w = where(d, filter);
        return CsvFile.ofQuery("journal-" + d.code() + "-" + LocalDate.now(TimeConfig.ZONE) + ".csv", dataSource,
                SELECT + w.sql() + " order by r.occurred_at desc, r.id desc", w.parameters(),
                        List.of("numero", "date_heure", "utilisateur", "role", "action", "objet", "identifiant",
                                "cooperative_id", "cooperative", "avant", "apres"), column -> null);
    }

    private PageView<AuditRecordView> page(Where w, int page, int size) {
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from audit_record r" + w.sql())) {
                bind(count, w.parameters());
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditRecordView> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SELECT + w.sql()
                    + " order by r.occurred_at desc, r.id desc limit ? offset ?")) {
                List<Object> parameters = new ArrayList<>(w.parameters());
                parameters.add(size);
                parameters.add((long) page * size);
                bind(query, parameters);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Long cooperativeId = rs.getObject(8) == null ? null : rs.getLong(8);
                        items.add(new AuditRecordView(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), AuditAction.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                                cooperativeId, rs.getString(9), json(rs.getString(10)), json(rs.getString(11))));
                    }
                }
            }
            return PageView.of(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
    }

    /** The validated filter as SQL; {@code department} null means every department (the admin's view). */
    Where where(DepartmentView department, Filter f) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (department != null) {
            sql.append(" and r.department_id = ?");
            parameters.add(department.id());
        }
        LocalDate from = date(f.from(), "from");
        LocalDate to = date(f.to(), "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidField("to", "La date de fin doit suivre la date de début.");
        }
        if (from != null) {
            sql.append(" and r.occurred_at >= ?");
            parameters.add(from.atStartOfDay(TimeConfig.ZONE).toOffsetDateTime());
        }
        if (to != null) {
            sql.append(" and r.occurred_at < ?");
            parameters.add(to.plusDays(1).atStartOfDay(TimeConfig.ZONE).toOffsetDateTime());
        }
        String actor = text(f.actor(), "actor", 60, "[A-Za-z0-9._@-]+", "Identifiant de connexion invalide.");
        if (actor != null) {
            sql.append(" and r.actor_login = ?");
            parameters.add(actor.toLowerCase(Locale.ROOT));
        }
        AuditAction action = action(f.action());
        if (action != null) {
            sql.append(" and r.action = ?");
            parameters.add(action.name());
        } else if (!f.sessions()) {
            sql.append(" and r.action not in (?, ?)");
            parameters.add(AuditAction.LOGIN.name());
            parameters.add(AuditAction.LOGOUT.name());
        }
        String entityType = text(f.entityType(), "entityType", 40, "[A-Za-z]+", "Type d'objet invalide : des lettres, par exemple Adhesion.");
        if (entityType != null) {
            sql.append(" and r.entity_type = ?");
            parameters.add(entityType);
        }
        String cooperative = text(f.cooperative(), "cooperative", 12, "[0-9]{1,12}|[0-9A-Za-z]{3}-[0-9]{4}",
                "Coopérative invalide : son code (par exemple 038-0410) ou son identifiant.");
        if (cooperative != null) {
            if (cooperative.contains("-")) {
                sql.append(" and r.cooperative_id = (select k.id from cooperative k where k.department_code = ? and k.number = ?)");
                parameters.add(cooperative.substring(0, 3).toUpperCase(Locale.ROOT));
                parameters.add(cooperative.substring(4));
            } else {
                sql.append(" and r.cooperative_id = ?");
                parameters.add(Long.parseLong(cooperative));
            }
        }
        return new Where(sql.toString(), parameters);
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "Date invalide « " + value + " » : attendu AAAA-MM-JJ, par exemple 2026-09-15.");
        }
    }

    /** The action filter: one of {@link AuditAction}'s names (any case), or null. */
    private static AuditAction action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("action", "Action inconnue « " + value.trim() + " » : choisissez-la dans la liste des actions du journal.");
        }
    }

    private static String text(String value, String field, int max, String pattern, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > max || !v.matches(pattern)) {
            throw ProblemException.invalidField(field, message);
        }
        return v;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static final ObjectMapper STORED = new ObjectMapper();

    /** A JSON object as a map; anything else (never written by AuditService, which serializes views) under "value". */
    private java.util.Map<String, Object> json(String text) {
        if (text == null) {
            return null;
        }
        try {
            // Stored records are read as they were written: the request checks (one-line texts, JsonConfig) are not re-applied
            // to a letter body or a refusal reason kept in the journal.
            JsonNode node = STORED.readTree(text);
            if (node.isObject()) {
                return STORED.convertValue(node, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() {});
            }
            return java.util.Map.of("value", STORED.convertValue(node, Object.class));
        } catch (JsonProcessingException e) {
            return java.util.Map.of("value", text);
        }
    }
}
