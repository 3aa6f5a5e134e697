package org.coopenligne.adhesion;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;
import org.coopenligne.adhesion.AdhesionDtos.Declarations;
import org.coopenligne.adhesion.AdhesionDtos.Totals;
import org.coopenligne.adhesion.AdhesionRecordDtos.AdhesionRecord;
import org.coopenligne.adhesion.AdhesionRecordDtos.LineRecord;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.money.Money;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.tariff.FeeCalculator;
import org.coopenligne.tariff.TariffDtos.Pricing;
import org.coopenligne.tariff.TariffService;

/**
 * A department's adhesions of a year, page by page, with their lines and fees. A page costs a fixed number of
 * queries whatever its size: the adhesions, their lines in one query, their subscriptions in one, the tariff once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DepartmentAdhesions {

    @Inject AdhesionRepository adhesions;
    @Inject DepartmentService departments;
    @Inject TariffService tariffs;

    public PageView<AdhesionRecord> list(String departmentCode, SchoolYear year, AdhesionStatus status, int page, int size) {
        if (status == AdhesionStatus.NOT_STARTED) {
            throw ProblemException.invalidField("status", "Une adhésion « à saisir » n'existe pas encore : choisissez DRAFT, "
                    + "SUBMITTED, CORRECTION_REQUESTED ou VALIDATED.");
        }
        long departmentId = departments.authorize(departmentCode).id();
        Parameters params = Parameters.with("dept", departmentId).and("year", year.label());
        String where = "departmentId = :dept and schoolYear = :year";
        if (status != null) {
            where += " and status = :status";
            params.and("status", status);
        }
        PanacheQuery<Adhesion> query = adhesions.find(where, Sort.by("cooperativeCode").and("id"), params);
        List<Adhesion> rows = query.page(page, size).list();
        List<Long> ids = rows.stream().map(a -> a.id).toList();
        Map<Long, List<LineRecord>> lines = linesOf(ids);
        Map<Long, Set<Long>> subscriptions = subscriptionsOf(ids);
        Optional<Pricing> pricing = tariffs.pricing(departmentId, year);
        List<AdhesionRecord> items = rows.stream().map(a -> record(a, lines.getOrDefault(a.id, List.of()),
                subscriptions.getOrDefault(a.id, Set.of()), pricing)).toList();
        return PageView.of(items, page, size, query.count());
    }

    private Map<Long, List<LineRecord>> linesOf(List<Long> ids) {
        Map<Long, List<LineRecord>> byAdhesion = new HashMap<>();
        if (ids.isEmpty()) {
            return byAdhesion;
        }
        List<Object[]> rows = adhesions.getEntityManager().createQuery("select l.adhesion.id, l.position, l.className, l.adults, l.pupils,"
                + " l.toConfirm from ClassLine l where l.adhesion.id in :ids order by l.adhesion.id, l.position", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            int adults = (Integer) r[3];
            int pupils = (Integer) r[4];
            byAdhesion.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new LineRecord((Integer) r[1], (String) r[2], adults, pupils, adults + pupils, (Boolean) r[5]));
        }
        return byAdhesion;
    }

    private Map<Long, Set<Long>> subscriptionsOf(List<Long> ids) {
        Map<Long, Set<Long>> byAdhesion = new HashMap<>();
        if (ids.isEmpty()) {
            return byAdhesion;
        }
        List<Object[]> rows = adhesions.getEntityManager().createQuery(
                        "select a.id, s from Adhesion a join a.subscriptionIds s where a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            byAdhesion.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]);
        }
        return byAdhesion;
    }

    private static AdhesionRecord record(Adhesion a, List<LineRecord> lines, Set<Long> subscriptions, Optional<Pricing> pricing) {
        Declarations declarations = new Declarations(a.insured, a.propertyValue, a.instrumentValue, subscriptions,
                a.voluntaryParticipation, a.paymentMeans);
        return new AdhesionRecord(a.id, a.cooperativeId, a.cooperativeCode, a.schoolYear, a.status, a.late,
                new Totals(a.lineCount, a.adults, a.pupils, a.adults + a.pupils), lines, declarations,
                pricing.map(p -> FeeCalculator.compute(p.terms(), a.adults, a.pupils, new FeeCalculator.Declarations(a.insured,
                        Money.of(a.propertyValue), Money.of(a.instrumentValue), subscriptions, Money.of(a.voluntaryParticipation))))
                        .orElse(null),
                a.submittedAmount, a.submittedAt, a.paymentReceived, a.registrationCode, a.validatedAt);
    }
}
