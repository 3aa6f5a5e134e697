package org.coopenligne.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.department.DepartmentSettingsDtos.EmailTemplateUpdate;
import org.coopenligne.department.DepartmentSettingsDtos.EmailTemplateView;
import org.coopenligne.department.DepartmentSettingsDtos.PlaceholderView;
import org.coopenligne.department.DepartmentSettingsDtos.SettingsUpdate;
import org.coopenligne.department.DepartmentSettingsDtos.SettingsView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of a department (staff of the department and the admin): contacts, insurer contract, the text of
 * the emails. Other features render their emails with {@link #renderTemplate}.
 */
@ApplicationScoped
@Transactional
public class DepartmentSettingsService {


    @Inject DepartmentRepository departments;

    @Inject Access access;
    @Inject AuditService audit;
    @Inject Clock clock;

    @ConfigProperty(name = "coop.public-url")
    String publicUrl;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SettingsView get(String code) {
        Department d = load(code);
        access.requireDepartment(d.id);
        return view(d);
    }

    public SettingsView update(String code, SettingsUpdate u) {
        Department d = load(code);
        access.requireDepartment(d.id);
        if (d.version != u.version()) {
            throw ProblemException.staleVersion();
        }
        Map<EmailKind, EmailText> templates = checkedTemplates(u.emailTemplates());
        SettingsView before = view(d);
        d.addressLine = blankToNull(u.addressLine());
        d.postalCode = blankToNull(u.postalCode());
        d.city = blankToNull(u.city()) == null ? null : u.city().trim().toUpperCase(java.util.Locale.FRENCH);
        d.email = blankToNull(u.email());
        d.phone = blankToNull(u.phone());
        d.website = blankToNull(u.website());
        d.contactName = blankToNull(u.contactName());
        d.openingHours = blankToNull(u.openingHours());
        d.insurerName = blankToNull(u.insurerName());
        d.insurerContractNumber = blankToNull(u.insurerContractNumber());
        d.insurerDetails = blankToNull(u.insurerDetails());
        d.emailTemplates.keySet().retainAll(templates.keySet());
        templates.forEach((kind, text) -> {
            EmailText current = d.emailTemplates.get(kind);
            if (current == null || !current.subject.equals(text.subject) || !current.body.equals(text.body)) {
                d.emailTemplates.put(kind, text);
            }
        });
        d.settingsUpdatedAt = clock.instant();
        d.settingsUpdatedBy = access.current().login();
        departments.flush();
        SettingsView after = view(d);
        audit.record(new AuditService.Change(AuditAction.DEPARTMENT_SETTINGS_UPDATED, "Department", d.id, d.id, null,
                auditable(before), auditable(after)));
        return after;
    }

    /**
     * The email of the kind as the department wrote it (or the default text), with its placeholders replaced:
     * {@code {department}} and {@code {link}} are filled here, the others from {@code values} (keys without braces,
     * e.g. "cooperative", "school", "year", "deadline"); a placeholder without a value becomes empty.
     * For the reminders and the review's emails; makes no access check (the caller made it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EmailTemplates.Rendered renderTemplate(long departmentId, EmailKind kind, Map<String, String> values) {
        Department d = departments.findByIdOptional(departmentId)
                .orElseThrow(() -> new IllegalArgumentException("No department " + departmentId));
        Map<String, String> all = new HashMap<>();
        all.put("department", d.name);
        all.put("link", publicUrl);
        all.putAll(values);
        EmailText text = d.emailTemplates.getOrDefault(kind, EmailTemplates.defaultText(kind));
        return EmailTemplates.render(text, all);
    }

    /**
     * The insurer and contract of the department's settings, as an insurance certificate prints them ("MAE, contrat
     * n° 2025-038-0001"), if the department gave them. No access check (the caller made it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> insurerContract(long departmentId) {
        return departments.findByIdOptional(departmentId).map(d -> {
            String insurer = d.insurerName == null ? "" : d.insurerName.trim();
            String contract = d.insurerContractNumber == null || d.insurerContractNumber.isBlank() ? ""
                    : "contrat n° " + d.insurerContractNumber.trim();
            return insurer.isEmpty() ? contract : contract.isEmpty() ? insurer : insurer + ", " + contract;
        }).filter(text -> !text.isEmpty());
    }

    private Map<EmailKind, EmailText> checkedTemplates(List<EmailTemplateUpdate> updates) {
        Map<EmailKind, EmailText> templates = new EnumMap<>(EmailKind.class);
        List<Problem.Violation> problems = new ArrayList<>();
        for (EmailTemplateUpdate t : updates == null ? List.<EmailTemplateUpdate>of() : updates) {
            if (templates.containsKey(t.kind())) {
                problems.add(new Problem.Violation("emailTemplates." + t.kind().name(),
                        "Le courriel « " + EmailTemplates.label(t.kind()) + " » est donné deux fois."));
                continue;
            }
            problems.addAll(EmailTemplates.problems(t.kind(), t.subject(), t.body()));
            templates.put(t.kind(), new EmailText(t.subject() == null ? null : t.subject().trim(), t.body() == null ? null : t.body().strip() + "\n"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "validation", "Requête invalide",
                    String.join(" ", problems.stream().map(Problem.Violation::message).distinct().toList()), problems);
        }
        return templates;
    }

    private Department load(String code) {
        return departments.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("Aucun département n'a le code « " + code + " »."));
    }

    static SettingsView view(Department d) {
        List<EmailTemplateView> templates = new ArrayList<>();
        for (EmailKind kind : EmailKind.values()) {
            EmailText custom = d.emailTemplates.get(kind);
            EmailText def = EmailTemplates.defaultText(kind);
            EmailText text = custom == null ? def : custom;
            templates.add(new EmailTemplateView(kind, EmailTemplates.label(kind), text.subject, text.body, custom != null,
                    def.subject, def.body, EmailTemplates.placeholders(kind).stream()
                    .map(p -> new PlaceholderView("{" + p.name() + "}", p.description())).toList()));
        }
        return new SettingsView(d.code, d.name, d.addressLine, d.postalCode, d.city, d.email, d.phone, d.website, d.contactName,
                d.openingHours, d.insurerName, d.insurerContractNumber, d.insurerDetails, templates, d.settingsUpdatedAt,
                d.settingsUpdatedBy, d.version);
    }

    /** What the audit keeps: the fields and the custom texts (not the defaults and placeholders, which are the platform's). */
    private static Map<String, Object> auditable(SettingsView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("addressLine", v.addressLine());
        m.put("postalCode", v.postalCode());
        m.put("city", v.city());
        m.put("email", v.email());
        m.put("phone", v.phone());
        m.put("website", v.website());
        m.put("contactName", v.contactName());
        m.put("openingHours", v.openingHours());
        m.put("insurerName", v.insurerName());
        m.put("insurerContractNumber", v.insurerContractNumber());
        m.put("insurerDetails", v.insurerDetails());
        Map<String, Object> texts = new LinkedHashMap<>();
        v.emailTemplates().stream().filter(EmailTemplateView::custom)
                .forEach(t -> texts.put(t.kind().name(), Map.of("subject", t.subject(), "body", t.body())));
        m.put("emailTemplates", texts);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
