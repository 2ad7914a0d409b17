package org.renkei.preparedness;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The live disaster board: when a step of an event is committed (a check recorded or confirmed, a reminder, the end), every
 * board of that event open on this node is told, and refreshes itself through Vaadin push; nothing waits for it. Boards on
 * other nodes of a cluster poll every 30 seconds.
 */
@Component
public class PrepBoardFeed {

    private final Map<Long, Set<Consumer<PrepEvent.OfEvent>>> boards = new ConcurrentHashMap<>();

    @TransactionalEventListener
    void on(PrepEvent.OfEvent e) {
        Set<Consumer<PrepEvent.OfEvent>> listeners = boards.get(e.eventId());
        if (listeners != null) {
            listeners.forEach(l -> l.accept(e));
        }
    }

    /** A board listens to its event until it calls {@link Runnable#run()} on what this returns. */
    public Runnable listen(long eventId, Consumer<PrepEvent.OfEvent> listener) {
        boards.computeIfAbsent(eventId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> boards.computeIfPresent(eventId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }
}
