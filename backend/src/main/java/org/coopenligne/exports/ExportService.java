package org.coopenligne.exports;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.csv.CsvFile;
import org.coopenligne.cooperative.CooperativeFilter;
import org.coopenligne.cooperative.CooperativeSelection;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.tariff.PaymentMeans;

/**
 * The CSV exports of a department. Each is one SQL query read forward with a fetch size (a server-side cursor on
 * PostgreSQL) and written row by row to the response: no entity is loaded, memory stays flat for a department
 * of 3,000 cooperatives and 300,000 members. The access check is made before the answer starts.
 */
@ApplicationScoped
public class ExportService {

    @Inject DepartmentService departments;
    @Inject CooperativeService cooperatives;
    @Inject AgroalDataSource dataSource;

    /** The columns of the cooperatives export: {@code c} the cooperative, {@code a} its adhesion of the year. */
    static final String COOPERATIVE_COLUMNS = """
            c.department_code || '-' || c.number, c.number, c.school_name, c.school_type, c.address_line, c.postal_code,
            c.city, c.uai, c.school_email, c.school_phone, c.mandataire_name, c.mandataire_email, c.mandataire_phone,
            a.status, a.registration_code, a.amount""";

    static final String ADHESIONS = """
            select a.cooperative_code, c.school_name, c.city, a.school_year, a.status, a.insured, a.line_count, a.adults, a.pupils,
                   a.property_value, a.instrument_value, a.voluntary_participation, a.payment_means, a.amount, a.submitted_amount,
                   a.submitted_at, a.late, a.registration_code, a.validated_at, a.validated_by
            from adhesion a join cooperative c on c.id = a.cooperative_id
            where a.department_id = ? and a.school_year = ? order by a.cooperative_code""";

    static final String CLASS_LINES = """
            select a.cooperative_code, c.school_name, c.city, a.school_year, a.status, l.position, l.class_name, l.teachers,
                   l.teacher_email, l.adults, l.pupils, l.to_confirm
            from class_line l join adhesion a on a.id = l.adhesion_id join cooperative c on c.id = a.cooperative_id
            where a.department_id = ? and a.school_year = ? order by a.cooperative_code, l.position""";

    static final String PAYMENTS = """
            select a.cooperative_code, c.school_name, c.city, a.school_year, a.status, a.payment_means, a.amount,
                   a.payment_received, a.payment_amount, a.payment_method, a.payment_reference, a.payment_date,
                   e.entry_date, e.amount_in, e.payment_means, e.label
            from adhesion a join cooperative c on c.id = a.cooperative_id left join ledger_entry e on e.adhesion_id = a.id
            where a.department_id = ? and a.school_year = ? and a.status <> 'DRAFT' order by a.cooperative_code""";

    /**
     * The department's cooperatives matching the list's filter, in its order; only those given when there are
     * any (the ticked rows of the list), an id of another department selecting nothing. One query, read with a
     * cursor like the other exports.
     */
    public CsvFile cooperatives(String code, String year, CooperativeFilter filter, List<Long> selected) {
        DepartmentView d = departments.authorize(code);
        CooperativeSelection rows = cooperatives.selection(d.id(), SchoolYear.parse(year), filter, selected);
        boolean selection = !selected.isEmpty() || filter.hasConditions();
        return file("cooperatives-" + d.code() + "-" + year + (selection ? "-selection" : "") + ".csv",
                rows.select(COOPERATIVE_COLUMNS), rows.parameters(),
                List.of("code", "numero", "ecole", "type", "adresse", "code_postal", "commune", "uai", "courriel_ecole",
                        "telephone_ecole", "mandataire", "courriel_mandataire", "telephone_mandataire",
                        "statut_adhesion", "numero_enregistrement", "montant"));
    }

    public CsvFile adhesions(String code, String year) {
        DepartmentView d = departments.authorize(code);
        return file("adhesions-" + d.code() + "-" + year + ".csv",
                ADHESIONS, List.of(d.id(), year),
                List.of("code", "ecole", "commune", "annee", "statut", "assuree", "classes", "adultes", "eleves",
                        "valeur_materiel", "valeur_instruments", "participation_volontaire", "moyen_paiement",
                        "montant", "montant_envoye", "envoyee_le", "en_retard", "numero_enregistrement", "validee_le", "validee_par"));
    }

    public CsvFile classLines(String code, String year) {
        DepartmentView d = departments.authorize(code);
        return file("classes-" + d.code() + "-" + year + ".csv",
                CLASS_LINES, List.of(d.id(), year),
                List.of("code", "ecole", "commune", "annee", "statut", "ligne", "classe", "enseignants", "courriel_enseignant",
                        "adultes", "eleves", "a_confirmer"));
    }

    public CsvFile payments(String code, String year) {
        DepartmentView d = departments.authorize(code);
        return file("paiements-" + d.code() + "-" + year + ".csv",
                PAYMENTS, List.of(d.id(), year),
                List.of("code", "ecole", "commune", "annee", "statut", "moyen_choisi", "montant_du", "paiement_recu",
                        "montant_recu", "moyen_recu", "reference", "date_paiement", "ecriture_date", "ecriture_montant",
                        "ecriture_moyen", "ecriture_libelle"));
    }

    /** Writes the header, then each row of the query; statuses and payment means in French. */
    CsvFile file(String fileName, String sql, List<Object> parameters, List<String> header) {
        return CsvFile.ofQuery(fileName, dataSource, sql, parameters, header,
                column -> CODED.contains(column) ? ExportService::french : null);
    }

    /** The columns holding a status or payment-means code, written in French. */
    static final java.util.Set<String> CODED = java.util.Set.of("status", "payment_means", "payment_method");

    /** Status and payment-means codes as a French reader knows them. */
    static Object french(Object value) {
        if (value instanceof String s) {
            for (AdhesionStatus status : AdhesionStatus.values()) {
                if (status.name().equals(s)) {
                    return status.shortLabel;
                }
            }
            for (PaymentMeans means : PaymentMeans.values()) {
                if (means.name().equals(s)) {
                    return paymentMeans(means);
                }
            }
        }
        return value;
    }

    static String paymentMeans(PaymentMeans means) {
        return means.label.toLowerCase(java.util.Locale.FRENCH);
    }
}
