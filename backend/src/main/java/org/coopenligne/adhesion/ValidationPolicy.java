package org.coopenligne.adhesion;

import java.util.List;
import java.util.Optional;
import org.coopenligne.common.error.Problem;

/** What staff must have checked before validating: a named list of small rules, each giving its reason. */
final class ValidationPolicy {

    interface Rule {
        Optional<Problem.Violation> check(Adhesion a);
    }

    static final Rule ENGAGEMENT_UPLOADED = a -> a.engagementDocumentId == null
            ? Optional.of(new Problem.Violation("engagementReceived", "La coopérative n'a pas encore déposé l'engagement du mandataire signé."))
            : Optional.empty();

    static final Rule ENGAGEMENT_CHECKED = a -> a.engagementDocumentId != null && !a.engagementReceived
            ? Optional.of(new Problem.Violation("engagementReceived", "Cochez « Engagement vérifié (daté et signé) » après avoir vérifié la date et les signatures."))
            : Optional.empty();

    static final Rule PAYMENT_RECEIVED = a -> a.paymentDueBeforeValidation() && !a.paymentReceived
            ? Optional.of(new Problem.Violation("paymentReceived", "Le paiement n'est pas encore reçu."))
            : Optional.empty();

    static final Rule NO_CHANGE_FORM_PENDING = a -> a.mandataireChangeForm == ChangeFormStatus.PENDING
            ? Optional.of(new Problem.Violation("mandataireChangeForm", "Le formulaire de changement de mandataire est attendu."))
            : Optional.empty();

    static final List<Rule> RULES = List.of(ENGAGEMENT_UPLOADED, ENGAGEMENT_CHECKED, PAYMENT_RECEIVED, NO_CHANGE_FORM_PENDING);

    private ValidationPolicy() {}

    static List<Problem.Violation> reasonsAgainst(Adhesion a) {
        return RULES.stream().map(r -> r.check(a)).flatMap(Optional::stream).toList();
    }
}
