package org.coopenligne.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A question of the activity report: the national default's (no department), or a department's for a school year. */
@Entity
@Table(name = "report_question")
public class ReportQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_question_seq")
    @SequenceGenerator(name = "report_question_seq", sequenceName = "report_question_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "school_year", length = 9)
    public String schoolYear;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 300)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public QuestionKind kind;

    /** For a choice: the choices, separated by « | » */
    @Column(length = 1000)
    public String choices;

    @Column(nullable = false)
    public boolean required;

    /** The questionnaire of a department's year: its own when its staff made one, the national default otherwise. */
    static java.util.List<ReportQuestion> of(long departmentId, String schoolYear) {
        java.util.List<ReportQuestion> own = ReportQuestion.<ReportQuestion>list("departmentId = ?1 and schoolYear = ?2 order by position, id",
                departmentId, schoolYear);
        return own.isEmpty() ? ReportQuestion.<ReportQuestion>list("departmentId is null order by position, id") : own;
    }

    java.util.List<String> choiceList() {
        return choices == null || choices.isBlank() ? java.util.List.of() : java.util.List.of(choices.split("\\|"));
    }
}
