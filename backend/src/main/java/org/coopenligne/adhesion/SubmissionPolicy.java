package org.coopenligne.adhesion;

import java.util.List;
import java.util.Optional;
import org.coopenligne.common.error.Problem;
import org.coopenligne.tariff.TariffDtos.Pricing;

/** What an adhesion needs before it goes to staff: a named list of small rules, each giving its reason. */
final class SubmissionPolicy {

    interface Rule {
        Optional<Problem.Violation> check(Adhesion a, Optional<Pricing> pricing);
    }

    static final Rule HAS_LINES = (a, p) -> a.lines.isEmpty()
            ? Optional.of(new Problem.Violation("lines", "Ajoutez au moins une ligne de classe.")) : Optional.empty();

    static final Rule HAS_MEMBERS = (a, p) -> !a.lines.isEmpty() && a.adults + a.pupils == 0
            ? Optional.of(new Problem.Violation("lines", "L'adhésion ne compte aucun membre : indiquez les effectifs.")) : Optional.empty();

    static final Rule NO_LINE_TO_CONFIRM = (a, p) -> a.linesToConfirm() > 0
            ? Optional.of(new Problem.Violation("lines", "Vérifiez les effectifs des " + a.linesToConfirm()
                    + " ligne(s) reprise(s) de l'an dernier et enregistrez chacune (crayon).")) : Optional.empty();

    static final Rule TARIFF_DEFINED = (a, p) -> p.isEmpty()
            ? Optional.of(new Problem.Violation("fee", "Votre OCCE n'a pas encore défini le barème de l'année : "
                    + "l'adhésion ne peut pas être calculée. Réessayez plus tard.")) : Optional.empty();

    static final Rule PAYMENT_CHOSEN = (a, p) -> a.paymentMeans == null
            ? Optional.of(new Problem.Violation("paymentMeans", "Choisissez un moyen de paiement.")) : Optional.empty();

    static final Rule PAYMENT_ENABLED = (a, p) -> a.paymentMeans != null && p.isPresent()
            && !p.get().paymentMeans().contains(a.paymentMeans)
            ? Optional.of(new Problem.Violation("paymentMeans", "Ce moyen de paiement n'est pas proposé par votre OCCE.")) : Optional.empty();

    static final List<Rule> RULES = List.of(HAS_LINES, HAS_MEMBERS, NO_LINE_TO_CONFIRM, TARIFF_DEFINED, PAYMENT_CHOSEN, PAYMENT_ENABLED);

    private SubmissionPolicy() {}

    static List<Problem.Violation> reasonsAgainst(Adhesion a, Optional<Pricing> pricing) {
        return RULES.stream().map(r -> r.check(a, pricing)).flatMap(Optional::stream).toList();
    }
}
