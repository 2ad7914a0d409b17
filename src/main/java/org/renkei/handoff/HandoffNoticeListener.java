package org.renkei.handoff;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.renkei.directory.DirectoryLookup;
import org.renkei.handoff.internal.Handoff;
import org.renkei.handoff.internal.Handoffs;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.PatientAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told of a step, and with which notice: the recipients' facilities of what reaches them, the sender's of
 * the answers. The notices go through the event publication registry to the notification module.
 */
@Component
class HandoffNoticeListener {

    private final Handoffs handoffs;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final ApplicationEventPublisher events;

    HandoffNoticeListener(Handoffs handoffs, PatientAccess patients, DirectoryLookup directory, ApplicationEventPublisher events) {
        this.handoffs = handoffs;
        this.patients = patients;
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    void on(HandoffEvent event) {
        switch (event) {
            case HandoffEvent.Sent e -> e.recipientFacilities().forEach(f ->
                    tell(directory.activeMemberIds(f), e, "notice.handoff-received"));
            case HandoffEvent.Replaced e -> tell(directory.activeMemberIds(e.facilityId()), e, "notice.handoff-received");
            case HandoffEvent.Cancelled e -> {
                Set<Long> told = new LinkedHashSet<>();
                e.toldFacilities().forEach(f -> told.addAll(directory.activeMemberIds(f)));
                tell(told, e, "notice.handoff-cancelled");
            }
            case HandoffEvent.Accepted e -> tell(sender(e), e, "notice.handoff-accepted", e.actor().name());
            case HandoffEvent.Declined e -> tell(sender(e), e, "notice.handoff-declined", e.actor().name());
            default -> { }
        }
    }

    private Collection<Long> sender(HandoffEvent e) {
        return directory.activeMemberIds(handoffs.require(e.handoffId()).senderFacilityId());
    }

    private void tell(Collection<Long> members, HandoffEvent e, String key, String... more) {
        Handoff h = handoffs.require(e.handoffId());
        String[] args = new String[more.length + 1];
        args[0] = patients.ref(h.patientId()).name();
        System.arraycopy(more, 0, args, 1, more.length);
        events.publishEvent(NoticeRequest.of(members, "handoff." + h.kind(), key, "handoffs/" + h.id(), args).withMail());
    }
}
