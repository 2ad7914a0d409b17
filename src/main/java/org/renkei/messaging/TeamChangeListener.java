package org.renkei.messaging;

import org.renkei.messaging.internal.MessageStore;
import org.renkei.patient.TeamChanged;
import org.renkei.security.SessionsEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A patient's team changed: the room's remembered members and posters are forgotten, so the next delivery and the
 * next post ask again. A member's sessions ended: no remembered right to post outlives it.
 */
@Component
class TeamChangeListener {

    private final MessageStore store;
    private final ConversationAccess access;
    private final ApplicationEventPublisher events;

    TeamChangeListener(MessageStore store, ConversationAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TeamChanged event) {
        store.patientRoom(event.patientId()).ifPresent(c -> events.publishEvent(new RoomAccessChanged(c.id())));
    }

    @EventListener
    @Order(0)
    void on(RoomAccessChanged event) {
        access.forget(event.conversationId());
    }

    @EventListener
    void on(SessionsEnded event) {
        access.forgetWriters();
    }
}
