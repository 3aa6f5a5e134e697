package org.coopenligne.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.cooperative.CooperativeService;

/**
 * How the records the mandataire keeps beside the ledger are written (cash counts, subsidies, inventory items,
 * pedagogical actions): by the cooperative's mandataire only (staff read them), with the version read (409 when
 * someone changed the record since), flushed so that the answer carries the new version, and audited with its view
 * before and after. Each feature keeps its own rules (the {@code apply} it passes) and its own view.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeptRecords {

    @Inject CooperativeService cooperatives;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject EntityManager em;

    /**
     * What differs from one kind of record to another: its entity, its name in the audit trail and its three audit
     * actions, and the French words of its refusals (not found; written by the mandataire only).
     */
    public record Kind<E extends PanacheEntityBase>(Class<E> type, String entityType, AuditAction created, AuditAction updated,
                                                    AuditAction deleted, String notFound, String mandataireOnly,
                                                    Function<E, Long> id, ToLongFunction<E> cooperativeId, ToIntFunction<E> version) {}

    /** The record of that id, or a French 404. */
    public <E extends PanacheEntityBase> E load(Kind<E> kind, long id) {
        E record = em.find(kind.type(), id);
        if (record == null) {
            throw ProblemException.notFound(kind.notFound());
        }
        return record;
    }

    /** A new record of the cooperative: checked and filled by {@code apply}, written, audited; answers its view. */
    public <E extends PanacheEntityBase, V> V create(Kind<E> kind, long cooperativeId, E record, Consumer<E> apply, Function<E, V> view) {
        long departmentId = requireMandataire(kind, cooperativeId);
        apply.accept(record);
        record.persist();
        em.flush();
        V after = view.apply(record);
        audit.record(new AuditService.Change(kind.created(), kind.entityType(), kind.id().apply(record), departmentId, cooperativeId, null, after));
        return after;
    }

    /** A change to a record read at {@code version}: refused (409) when it changed since; audited; answers its view. */
    public <E extends PanacheEntityBase, V> V update(Kind<E> kind, E record, int version, Consumer<E> apply, Function<E, V> view) {
        long cooperativeId = kind.cooperativeId().applyAsLong(record);
        long departmentId = requireMandataire(kind, cooperativeId);
        requireVersion(kind, record, version);
        V before = view.apply(record);
        apply.accept(record);
        em.flush();
        V after = view.apply(record);
        audit.record(new AuditService.Change(kind.updated(), kind.entityType(), kind.id().apply(record), departmentId, cooperativeId, before, after));
        return after;
    }

    /** A record read at {@code version} deleted (409 when it changed since), after {@code detach} (what must let go of it); audited. */
    public <E extends PanacheEntityBase> void delete(Kind<E> kind, E record, int version, Function<E, ?> view, Consumer<E> detach) {
        long cooperativeId = kind.cooperativeId().applyAsLong(record);
        long departmentId = requireMandataire(kind, cooperativeId);
        requireVersion(kind, record, version);
        Object before = view.apply(record);
        detach.accept(record);
        record.delete();
        audit.record(new AuditService.Change(kind.deleted(), kind.entityType(), kind.id().apply(record), departmentId, cooperativeId, before, null));
    }

    private static <E extends PanacheEntityBase> void requireVersion(Kind<E> kind, E record, int version) {
        if (kind.version().applyAsInt(record) != version) {
            throw ProblemException.staleVersion();
        }
    }

    /** The cooperative's department, once its mandataire is the caller (403 for another cooperative, and for staff). */
    private <E extends PanacheEntityBase> long requireMandataire(Kind<E> kind, long cooperativeId) {
        long departmentId = cooperatives.get(cooperativeId).departmentId(); // 403 for another cooperative
        if (!access.current().isMandataire()) {
            throw ProblemException.forbidden(kind.mandataireOnly());
        }
        return departmentId;
    }
}
