package org.coopenligne.ledger.cash;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.security.Access;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.ledger.KeptRecords;
import org.coopenligne.ledger.LedgerService;
import org.coopenligne.ledger.cash.CashCountDtos.CountRequest;
import org.coopenligne.ledger.cash.CashCountDtos.CountView;
import org.coopenligne.ledger.cash.CashCountDtos.CountsView;
import org.coopenligne.ledger.cash.CashCountDtos.Quantity;
import org.coopenligne.ledger.cash.CashCountDtos.QuantityRequest;

/**
 * "L'arrêté de caisse": the mandataire counts the notes and coins of the cash box on a day; the count is kept (one a
 * day) and compared with the ledger's cash balance at that date, "Bravo" when they agree. Staff read them.
 */
@ApplicationScoped
public class CashCountService {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject LedgerService ledger;
    @Inject CooperativeService cooperatives;
    @Inject KeptRecords records;
    @Inject Access access;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CountsView list(long cooperativeId, SchoolYear year) {
        cooperatives.get(cooperativeId); // access check
        SchoolYear y = year == null ? SchoolYears.current(clock) : year;
        List<CountView> counts = CashCount.<CashCount>find("cooperativeId = ?1 and schoolYear = ?2 order by countedOn desc", cooperativeId, y.label())
                .list().stream().map(this::view).toList();
        LocalDate today = LocalDate.now(clock);
        LocalDate reference = today.isAfter(y.lastDay()) ? y.lastDay() : today.isBefore(y.firstDay()) ? y.firstDay() : today;
        return new CountsView(y.label(), Arrays.stream(Denomination.values()).map(Denomination::value).toList(),
                ledger.balancesAt(cooperativeId, reference).cash(), reference, counts);
    }

    private static final KeptRecords.Kind<CashCount> KIND = new KeptRecords.Kind<>(CashCount.class, "CashCount",
            AuditAction.CASH_COUNT_CREATED, AuditAction.CASH_COUNT_UPDATED, AuditAction.CASH_COUNT_DELETED,
            "Cet arrêté de caisse n'existe pas (ou plus).", "Seul le mandataire de la coopérative fait l'arrêté de caisse.",
            c -> c.id, c -> c.cooperativeId, c -> c.version);

    @Transactional
    public CountView create(long cooperativeId, CountRequest r) {
        CashCount count = new CashCount();
        count.cooperativeId = cooperativeId;
        return records.create(KIND, cooperativeId, count, c -> apply(c, r), this::view);
    }

    @Transactional
    public CountView update(long countId, int version, CountRequest r) {
        return records.update(KIND, records.load(KIND, countId), version, c -> apply(c, r), this::view);
    }

    @Transactional
    public void delete(long countId, int version) {
        records.delete(KIND, records.load(KIND, countId), version, this::view, c -> { });
    }

    /** The request's rules, then its values on the count. */
    private void apply(CashCount count, CountRequest r) {
        LocalDate today = LocalDate.now(clock);
        if (r.countedOn().isAfter(today)) {
            throw ProblemException.invalidField("countedOn", "Un arrêté de caisse se fait le jour du comptage : la date ne peut pas être après aujourd'hui ("
                    + FRENCH_DATE.format(today) + ").");
        }
        long sameDay = count.id == null
                ? CashCount.count("cooperativeId = ?1 and countedOn = ?2", count.cooperativeId, r.countedOn())
                : CashCount.count("cooperativeId = ?1 and countedOn = ?2 and id <> ?3", count.cooperativeId, r.countedOn(), count.id);
        if (sameDay > 0) {
            throw ProblemException.invalidField("countedOn", "Un arrêté de caisse du " + FRENCH_DATE.format(r.countedOn())
                    + " existe déjà : modifiez-le plutôt que d'en faire un second.");
        }
        Map<Denomination, Integer> quantities = new EnumMap<>(Denomination.class);
        for (int i = 0; i < r.quantities().size(); i++) {
            QuantityRequest q = r.quantities().get(i);
            String field = "quantities[" + i + "].value";
            Denomination d = Denomination.of(q.value()).orElseThrow(() -> ProblemException.invalidField(field,
                    q.value().toPlainString().replace('.', ',') + " € n'est ni un billet ni une pièce en euros (de 500 € à 0,01 €)."));
            if (quantities.put(d, q.quantity()) != null) {
                throw ProblemException.invalidField(field, "Les " + money(d.value()) + " sont comptés deux fois : une ligne par valeur.");
            }
        }
        count.schoolYear = SchoolYear.containing(r.countedOn()).label();
        count.countedOn = r.countedOn();
        count.quantities = Arrays.stream(Denomination.values()).map(d -> String.valueOf(quantities.getOrDefault(d, 0)))
                .collect(Collectors.joining(","));
        count.total = total(quantities);
        count.countedBy = access.current().login();
        count.updatedAt = clock.instant();
    }

    private static BigDecimal total(Map<Denomination, Integer> quantities) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<Denomination, Integer> q : quantities.entrySet()) {
            total = total.add(q.getKey().value().multiply(BigDecimal.valueOf(q.getValue())));
        }
        return total.setScale(2);
    }

    private CountView view(CashCount count) {
        String[] stored = count.quantities.split(",");
        List<Quantity> quantities = new ArrayList<>(stored.length);
        Denomination[] denominations = Denomination.values();
        for (int i = 0; i < denominations.length; i++) {
            int n = i < stored.length ? Integer.parseInt(stored[i]) : 0;
            Denomination d = denominations[i];
            quantities.add(new Quantity(d.value(), d.isNote(), n, d.value().multiply(BigDecimal.valueOf(n)).setScale(2)));
        }
        BigDecimal book = ledger.balancesAt(count.cooperativeId, count.countedOn).cash();
        return new CountView(count.id, count.countedOn, count.schoolYear, quantities, count.total, book, count.total.subtract(book),
                count.countedBy, count.updatedAt, count.version);
    }

    private static String money(BigDecimal value) {
        return value.setScale(2).toPlainString().replace('.', ',') + " €";
    }

}
