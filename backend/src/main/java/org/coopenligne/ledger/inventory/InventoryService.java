package org.coopenligne.ledger.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.ledger.KeptRecords;
import org.coopenligne.ledger.EntryKind;
import org.coopenligne.ledger.LedgerEntry;
import org.coopenligne.ledger.inventory.InventoryDtos.InventoryView;
import org.coopenligne.ledger.inventory.InventoryDtos.ItemRequest;
import org.coopenligne.ledger.inventory.InventoryDtos.ItemView;

/** « Cahier d'inventaire »: what the cooperative owns; the value held is offered for the next adhesion's insurance. */
@ApplicationScoped
public class InventoryService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject CooperativeService cooperatives;
    @Inject KeptRecords records;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public InventoryView list(long cooperativeId) {
        cooperatives.get(cooperativeId); // access check
        List<InventoryItem> items = InventoryItem.<InventoryItem>find("cooperativeId = ?1 order by acquiredOn desc, id desc", cooperativeId).list();
        List<Long> entryIds = items.stream().map(i -> i.entryId).filter(java.util.Objects::nonNull).toList();
        Map<Long, Integer> vouchers = new HashMap<>();
        if (!entryIds.isEmpty()) {
            LedgerEntry.<LedgerEntry>find("id in ?1", entryIds).list().forEach(e -> vouchers.put(e.id, e.voucherNumber));
        }
        LocalDate today = LocalDate.now(clock);
        BigDecimal held = items.stream().filter(i -> i.disposedOn == null || i.disposedOn.isAfter(today)).map(i -> i.value).reduce(ZERO, BigDecimal::add);
        return new InventoryView(items.stream().map(i -> view(i, vouchers.get(i.entryId))).toList(), held);
    }

    private static final KeptRecords.Kind<InventoryItem> KIND = new KeptRecords.Kind<>(InventoryItem.class, "InventoryItem",
            AuditAction.INVENTORY_ITEM_CREATED, AuditAction.INVENTORY_ITEM_UPDATED, AuditAction.INVENTORY_ITEM_DELETED,
            "Ce bien n'est pas (ou plus) à l'inventaire.", "Seul le mandataire de la coopérative tient son cahier d'inventaire.",
            i -> i.id, i -> i.cooperativeId, i -> i.version);

    @Transactional
    public ItemView create(long cooperativeId, ItemRequest r) {
        InventoryItem item = new InventoryItem();
        item.cooperativeId = cooperativeId;
        return records.create(KIND, cooperativeId, item, i -> apply(i, r), this::view);
    }

    @Transactional
    public ItemView update(long itemId, int version, ItemRequest r) {
        return records.update(KIND, records.load(KIND, itemId), version, i -> apply(i, r), this::view);
    }

    @Transactional
    public void delete(long itemId, int version) {
        records.delete(KIND, records.load(KIND, itemId), version, this::view, i -> { });
    }

    private void apply(InventoryItem item, ItemRequest r) {
        LocalDate today = LocalDate.now(clock);
        if (r.acquiredOn().isAfter(today)) {
            throw ProblemException.invalidField("acquiredOn", "La date d'achat ne peut pas être après aujourd'hui.");
        }
        if (r.disposedOn() != null && r.disposedOn().isBefore(r.acquiredOn())) {
            throw ProblemException.invalidField("disposedOn", "Un bien ne sort pas de l'inventaire avant d'y être entré.");
        }
        if (r.entryId() != null) {
            LedgerEntry e = LedgerEntry.findById(r.entryId());
            if (e == null || !e.cooperativeId.equals(item.cooperativeId)) {
                throw ProblemException.invalidField("entryId", "Cette opération n'est pas dans le cahier de la coopérative.");
            }
            if (e.kind != EntryKind.CHARGE) {
                throw ProblemException.invalidField("entryId", "L'opération n° " + e.voucherNumber + " n'est pas une dépense : un bien s'achète.");
            }
        }
        item.acquiredOn = r.acquiredOn();
        item.label = r.label().trim();
        item.value = r.value().setScale(2);
        item.entryId = r.entryId();
        item.disposedOn = r.disposedOn();
        item.updatedAt = clock.instant();
    }

    private ItemView view(InventoryItem i) {
        LedgerEntry e = i.entryId == null ? null : LedgerEntry.findById(i.entryId);
        return view(i, e == null ? null : e.voucherNumber);
    }

    private static ItemView view(InventoryItem i, Integer voucher) {
        return new ItemView(i.id, i.acquiredOn, i.label, i.value, i.entryId, voucher, i.disposedOn, i.version);
    }

}
