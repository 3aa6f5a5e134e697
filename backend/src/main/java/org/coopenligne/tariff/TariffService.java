package org.coopenligne.tariff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.tariff.TariffDtos.SubscriptionRequest;
import org.coopenligne.tariff.TariffDtos.TariffRequest;
import org.coopenligne.tariff.TariffDtos.TariffView;

@ApplicationScoped
@Transactional
public class TariffService {

    @Inject TariffRepository tariffs;
    @Inject TariffMapper mapper;
    @Inject DepartmentService departments;
    @Inject PricedAdhesions adhesions;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject Clock clock;

    private record PricingKey(long departmentId, String schoolYear) {}

    /**
     * The priced terms of each department's year, read once: every line save prices the adhesion, and a tariff
     * changes a few times a year. Each use first reads the tariff's id and version (one indexed row), so a change
     * made through any replica is seen at once; a put always raises the version (its updatedAt changes).
     */
    private final ConcurrentHashMap<PricingKey, TariffDtos.Pricing> pricings = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public TariffView get(String departmentCode, SchoolYear year) {
        DepartmentView d = departments.authorize(departmentCode);
        Tariff t = tariffs.findFor(d.id(), year.label()).orElseThrow(() -> ProblemException.notFound(
                "Le barème " + year.display() + " de " + d.name() + " n'est pas encore défini."));
        return mapper.toView(t, d.code());
    }

    /** What a new tariff of the department's year starts from (the department checked like the tariff's own). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TariffDtos.TariffDefaults defaults(String departmentCode, SchoolYear year) {
        departments.authorize(departmentCode);
        return TariffDtos.TariffDefaults.of(year);
    }

    /** For the adhesion: the tariff of a department's year, if staff defined it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TariffDtos.Pricing> pricing(long departmentId, SchoolYear year) {
        return pricing(departmentId, year, tariffs.stampOf(departmentId, year.label()));
    }

    /** The same, when the caller read the tariff's id and version itself (with the adhesion, in one query). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TariffDtos.Pricing> pricing(long departmentId, SchoolYear year, Optional<TariffStamp> stamp) {
        String label = year.label();
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        PricingKey key = new PricingKey(departmentId, label);
        TariffDtos.Pricing known = pricings.get(key);
        if (known != null && known.id() == stamp.get().id() && known.version() == stamp.get().version()) {
            return Optional.of(known);
        }
        Optional<TariffDtos.Pricing> read = tariffs.findForPricing(departmentId, label).map(t -> new TariffDtos.Pricing(t.id,
                t.version, t.terms(), t.opensOn, t.deadline, Collections.unmodifiableSet(t.enabledPaymentMeans()),
                List.copyOf(mapper.toViews(t.subscriptions))));
        read.ifPresent(p -> pricings.put(key, p));
        return read;
    }

    /**
     * The placeholders of a school year in the department's emails: {@code year} ("2025 - 2026") and
     * {@code deadline} (the tariff's, "30/09/2025", empty when the year has no tariff). No access check.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> yearPlaceholders(long departmentId, SchoolYear year) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("year", year.display());
        values.put("deadline", tariffs.find("departmentId = ?1 and schoolYear = ?2", departmentId, year.label())
                .firstResultOptional().map(t -> t.deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))).orElse(""));
        return values;
    }

    /**
     * Creates or replaces the tariff of a year. When submitted adhesions were priced with it, the change
     * is refused (409, listing them) unless acknowledged: they keep their submitted amount until re-priced.
     */
    public TariffView put(String departmentCode, SchoolYear year, TariffRequest request, boolean acknowledged) {
        DepartmentView d = departments.authorize(departmentCode);
        checkCoherence(request, year);
        Optional<Tariff> existing = tariffs.findFor(d.id(), year.label());
        Tariff t;
        TariffView before = null;
        if (existing.isPresent()) {
            t = existing.get();
            if (request.version() == null || request.version() != t.version) {
                throw ProblemException.staleVersion();
            }
            before = mapper.toView(t, d.code());
            List<String> affected = adhesions.submittedCodesPricedWith(d.id(), year);
            if (!affected.isEmpty() && !acknowledged) {
                throw ProblemException.conflict("tariff-in-use", "Ce barème a déjà servi à calculer " + affected.size()
                        + " adhésion(s) soumise(s). Elles garderont le montant soumis jusqu'à ce qu'elles soient recalculées. "
                        + "Confirmez la modification pour l'enregistrer.").withAffected(affected);
            }
        } else {
            t = new Tariff();
            t.departmentId = d.id();
            t.schoolYear = year.label();
        }
        mapper.apply(request, t);
        t.enablePaymentMeans(request.paymentMeans());
        t.updatedAt = clock.instant();
        replaceSubscriptions(t, request.subscriptions() == null ? List.of() : request.subscriptions());
        if (t.id == null) {
            tariffs.persist(t);
        }
        tariffs.flush();
        TariffView after = mapper.toView(t, d.code());
        audit.record(new AuditService.Change(before == null ? AuditAction.TARIFF_CREATED : AuditAction.TARIFF_UPDATED, "Tariff", t.id, d.id(), null,
                before, after));
        return after;
    }

    /** "Copier le barème de l'an dernier": the same figures, the campaign dates a year later. */
    public TariffView copyFromPrevious(String departmentCode, SchoolYear year) {
        DepartmentView d = departments.authorize(departmentCode);
        if (tariffs.findFor(d.id(), year.label()).isPresent()) {
            throw ProblemException.conflict("tariff-exists", "Le barème " + year.display() + " existe déjà : modifiez-le.");
        }
        Tariff previous = tariffs.findFor(d.id(), year.previous().label()).orElseThrow(() -> ProblemException.notFound(
                "Il n'y a pas de barème " + year.previous().display() + " à recopier."));
        Tariff t = new Tariff();
        t.departmentId = d.id();
        t.schoolYear = year.label();
        t.cooperativeFee = previous.cooperativeFee;
        t.membershipMode = previous.membershipMode;
        t.membershipRate = previous.membershipRate;
        t.membershipPupilRate = previous.membershipPupilRate;
        t.membershipAdultRate = previous.membershipAdultRate;
        t.insuranceMandatory = previous.insuranceMandatory;
        t.insuranceMode = previous.insuranceMode;
        t.insuranceRate = previous.insuranceRate;
        t.insurancePupilRate = previous.insurancePupilRate;
        t.insuranceAdultRate = previous.insuranceAdultRate;
        t.propertyThreshold = previous.propertyThreshold;
        t.propertyRate = previous.propertyRate;
        t.instrumentThreshold = previous.instrumentThreshold;
        t.instrumentRate = previous.instrumentRate;
        t.opensOn = previous.opensOn.plusYears(1);
        t.deadline = previous.deadline.plusYears(1);
        t.paymentMeans = previous.paymentMeans;
        t.updatedAt = clock.instant();
        for (TariffSubscription s : previous.subscriptions) {
            addSubscription(t, s.name, s.price);
        }
        tariffs.persist(t);
        tariffs.flush();
        TariffView after = mapper.toView(t, d.code());
        audit.record(new AuditService.Change(AuditAction.TARIFF_COPIED, "Tariff", t.id, d.id(), null, null, after));
        return after;
    }

    private static void checkCoherence(TariffRequest r, SchoolYear year) {
        new MemberRates(r.membershipMode(), r.membershipRate(), r.membershipPupilRate(), r.membershipAdultRate())
                .requireComplete("membership", "d'adhésion");
        new MemberRates(r.insuranceMode(), r.insuranceRate(), r.insurancePupilRate(), r.insuranceAdultRate())
                .requireComplete("insurance", "d'assurance");
        if (r.opensOn().isBefore(year.firstDay().minusMonths(3)) || r.opensOn().isAfter(year.lastDay())) {
            throw ProblemException.invalidField("opensOn", "La date d'ouverture doit tomber dans l'année scolaire " + year.display() + ".");
        }
        if (r.deadline().isBefore(r.opensOn())) {
            throw ProblemException.invalidField("deadline", "La date limite doit suivre la date d'ouverture.");
        }
    }

    private static void replaceSubscriptions(Tariff t, List<SubscriptionRequest> requested) {
        // keep the ids of subscriptions whose name is unchanged, so that choices already made stay valid
        List<TariffSubscription> kept = new ArrayList<>();
        for (SubscriptionRequest r : requested) {
            TariffSubscription same = t.subscriptions.stream().filter(s -> s.name.equals(r.name().trim()) && !kept.contains(s))
                    .findFirst().orElse(null);
            if (same != null) {
                same.price = r.price();
                same.position = kept.size();
                kept.add(same);
            } else {
                kept.add(newSubscription(t, r.name().trim(), r.price(), kept.size()));
            }
        }
        t.subscriptions.retainAll(kept);
        for (TariffSubscription s : kept) {
            if (!t.subscriptions.contains(s)) {
                t.subscriptions.add(s);
            }
        }
        t.subscriptions.sort(java.util.Comparator.comparingInt(s -> s.position));
    }

    private static void addSubscription(Tariff t, String name, BigDecimal price) {
        t.subscriptions.add(newSubscription(t, name, price, t.subscriptions.size()));
    }

    private static TariffSubscription newSubscription(Tariff t, String name, BigDecimal price, int position) {
        TariffSubscription s = new TariffSubscription();
        s.tariff = t;
        s.name = name;
        s.price = price;
        s.position = position;
        return s;
    }
}
