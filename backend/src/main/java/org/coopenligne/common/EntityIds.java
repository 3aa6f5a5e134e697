package org.coopenligne.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

/**
 * The next id of an entity for a row written in plain SQL: taken from the entity's own Hibernate generator, so
 * that its pooled sequence (50 ids a call) is shared with the rows Hibernate writes, and no id is given twice.
 * Must run in a transaction (the sequence is read on the transaction's connection once every 50 ids).
 */
@ApplicationScoped
public class EntityIds {

    @Inject EntityManager em;

    private final ConcurrentHashMap<Class<?>, IdentifierGenerator> generators = new ConcurrentHashMap<>();

    public long next(Class<?> entityClass, Object entity) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        IdentifierGenerator generator = generators.computeIfAbsent(entityClass, c -> (IdentifierGenerator) session.getFactory()
                .getMappingMetamodel().getEntityDescriptor(c).getGenerator());
        return ((Number) generator.generate(session, entity)).longValue();
    }
}
