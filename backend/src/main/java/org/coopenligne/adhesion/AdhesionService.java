package org.coopenligne.adhesion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.adhesion.AdhesionDtos.Campaign;
import org.coopenligne.adhesion.AdhesionDtos.ClassLineRequest;
import org.coopenligne.adhesion.AdhesionDtos.ClassLineView;
import org.coopenligne.adhesion.AdhesionDtos.Declarations;
import org.coopenligne.adhesion.AdhesionDtos.DeclarationsRequest;
import org.coopenligne.adhesion.AdhesionDtos.PreviousYear;
import org.coopenligne.adhesion.AdhesionDtos.QuoteRequest;
import org.coopenligne.adhesion.AdhesionDtos.Totals;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.money.Money;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.tariff.FeeBreakdown;
import org.coopenligne.tariff.FeeCalculator;
import org.coopenligne.tariff.TariffDtos.Pricing;
import org.coopenligne.tariff.TariffService;
import org.coopenligne.tariff.TariffDtos;
import org.coopenligne.tariff.PricedAdhesions;

@ApplicationScoped
@Transactional
public class AdhesionService implements PricedAdhesions {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject AdhesionRepository adhesions;
    @Inject AdhesionSqlStore store;
    @Inject TariffService tariffs;
    @Inject CooperativeService cooperatives;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdhesionView view(long cooperativeId, SchoolYear year) {
        CooperativeView coop = cooperatives.get(cooperativeId);
        Optional<Pricing> pricing = tariffs.pricing(coop.departmentId(), year);
        Optional<Adhesion> adhesion = adhesions.findFor(cooperativeId, year.label());
        if (adhesion.isPresent()) {
            Adhesion a = adhesion.get();
            return toView(new Loaded(a, pricing, previousLines(a)));
        }
        int previousLines = adhesions.lineCountOf(cooperativeId, year.previous().label());
        return AdhesionView.notStarted(coop.id(), coop.code(), year.label(),
                pricing.map(p -> p.terms().insuranceMandatory()).orElse(false), campaign(year, pricing),
                new PreviousYear(year.previous().label(), previousLines));
    }

    /** The class lines of a cooperative's adhesion of a year, in their order (none before it is opened); no access check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClassLineView> classLines(long cooperativeId, SchoolYear year) {
        return adhesions.findFor(cooperativeId, year.label()).map(a -> a.lines.stream().map(AdhesionService::lineView).toList()).orElse(List.of());
    }

    /**
     * The adhesion as it stands in this transaction: what the caller changed through Hibernate (a review, a
     * validation) is flushed first, then the adhesion is read in plain SQL; callers never flush for it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdhesionView view(long adhesionId) {
        if (QuarkusTransaction.isActive()) {
            adhesions.flush();
        }
        return toView(loadPlain(adhesionId));
    }

    /** Opens the adhesion of the current school year, carrying over last year's lines (counts to confirm). */
    public AdhesionView open(long cooperativeId, SchoolYear year) {
        CooperativeView coop = cooperatives.get(cooperativeId);
        SchoolYear current = SchoolYear.containing(today());
        if (!year.equals(current)) {
            throw ProblemException.invalidField("year", "Seule l'adhésion de l'année scolaire en cours ("
                    + current.display() + ") peut être saisie.");
        }
        if (adhesions.findFor(cooperativeId, year.label()).isPresent()) {
            throw ProblemException.conflict("adhesion-exists", "L'adhésion " + year.display() + " est déjà ouverte : rechargez la page.");
        }
        Optional<Pricing> pricing = tariffs.pricing(coop.departmentId(), year);
        Campaign campaign = campaign(year, pricing);
        if (!campaign.open()) {
            throw ProblemException.conflict("campaign-closed", "Le module d'adhésion ouvrira le "
                    + FRENCH_DATE.format(campaign.opensOn()) + ".");
        }
        Adhesion a = new Adhesion();
        a.cooperativeId = coop.id();
        a.cooperativeCode = coop.code();
        a.departmentId = coop.departmentId();
        a.schoolYear = year.label();
        a.status = AdhesionStatus.DRAFT;
        a.insured = campaign.insuranceMandatory();
        a.createdAt = clock.instant();
        a.updatedAt = a.createdAt;
        adhesions.findFor(cooperativeId, year.previous().label()).ifPresent(previous -> {
            for (ClassLine old : previous.lines) {
                ClassLine l = new ClassLine();
                l.adhesion = a;
                l.position = old.position;
                l.className = old.className;
                l.teachers = old.teachers;
                l.teacherEmail = old.teacherEmail;
                l.adults = old.adults;
                l.pupils = old.pupils;
                l.toConfirm = true;
                a.lines.add(l);
            }
        });
        reprice(a, pricing);
        adhesions.persist(a);
        adhesions.flush();
        AdhesionView view = toView(new Loaded(a, pricing, previousLines(a)));
        audit.record(change(AuditAction.ADHESION_OPENED, a, null, Map.of("lines", a.lineCount, "status", a.status)));
        return view;
    }

    /*
     * The line saves are the busiest requests of September, so they run in plain SQL (AdhesionSqlStore): one query reads
     * the adhesion with its lines, subscriptions, tariff version and last year's count; the domain rules and the fee
     * run on those plain objects; then three statements write the adhesion's totals (version checked, row locked
     * first), the line, and the audit record. A stale version writes nothing and answers 409.
     */

    /** A line just added: its id (for the answer's Location) and the whole adhesion, re-priced. */
    public record AddedLine(long lineId, AdhesionView adhesion) {}

    public AddedLine addLine(long adhesionId, int version, ClassLineRequest request) {
        Loaded loaded = loadPlainForChange(adhesionId, version);
        Adhesion a = loaded.adhesion();
        if (a.lines.size() >= Adhesion.MAX_LINES) {
            throw ProblemException.conflict("too-many-lines", "Une adhésion compte " + Adhesion.MAX_LINES + " lignes au plus.");
        }
        ClassLine l = new ClassLine();
        l.adhesion = a;
        l.position = a.nextPosition();
        apply(request, l);
        a.lines.add(l);
        FeeBreakdown fee = saveTotals(a, loaded.pricing(), version);
        store.insertLine(l);
        audit.record(change(AuditAction.CLASS_LINE_ADDED, a, null, lineView(l)));
        return new AddedLine(l.id, toView(loaded, fee));
    }

    public AdhesionView updateLine(long adhesionId, long lineId, int version, ClassLineRequest request) {
        Loaded loaded = loadPlainForChange(adhesionId, version);
        Adhesion a = loaded.adhesion();
        ClassLine l = line(a, lineId);
        ClassLineView before = lineView(l);
        apply(request, l);
        FeeBreakdown fee = saveTotals(a, loaded.pricing(), version);
        store.updateLine(l);
        audit.record(change(AuditAction.CLASS_LINE_UPDATED, a, before, lineView(l)));
        return toView(loaded, fee);
    }

    public AdhesionView deleteLine(long adhesionId, long lineId, int version) {
        Loaded loaded = loadPlainForChange(adhesionId, version);
        Adhesion a = loaded.adhesion();
        ClassLine l = line(a, lineId);
        ClassLineView before = lineView(l);
        a.lines.remove(l);
        FeeBreakdown fee = saveTotals(a, loaded.pricing(), version);
        store.deleteLine(l);
        audit.record(change(AuditAction.CLASS_LINE_DELETED, a, before, null));
        return toView(loaded, fee);
    }

    public AdhesionView declare(long adhesionId, int version, DeclarationsRequest r) {
        Loaded loaded = loadForChange(adhesionId, version);
        Adhesion a = loaded.adhesion();
        Optional<Pricing> pricing = loaded.pricing();
        Declarations before = declarations(a);
        Set<Long> chosen = r.subscriptionIds() == null ? Set.of() : r.subscriptionIds();
        Set<Long> offered = new HashSet<>();
        pricing.ifPresent(p -> p.subscriptions().forEach(s -> offered.add(s.id())));
        if (!offered.containsAll(chosen)) {
            throw ProblemException.invalidField("subscriptionIds", "Cet abonnement n'est pas proposé par votre OCCE cette année.");
        }
        if (r.paymentMeans() != null && pricing.map(p -> !p.paymentMeans().contains(r.paymentMeans())).orElse(true)) {
            throw ProblemException.invalidField("paymentMeans", "Ce moyen de paiement n'est pas proposé par votre OCCE.");
        }
        boolean mandatory = pricing.map(p -> p.terms().insuranceMandatory()).orElse(false);
        if (mandatory && !r.insured()) {
            throw ProblemException.invalidField("insured", "L'assurance est obligatoire dans votre département.");
        }
        a.insured = r.insured();
        a.propertyValue = r.propertyValue().setScale(2); // as stored and read back: always two decimals (more are refused)
        a.instrumentValue = r.instrumentValue().setScale(2);
        a.voluntaryParticipation = r.voluntaryParticipation().setScale(2);
        a.subscriptionIds.clear();
        a.subscriptionIds.addAll(chosen);
        a.paymentMeans = r.paymentMeans();
        reprice(a, pricing);
        a.updatedAt = clock.instant();
        audit.record(change(AuditAction.ADHESION_DECLARED, a, before, declarations(a)));
        return saved(loaded);
    }

    /** "Mettre à jour les informations": sends the adhesion to staff, once every rule of {@link SubmissionPolicy} holds. */
    public AdhesionView submit(long adhesionId, int version) {
        Loaded loaded = loadForChange(adhesionId, version);
        Adhesion a = loaded.adhesion();
        Optional<Pricing> pricing = loaded.pricing();
        reprice(a, pricing);
        List<Problem.Violation> reasons = SubmissionPolicy.reasonsAgainst(a, pricing);
        if (!reasons.isEmpty()) {
            throw new ProblemException(409, "submission-refused", "Adhésion incomplète",
                    "L'adhésion ne peut pas encore être envoyée : " + String.join(" ", reasons.stream().map(Problem.Violation::message).toList()),
                    reasons);
        }
        AdhesionStatus before = a.status;
        Campaign campaign = campaign(SchoolYear.parse(a.schoolYear), pricing);
        a.submit(clock.instant(), campaign.afterDeadline(), pricing.get().version());
        a.updatedAt = clock.instant();
        audit.record(change(AuditAction.ADHESION_SUBMITTED, a, Map.of("status", before),
                Map.of("status", a.status, "amount", a.submittedAmount, "late", a.late)));
        return saved(loaded);
    }

    /** Prices counts and declarations without saving anything: the preview while the mandataire types. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeeBreakdown quote(long adhesionId, QuoteRequest r) {
        Adhesion a = reachable(adhesions.findByIdOptional(adhesionId)); // the counts come with the request: no lines
        Pricing pricing = pricingOf(a).orElseThrow(() ->
                ProblemException.conflict("tariff-missing", "Votre OCCE n'a pas encore défini le barème de l'année."));
        return FeeCalculator.compute(pricing.terms(), r.adults(), r.pupils(), new FeeCalculator.Declarations(r.insured(),
                Money.of(r.propertyValue()), Money.of(r.instrumentValue()),
                r.subscriptionIds() == null ? Set.of() : r.subscriptionIds(), Money.of(r.voluntaryParticipation())));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> submittedCodesPricedWith(long departmentId, SchoolYear year) {
        return adhesions.codesPricedWith(departmentId, year.label());
    }

    // --- internals ---------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An adhesion with what its view and its pricing need, all read before anything is changed. */
    private record Loaded(Adhesion adhesion, Optional<Pricing> pricing, int previousLines) {}

    /** The adhesion with its lines and subscriptions (one query), if the caller may reach it. */
    private Adhesion load(long adhesionId) {
        return reachable(adhesions.findWithLines(adhesionId));
    }

    private Adhesion reachable(Optional<Adhesion> found) {
        Adhesion a = found.orElseThrow(() -> ProblemException.notFound("Cette adhésion n'existe pas."));
        access.requireCooperative(a.departmentId, a.cooperativeId);
        return a;
    }

    private Loaded read(Adhesion a) {
        return new Loaded(a, pricingOf(a), previousLines(a));
    }

    /** The adhesion with everything its view needs, read in plain SQL (one query), if the caller may reach it. */
    private Loaded loadPlain(long adhesionId) {
        Optional<AdhesionSqlStore.Snapshot> found = store.load(adhesionId);
        Adhesion a = reachable(found.map(AdhesionSqlStore.Snapshot::adhesion));
        return new Loaded(a, tariffs.pricing(a.departmentId, SchoolYear.parse(a.schoolYear), found.get().tariff()),
                found.get().previousLines());
    }

    private Loaded loadPlainForChange(long adhesionId, int version) {
        Loaded loaded = loadPlain(adhesionId);
        if (loaded.adhesion().version != version) {
            throw ProblemException.staleVersion();
        }
        loaded.adhesion().requireEditable();
        return loaded;
    }

    /** After a line change: totals, fee, a new version even when nothing priced changed; 409 if another save came first. */
    private FeeBreakdown saveTotals(Adhesion a, Optional<Pricing> pricing, int version) {
        FeeBreakdown fee = changed(a, pricing);
        if (!store.saveTotals(a, version)) {
            throw ProblemException.staleVersion();
        }
        return fee;
    }

    private Loaded loadForChange(long adhesionId, int version) {
        Adhesion a = load(adhesionId);
        if (a.version != version) {
            throw ProblemException.staleVersion();
        }
        a.requireEditable();
        return read(a);
    }

    /** Writes the change (its version check included) and answers the adhesion as saved, with its new version. */
    private AdhesionView saved(Loaded loaded) {
        adhesions.flush();
        return toView(loaded);
    }

    private int previousLines(Adhesion a) {
        return adhesions.lineCountOf(a.cooperativeId, SchoolYear.parse(a.schoolYear).previous().label());
    }

    private static ClassLine line(Adhesion a, long lineId) {
        return a.lines.stream().filter(l -> l.id == lineId).findFirst().orElseThrow(() ->
                ProblemException.notFound("Cette ligne n'appartient pas à cette adhésion."));
    }

    private static void apply(ClassLineRequest r, ClassLine l) {
        l.className = r.className().trim();
        l.teachers = blankToNull(r.teachers());
        l.teacherEmail = blankToNull(r.teacherEmail());
        l.adults = r.adults();
        l.pupils = r.pupils();
        l.toConfirm = false;
    }

    private Optional<Pricing> pricingOf(Adhesion a) {
        return tariffs.pricing(a.departmentId, SchoolYear.parse(a.schoolYear));
    }

    /** After a line change: totals, fee, and a new version even when nothing priced changed. */
    private FeeBreakdown changed(Adhesion a, Optional<Pricing> pricing) {
        FeeBreakdown fee = reprice(a, pricing);
        a.updatedAt = clock.instant();
        return fee;
    }

    /** Totals and amount from the lines and declarations; answers the breakdown (null without a tariff) for the view. */
    private static FeeBreakdown reprice(Adhesion a, Optional<Pricing> pricing) {
        a.recountTotals();
        FeeBreakdown fee = pricing.map(p -> fee(a, p)).orElse(null);
        a.amount = fee == null ? null : fee.total().amount();
        return fee;
    }

    private static FeeBreakdown fee(Adhesion a, Pricing p) {
        return FeeCalculator.compute(p.terms(), a.adults, a.pupils, new FeeCalculator.Declarations(a.insured,
                Money.of(a.propertyValue), Money.of(a.instrumentValue), Set.copyOf(a.subscriptionIds),
                Money.of(a.voluntaryParticipation)));
    }

    private Campaign campaign(SchoolYear year, Optional<Pricing> pricing) {
        TariffDtos.TariffDefaults defaults = TariffDtos.TariffDefaults.of(year);
        LocalDate opensOn = pricing.map(Pricing::opensOn).orElse(defaults.opensOn());
        LocalDate deadline = pricing.map(Pricing::deadline).orElse(defaults.deadline());
        LocalDate today = today();
        return new Campaign(opensOn, deadline, !today.isBefore(opensOn), today.isAfter(deadline), pricing.isPresent(),
                pricing.map(p -> p.terms().insuranceMandatory()).orElse(false),
                pricing.map(Pricing::paymentMeans).orElse(Set.of()),
                pricing.map(Pricing::subscriptions).orElse(List.of()),
                pricing.map(p -> p.terms().propertyThreshold().amount()).orElse(defaults.propertyThreshold()),
                pricing.map(p -> p.terms().instrumentThreshold().amount()).orElse(defaults.instrumentThreshold()));
    }

    private AdhesionView toView(Loaded loaded) {
        return toView(loaded, loaded.pricing().map(p -> fee(loaded.adhesion(), p)).orElse(null));
    }

    /** The view, with the breakdown the change just computed (a line save prices once). */
    private AdhesionView toView(Loaded loaded, FeeBreakdown fee) {
        Adhesion a = loaded.adhesion();
        Optional<Pricing> pricing = loaded.pricing();
        SchoolYear year = SchoolYear.parse(a.schoolYear);
        boolean priced = a.status == AdhesionStatus.SUBMITTED || a.status == AdhesionStatus.CORRECTION_REQUESTED
                || a.status == AdhesionStatus.VALIDATED;
        boolean repricing = priced && a.pricedTariffVersion != null
                && pricing.map(p -> p.version() != a.pricedTariffVersion).orElse(false);
        return new AdhesionView(a.id, a.cooperativeId, a.cooperativeCode, a.schoolYear, a.status, a.status.label, a.late,
                a.lines.stream().map(AdhesionService::lineView).toList(),
                new Totals(a.lineCount, a.adults, a.pupils, a.adults + a.pupils), declarations(a),
                fee, a.submittedAmount, a.submittedAt, repricing, a.correctionMessage, review(a),
                campaign(year, pricing), new PreviousYear(year.previous().label(), loaded.previousLines()), a.version);
    }

    static ReviewDtos.ReviewView review(Adhesion a) {
        return new ReviewDtos.ReviewView(a.paymentReceived, a.paymentAmount, a.paymentMethod, a.paymentReference, a.paymentDate,
                a.engagementDocumentId != null, a.engagementReceived, a.mandataireChangeForm, a.registrationCode, a.validatedAt,
                a.reopenReason);
    }

    /**
     * For the documents feature: the signed engagement just uploaded becomes the adhesion's current one. Allowed
     * until validation; staff must check it again when it is replaced.
     */
    public AdhesionView attachEngagement(long adhesionId, long documentId) {
        Loaded loaded = read(load(adhesionId));
        Adhesion a = loaded.adhesion();
        if (a.status == AdhesionStatus.VALIDATED) {
            throw ProblemException.conflict("adhesion-validated",
                    "L'adhésion est validée : l'engagement ne peut plus être remplacé. Contactez votre OCCE.");
        }
        Long before = a.engagementDocumentId;
        a.engagementDocumentId = documentId;
        a.engagementReceived = false;
        a.updatedAt = clock.instant();
        audit.record(change(AuditAction.ENGAGEMENT_UPLOADED, a, before == null ? null : Map.of("documentId", before),
                Map.of("documentId", documentId)));
        return saved(loaded);
    }

    private static Declarations declarations(Adhesion a) {
        return new Declarations(a.insured, a.propertyValue, a.instrumentValue, Set.copyOf(a.subscriptionIds),
                a.voluntaryParticipation, a.paymentMeans);
    }

    private static ClassLineView lineView(ClassLine l) {
        return new ClassLineView(l.id, l.position, l.className, l.teachers, l.teacherEmail, l.adults, l.pupils,
                l.adults + l.pupils, l.toConfirm);
    }

    private static AuditService.Change change(AuditAction action, Adhesion a, Object before, Object after) {
        return new AuditService.Change(action, "Adhesion", a.id, a.departmentId, a.cooperativeId, before, after);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
