package org.coopenligne.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.report.ReportDtos.Questionnaire;
import org.coopenligne.report.ReportDtos.QuestionnaireRequest;
import org.coopenligne.report.ReportDtos.QuestionRequest;

/**
 * The activity report's questionnaire of a department's year: the national default until its staff write their own
 * for the year (a copy they edit); back to the default when they remove it. Answers already given keep their code.
 */
@ApplicationScoped
public class QuestionnaireService {

    @Inject DepartmentService departments;
    @Inject Access access;
    @Inject AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Questionnaire get(String departmentCode, SchoolYear year) {
        DepartmentView d = requireStaff(departmentCode);
        return view(d, year);
    }

    @Transactional
    public Questionnaire put(String departmentCode, SchoolYear year, QuestionnaireRequest request) {
        DepartmentView d = requireStaff(departmentCode);
        departments.lockForUpdate(d.id()); // one change of the department's questionnaire at a time
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.questions().size(); i++) {
            QuestionRequest q = request.questions().get(i);
            if (!codes.add(q.code())) {
                throw ProblemException.invalidField("questions[" + i + "].code", "Le code « " + q.code() + " » est déjà celui d'une autre question.");
            }
            if (q.kind() == QuestionKind.CHOICE && (q.choices() == null || q.choices().size() < 2)) {
                throw ProblemException.invalidField("questions[" + i + "].choices", "Une question à choix propose au moins deux choix.");
            }
            if (q.choices() != null && q.choices().stream().anyMatch(c -> c.contains("|"))) {
                throw ProblemException.invalidField("questions[" + i + "].choices", "Un choix ne contient pas le caractère « | ».");
            }
        }
        List<String> before = own(d, year).stream().map(q -> q.code).toList();
        ReportQuestion.delete("departmentId = ?1 and schoolYear = ?2", d.id(), year.label());
        for (int i = 0; i < request.questions().size(); i++) {
            QuestionRequest q = request.questions().get(i);
            ReportQuestion row = new ReportQuestion();
            row.departmentId = d.id();
            row.schoolYear = year.label();
            row.position = (i + 1) * 10;
            row.code = q.code();
            row.label = q.label().trim();
            row.kind = q.kind();
            row.choices = q.kind() == QuestionKind.CHOICE ? String.join("|", q.choices().stream().map(String::trim).toList()) : null;
            row.required = q.required();
            row.persist();
        }
        audit.record(new AuditService.Change(AuditAction.REPORT_QUESTIONNAIRE_SET, "ReportQuestionnaire", d.code() + "/" + year.label(), d.id(), null,
                Map.of("questions", before), Map.of("questions", request.questions().stream().map(QuestionRequest::code).toList())));
        return view(d, year);
    }

    @Transactional
    public Questionnaire reset(String departmentCode, SchoolYear year) {
        DepartmentView d = requireStaff(departmentCode);
        departments.lockForUpdate(d.id());
        List<String> before = own(d, year).stream().map(q -> q.code).toList();
        ReportQuestion.delete("departmentId = ?1 and schoolYear = ?2", d.id(), year.label());
        audit.record(new AuditService.Change(AuditAction.REPORT_QUESTIONNAIRE_SET, "ReportQuestionnaire", d.code() + "/" + year.label(), d.id(), null,
                Map.of("questions", before), Map.of("questions", "national")));
        return view(d, year);
    }

    private static List<ReportQuestion> own(DepartmentView d, SchoolYear year) {
        return ReportQuestion.<ReportQuestion>list("departmentId = ?1 and schoolYear = ?2 order by position, id", d.id(), year.label());
    }

    private static Questionnaire view(DepartmentView d, SchoolYear year) {
        boolean own = !own(d, year).isEmpty();
        return new Questionnaire(d.code(), year.label(), own ? "DEPARTMENT" : "NATIONAL", ReportQuestion.of(d.id(), year.label()).stream()
                .map(q -> new ReportDtos.QuestionView(q.code, q.label, q.kind, q.choiceList(), q.required, null)).toList());
    }

    private DepartmentView requireStaff(String departmentCode) {
        DepartmentView d = departments.authorize(departmentCode);
        if (access.current().isMandataire()) {
            throw ProblemException.forbidden("Le questionnaire du compte-rendu est tenu par l'équipe de l'OCCE.");
        }
        return d;
    }
}
