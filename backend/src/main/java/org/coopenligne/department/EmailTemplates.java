package org.coopenligne.department;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopenligne.common.error.Problem;

/**
 * The emails a department may rewrite: their placeholders, the platform's default French text, the check of a
 * text a department writes, and the rendering. A placeholder is a name in braces, e.g. {@code {cooperative}};
 * each kind of email accepts its own list (see {@link #placeholders(EmailKind)}), anything else is refused.
 */
public final class EmailTemplates {

    /** A placeholder and what it becomes in the email (shown on the settings screen). */
    public record Placeholder(String name, String description) {}

    /** An email ready to send. */
    public record Rendered(String subject, String body) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static final List<Placeholder> COMMON = List.of(
            new Placeholder("cooperative", "le numéro de la coopérative, ex. 038-2233"),
            new Placeholder("school", "le nom de l'école et sa commune"),
            new Placeholder("year", "l'année scolaire, ex. 2025 - 2026"),
            new Placeholder("deadline", "la date limite d'envoi de l'adhésion de l'année, ex. 30/09/2025"),
            new Placeholder("department", "le nom de l'association départementale, ex. OCCE de l'Isère"),
            new Placeholder("link", "l'adresse de la plateforme, ex. https://coop-en-ligne.fr"));

    private static final Map<EmailKind, List<Placeholder>> EXTRA = Map.of(
            EmailKind.REMINDER, List.of(),
            EmailKind.CORRECTION_REQUEST, List.of(new Placeholder("message", "le message de l'OCCE : ce qui est à corriger (obligatoire)")),
            EmailKind.VALIDATION, List.of(
                    new Placeholder("code", "le code d'enregistrement de l'adhésion, ex. 25/0001 A"),
                    new Placeholder("certificates", "les documents à télécharger, ex. attestation d'adhésion, certificat d'assurance")));

    /** Placeholders that a kind's body must contain (without them the email would not make sense). */
    private static final Map<EmailKind, Set<String>> REQUIRED = Map.of(
            EmailKind.REMINDER, Set.of(),
            EmailKind.CORRECTION_REQUEST, Set.of("message"),
            EmailKind.VALIDATION, Set.of());

    private static final Map<EmailKind, String> LABELS = Map.of(
            EmailKind.REMINDER, "Relance des coopératives",
            EmailKind.CORRECTION_REQUEST, "Demande de correction",
            EmailKind.VALIDATION, "Adhésion validée");

    private static final Map<EmailKind, EmailText> DEFAULTS = Map.of(
            EmailKind.REMINDER, new EmailText("Adhésion {year} : à saisir avant le {deadline}",
                    """
                    Bonjour,

                    L'adhésion {year} de la coopérative {cooperative} ({school}) n'est pas encore envoyée à l'{department}.

                    Pour la saisir, connectez-vous à Coopérative en ligne ({link}/) avec l'identifiant {cooperative}, puis suivez les étapes de la page « Adhésion ». Merci de l'envoyer avant le {deadline}.

                    Si vous l'avez envoyée entre-temps, ne tenez pas compte de ce message.

                    Bien cordialement,
                    L'{department}
                    """),
            EmailKind.CORRECTION_REQUEST, new EmailText("Votre adhésion {year} est à corriger",
                    """
                    Bonjour,

                    L'OCCE a examiné l'adhésion {year} de la coopérative {cooperative} et a besoin d'informations complémentaires :

                    {message}

                    Connectez-vous à Coopérative en ligne ({link}/) : sur le Sommaire, ouvrez « Adhésion », corrigez ce qui est
                    demandé, puis cliquez sur « Envoyer à l'OCCE » pour la renvoyer.

                    {department}
                    """),
            EmailKind.VALIDATION, new EmailText("Votre adhésion {year} est validée",
                    """
                    Bonjour,

                    L'OCCE a validé l'adhésion {year} de la coopérative {cooperative} (code d'enregistrement {code}).

                    Documents à télécharger sur la page d'accueil ({link}/) : {certificates}.

                    {department}
                    """));

    private EmailTemplates() {}

    public static String label(EmailKind kind) {
        return LABELS.get(kind);
    }

    public static EmailText defaultText(EmailKind kind) {
        return DEFAULTS.get(kind);
    }

    /** Every placeholder the kind accepts, common ones first. */
    public static List<Placeholder> placeholders(EmailKind kind) {
        List<Placeholder> all = new ArrayList<>(COMMON);
        all.addAll(EXTRA.get(kind));
        return all;
    }

    /** What is wrong with a text a department wrote (French, one violation per problem); empty when it is fine. */
    public static List<Problem.Violation> problems(EmailKind kind, String subject, String body) {
        String field = "emailTemplates." + kind.name();
        List<Problem.Violation> problems = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            problems.add(new Problem.Violation(field + ".subject", "Écrivez l'objet du courriel « " + label(kind) + " »."));
        } else if (subject.length() > 300 || subject.contains("\n")) {
            problems.add(new Problem.Violation(field + ".subject",
                    "L'objet du courriel « " + label(kind) + " » tient sur une ligne de 300 caractères au plus."));
        }
        if (body == null || body.isBlank()) {
            problems.add(new Problem.Violation(field + ".body", "Écrivez le texte du courriel « " + label(kind) + " »."));
        } else if (body.length() > 5000) {
            problems.add(new Problem.Violation(field + ".body",
                    "Le texte du courriel « " + label(kind) + " » compte 5 000 caractères au plus."));
        }
        Set<String> known = new java.util.HashSet<>(placeholders(kind).stream().map(Placeholder::name).toList());
        String allowed = String.join(", ", placeholders(kind).stream().map(p -> "{" + p.name() + "}").toList());
        for (Map.Entry<String, String> part : List.of(Map.entry("subject", String.valueOf(subject)), Map.entry("body", String.valueOf(body)))) {
            Matcher m = PLACEHOLDER.matcher(part.getValue());
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    problems.add(new Problem.Violation(field + "." + part.getKey(), "« {" + m.group(1) + "} » n'est pas un champ du courriel « "
                            + label(kind) + " ». Champs possibles : " + allowed + "."));
                }
            }
        }
        if (body != null && !body.isBlank()) {
            for (String required : REQUIRED.get(kind)) {
                if (!body.contains("{" + required + "}")) {
                    problems.add(new Problem.Violation(field + ".body", "Le texte du courriel « " + label(kind) + " » doit contenir {"
                            + required + "} : sans lui, la coopérative ne saurait pas quoi faire."));
                }
            }
        }
        return problems;
    }

    /** Replaces each placeholder by its value; a placeholder without a value becomes empty. */
    public static Rendered render(EmailText text, Map<String, String> values) {
        return new Rendered(fill(text.subject, values).replace('\n', ' ').trim(), fill(text.body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
