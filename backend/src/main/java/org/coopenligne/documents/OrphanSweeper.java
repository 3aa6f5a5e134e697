package org.coopenligne.documents;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.documents.storage.DocumentStorage;
import org.coopenligne.documents.storage.StorageConfig;

/**
 * Removes the stored files that no document row names: an upload's bytes are stored before its transaction commits
 * (see {@link DocumentService}), and a rolled-back transaction deletes them, but a replica killed between the two, or
 * an object store that failed that deletion, leaves a file behind. The sweep lists the storage's files older than a
 * grace period (longer than any upload's transaction: a younger file may belong to an upload still in progress), looks
 * their keys up in the {@code document} table 500 at a time, and deletes those absent. It runs every
 * {@code coop.storage.orphan-sweep.interval} on each replica (at a random moment of the first interval, so replicas
 * seldom sweep together; two sweeps at once only delete the same files twice), and on demand for the national admin.
 */
@ApplicationScoped
public class OrphanSweeper {

    static final int BATCH = 500;
    /** The actor of the periodic sweep's audit records. */
    static final String SYSTEM_ACTOR = "système (nettoyage du stockage)";

    /** What a sweep did: the files listed (older than {@code storedBefore}) and the keys of those removed. */
    public record Sweep(Instant storedBefore, int examined, List<String> removed) {}

    @Inject DocumentStorage storage;
    @Inject EntityManager em;
    @Inject AuditService audit;
    @Inject StorageConfig config;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        if (!config.orphanSweep().enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orphan-sweeper");
            t.setDaemon(true);
            return t;
        });
        long period = config.orphanSweep().interval().toMillis();
        executor.scheduleAtFixedRate(() -> {
            try {
                sweep(config.orphanSweep().grace(), change -> audit.recordAs(SYSTEM_ACTOR, null, change));
            } catch (RuntimeException e) {
                Log.warn("The sweep of orphan files failed; next try at the next interval", e);
            }
        }, ThreadLocalRandom.current().nextLong(period / 2, period), period, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** The grace the periodic sweep leaves uploads in progress. */
    public Duration grace() {
        return config.orphanSweep().grace();
    }

    /**
     * One sweep, asked by the signed-in admin, over the files stored more than {@code minAge} ago (the files' own
     * times: real time, whatever the application's clock says); audited as theirs when it removed something.
     *
     * @throws org.coopenligne.documents.storage.StorageUnavailableException if the storage cannot be listed (503)
     */
    public Sweep sweep(Duration minAge) {
        return sweep(minAge, audit::record);
    }

    private Sweep sweep(Duration minAge, Consumer<AuditService.Change> auditor) {
        Instant storedBefore = Instant.now().minus(minAge);
        List<String> removed = new ArrayList<>();
        List<String> batch = new ArrayList<>(BATCH);
        int[] examined = {0};
        try {
            storage.forEachKey(storedBefore, key -> {
                examined[0]++;
                batch.add(key);
                if (batch.size() == BATCH) {
                    removed.addAll(removeOrphans(batch));
                    batch.clear();
                }
            });
            removed.addAll(removeOrphans(batch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!removed.isEmpty()) {
            Log.warnf("Orphan sweep: %d of %d files stored before %s had no document row and were removed: %s",
                    removed.size(), examined[0], storedBefore, removed);
            QuarkusTransaction.requiringNew().run(() -> auditor.accept(new AuditService.Change(AuditAction.STORAGE_ORPHANS_REMOVED,
                    "Storage", null, null, null, null,
                    Map.of("storedBefore", storedBefore.toString(), "examined", examined[0], "removed", removed.size(),
                            "keys", removed.size() <= 100 ? removed : removed.subList(0, 100)))));
        } else {
            Log.infof("Orphan sweep: %d files stored before %s, none without its document row", examined[0], storedBefore);
        }
        return new Sweep(storedBefore, examined[0], List.copyOf(removed));
    }

    /** Deletes those of {@code keys} that no document row names; returns them. */
    private List<String> removeOrphans(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select d.storageKey from StoredDocument d where d.storageKey in :keys", String.class)
                .setParameter("keys", keys).getResultList()));
        List<String> orphans = keys.stream().filter(k -> !known.contains(k)).toList();
        for (String key : orphans) {
            try {
                storage.delete(key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return orphans;
    }
}
