package org.renkei.handoff;

import org.renkei.handoff.internal.Handoff;
import org.renkei.handoff.internal.Handoffs;
import org.renkei.messaging.MessageService;
import org.renkei.platform.Translations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The patient's room hears of a handoff's milestones (sent, accepted, completed), in the room's language (the
 * team's: Japanese), from {@code handoff.announce.*}. Posted once per milestone (the client id).
 */
@Component
class HandoffAnnouncer {

    private final Handoffs handoffs;
    private final MessageService messages;
    private final Translations translations;

    HandoffAnnouncer(Handoffs handoffs, MessageService messages, Translations translations) {
        this.handoffs = handoffs;
        this.messages = messages;
        this.translations = translations;
    }

    @EventListener
    void on(HandoffEvent event) {
        switch (event) {
            case HandoffEvent.Sent e -> announce(e, "sent", Formats.date(handoffs.require(e.handoffId()).dueAt()));
            case HandoffEvent.Accepted e -> announce(e, "accepted", String.valueOf(e.actor().facilityName()));
            case HandoffEvent.Completed e -> announce(e, "completed");
            default -> { }
        }
    }

    private void announce(HandoffEvent e, String what, Object... more) {
        Handoff h = handoffs.require(e.handoffId());
        Object[] args = new Object[more.length + 1];
        args[0] = translations.text("handoff-kind." + h.kind(), Translations.JAPANESE);
        System.arraycopy(more, 0, args, 1, more.length);
        messages.announce(e.actor(), h.patientId(), "handoff-" + h.id() + "-" + what,
                translations.text("handoff.announce." + what, Translations.JAPANESE, args));
    }
}
