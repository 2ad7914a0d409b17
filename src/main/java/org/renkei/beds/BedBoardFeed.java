package org.renkei.beds;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.renkei.beds.internal.BedProgrammes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The live board: when a hospital's figure is committed, every board page open on this node for that association is
 * told (the page refreshes itself through Vaadin push; nothing waits for it). Pages on other nodes of a cluster poll
 * every minute instead.
 */
@Component
public class BedBoardFeed {

    private final BedProgrammes programmes;
    private final Map<Long, Set<Consumer<BedEvent.AvailabilityUpdated>>> pages = new ConcurrentHashMap<>();

    BedBoardFeed(BedProgrammes programmes) {
        this.programmes = programmes;
    }

    @TransactionalEventListener
    void on(BedEvent.AvailabilityUpdated e) {
        long association = programmes.require(e.programmeId()).associationId();
        Set<Consumer<BedEvent.AvailabilityUpdated>> listeners = pages.get(association);
        if (listeners != null) {
            listeners.forEach(l -> l.accept(e));
        }
    }

    /** A page listens to its association's board until it calls {@link Runnable#run()} on what this returns. */
    public Runnable listen(long associationId, Consumer<BedEvent.AvailabilityUpdated> listener) {
        pages.computeIfAbsent(associationId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> pages.computeIfPresent(associationId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }
}
