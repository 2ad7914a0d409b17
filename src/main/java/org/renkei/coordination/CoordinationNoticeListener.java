package org.renkei.coordination;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.renkei.coordination.internal.CoordinationRequest;
import org.renkei.coordination.internal.CoordinationRequests;
import org.renkei.directory.DirectoryLookup;
import org.renkei.notification.NoticeRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told: the desk of a new request, the asked facilities of an inquiry (by mail too), the desk of each answer, the
 * requester of a proposal and of the outcome, the matched facility of the match. No notice names a patient.
 */
@Component
class CoordinationNoticeListener {

    private final CoordinationRequests requests;
    private final DirectoryLookup directory;
    private final ApplicationEventPublisher events;

    CoordinationNoticeListener(CoordinationRequests requests, DirectoryLookup directory, ApplicationEventPublisher events) {
        this.requests = requests;
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    void on(CoordinationEvent event) {
        CoordinationRequest r = requests.require(event.requestId());
        String link = "coordination/" + r.id();
        switch (event) {
            case CoordinationEvent.Filed e -> tell(directory.activeMemberIds(r.deskFacilityId()), "notice.coordination-filed", link, true,
                    directory.facility(r.requesterFacilityId()).name());
            case CoordinationEvent.Inquired e -> {
                Set<Long> asked = new LinkedHashSet<>();
                e.facilityIds().forEach(f -> asked.addAll(directory.activeMemberIds(f)));
                tell(asked, "notice.coordination-inquiry", "coordination?tab=inquiries", true, directory.facility(r.deskFacilityId()).name());
            }
            case CoordinationEvent.Answered e -> tell(directory.activeMemberIds(r.deskFacilityId()), "notice.coordination-answered", link,
                    false, directory.facility(e.facilityId()).name());
            case CoordinationEvent.Proposed e -> tell(requester(r), "notice.coordination-proposed", link, true,
                    directory.facility(e.facilityId()).name());
            case CoordinationEvent.MatchAccepted e -> {
                tell(directory.activeMemberIds(e.facilityId()), "notice.coordination-matched-facility", "coordination?tab=inquiries", true,
                        directory.facility(r.deskFacilityId()).name());
                tell(directory.activeMemberIds(r.deskFacilityId()), "notice.coordination-matched", link, false,
                        directory.facility(e.facilityId()).name());
            }
            case CoordinationEvent.Unmatched e -> tell(requester(r), "notice.coordination-unmatched", link, true,
                    directory.facility(r.deskFacilityId()).name());
            default -> { }
        }
    }

    private Collection<Long> requester(CoordinationRequest r) {
        return List.of(r.requesterMemberId());
    }

    private void tell(Collection<Long> members, String key, String link, boolean mail, String... args) {
        if (members.isEmpty()) {
            return;
        }
        NoticeRequest n = NoticeRequest.of(members, "coordination", key, link, args);
        events.publishEvent(mail ? n.withMail() : n);
    }
}
