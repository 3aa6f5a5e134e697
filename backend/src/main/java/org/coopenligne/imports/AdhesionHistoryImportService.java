package org.coopenligne.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopenligne.adhesion.PastAdhesions;
import org.coopenligne.adhesion.PastAdhesions.PastAdhesion;
import org.coopenligne.adhesion.PastAdhesions.PastLine;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.csv.CsvReader;
import org.coopenligne.common.error.Problem.RowError;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.imports.ImportDtos.HistoryReport;
import org.coopenligne.imports.ImportDtos.PastAdhesionPreview;

/**
 * « Reprise de l'historique »: a department's adhesions of a past year, from the former site's export, one row per
 * class line. Every row is checked first (the cooperative exists in the department and has no adhesion of that year
 * yet; the class has a name; its counts are whole numbers), and either every cooperative's adhesion is recorded or none
 * (a 422 lists the rows). The next adhesion of each cooperative then carries its classes over, to be confirmed.
 */
@ApplicationScoped
public class AdhesionHistoryImportService {

    /** The columns of the file, in the order the template gives (any order is accepted). */
    public static final List<String> COLUMNS = List.of("numero", "classe", "enseignants", "adultes", "eleves");

    static final int PREVIEW = 20;
    static final int MAX_COUNT = 9_999;

    @Inject DepartmentService departments;
    @Inject CooperativeService cooperatives;
    @Inject PastAdhesions pastAdhesions;
    @Inject AuditService audit;
    @Inject Clock clock;

    @Transactional
    public HistoryReport importHistory(String code, String yearLabel, String fileName, Path file, boolean dryRun) {
        DepartmentView d = departments.authorize(code);
        SchoolYear year = pastYear(yearLabel);
        CsvTable table = CsvTable.read(fileName, file, COLUMNS, List.of(), "classe");
        if (!dryRun) {
            // two imports of the department at once: the second waits, then sees the adhesions the first recorded
            departments.lockForUpdate(d.id());
        }
        Map<String, Long> ids = cooperatives.idsByNumber(d.id());
        Set<Long> taken = pastAdhesions.cooperativesWithAdhesion(d.id(), year);

        List<RowError> errors = new ArrayList<>();
        Map<String, List<PastLine>> linesByNumber = new LinkedHashMap<>();
        int lineCount = 0;
        for (CsvReader.Record r : table.rows) {
            CsvTable.Row cell = table.row(r, errors);
            if (cell == null) {
                continue;
            }
            String written = cell.get("numero", 4, true);
            String number = CsvTable.number(written);
            String coopCode = d.code() + "-" + number;
            if (written != null && number == null) {
                cell.error("numero", "Le numéro « " + written + " » doit avoir 1 à 4 chiffres (par exemple 0410).");
            } else if (number != null && !ids.containsKey(number)) {
                cell.error("numero", "La coopérative " + coopCode + " n'existe pas dans le département : importez d'abord les coopératives.");
            } else if (number != null && taken.contains(ids.get(number))) {
                cell.error("numero", "La coopérative " + coopCode + " a déjà une adhésion " + year.label()
                        + " : elle n'est pas reprise une seconde fois.");
            }
            String className = cell.get("classe", 80, true);
            String teachers = cell.get("enseignants", 200, false);
            Integer adults = count(cell, "adultes", "d'adultes");
            Integer pupils = count(cell, "eleves", "d'élèves");
            if (number == null || !ids.containsKey(number) || taken.contains(ids.get(number)) || className == null
                    || adults == null || pupils == null) {
                continue;
            }
            List<PastLine> lines = linesByNumber.computeIfAbsent(number, n -> new ArrayList<>());
            if (lines.size() == PastAdhesions.MAX_LINES) {
                cell.error("classe", "La coopérative " + coopCode + " a plus de " + PastAdhesions.MAX_LINES + " classes dans le fichier.");
                continue;
            }
            lines.add(new PastLine(className, teachers, adults, pupils));
            lineCount++;
        }
        CsvTable.refuseIfAny(errors);

        List<PastAdhesion> past = linesByNumber.entrySet().stream()
                .map(e -> new PastAdhesion(ids.get(e.getKey()), d.code() + "-" + e.getKey(), BigDecimal.ZERO.setScale(2), e.getValue()))
                .toList();
        List<PastAdhesionPreview> preview = past.stream().limit(PREVIEW).map(p -> new PastAdhesionPreview(p.cooperativeCode(),
                p.lines().size(), p.lines().stream().mapToInt(PastLine::adults).sum(),
                p.lines().stream().mapToInt(PastLine::pupils).sum())).toList();
        if (dryRun) {
            return new HistoryReport(true, table.fileName, table.sha256, year.label(), past.size(), lineCount, 0, preview);
        }
        pastAdhesions.record(d.id(), year, past);
        audit.record(new AuditService.Change(AuditAction.ADHESION_HISTORY_IMPORTED, "AdhesionHistoryImport", d.code(), d.id(), null, null,
                new LinkedHashMap<>(Map.of("fileName", table.fileName, "sha256", table.sha256, "schoolYear", year.label(),
                        "cooperatives", past.size(), "lines", lineCount))));
        return new HistoryReport(false, table.fileName, table.sha256, year.label(), past.size(), lineCount, past.size(), preview);
    }

    /** The school year asked, which must be over: the current year's adhesions are entered by the cooperatives. */
    private SchoolYear pastYear(String label) {
        SchoolYear current = SchoolYear.containing(LocalDate.now(clock));
        SchoolYear year;
        try {
            year = label == null ? null : SchoolYear.parse(label);
        } catch (RuntimeException e) {
            year = null;
        }
        if (year == null || year.startYear() >= current.startYear() || year.startYear() < 2000) {
            throw ProblemException.invalidField("year", "Indiquez une année scolaire passée, de la forme "
                    + current.previous().label() + " : celle de " + current.label() + " est saisie par les coopératives.");
        }
        return year;
    }

    /** A count of members, a whole number from 0 to {@link #MAX_COUNT}; null (with the error) otherwise. */
    private static Integer count(CsvTable.Row cell, String column, String what) {
        String value = cell.get(column, 6, true);
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,4}") || Integer.parseInt(value) > MAX_COUNT) {
            cell.error(column, "Le nombre " + what + " « " + value + " » doit être un nombre entier de 0 à 9 999.");
            return null;
        }
        return Integer.parseInt(value);
    }
}
