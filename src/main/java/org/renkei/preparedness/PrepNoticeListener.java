package org.renkei.preparedness;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.renkei.directory.DirectoryLookup;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.PatientAccess;
import org.renkei.preparedness.internal.Check;
import org.renkei.preparedness.internal.DisasterEvent;
import org.renkei.preparedness.internal.DisasterEvents;
import org.renkei.preparedness.internal.DisasterPlan;
import org.renkei.preparedness.internal.DisasterPlans;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told: every checker of a declared event, urgently and by mail (they confirm with 確認しました on the board), and the
 * desk; a checker again every 30 minutes while their user is 未確認; the desk when a user needs help or cannot be reached;
 * the desk when a plan awaits the family's consent; the team and the desk when a plan is to be reviewed. No notice names a
 * patient (decision 12): a notice links to the board or the plan.
 */
@Component
class PrepNoticeListener {

    private final DisasterEvents events;
    private final DisasterPlans plans;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final ApplicationEventPublisher publisher;

    PrepNoticeListener(DisasterEvents events, DisasterPlans plans, PatientAccess patients, DirectoryLookup directory,
            ApplicationEventPublisher publisher) {
        this.events = events;
        this.plans = plans;
        this.patients = patients;
        this.directory = directory;
        this.publisher = publisher;
    }

    @EventListener
    void on(PrepEvent event) {
        switch (event) {
            case PrepEvent.Declared e -> {
                DisasterEvent d = events.require(e.eventId());
                Set<Long> checkers = new LinkedHashSet<>();
                d.checks().stream().map(Check::checkerMemberId).filter(Objects::nonNull).forEach(checkers::add);
                checkers.remove(e.actor().memberId());
                tell(checkers, "notice.preparedness-declared", link(d), true, d.title());
                Set<Long> desk = new LinkedHashSet<>(directory.activeMemberIds(d.deskFacilityId()));
                desk.removeAll(checkers);
                desk.remove(e.actor().memberId());
                tell(desk, "notice.preparedness-declared-desk", link(d), true, d.title());
            }
            case PrepEvent.CheckReminded e -> tell(List.of(e.checkerId()), "notice.preparedness-reminder",
                    link(events.require(e.eventId())), true, events.require(e.eventId()).title());
            case PrepEvent.CheckRecorded e when e.state() == CheckState.NEEDS_HELP || e.state() == CheckState.UNREACHABLE -> {
                DisasterEvent d = events.require(e.eventId());
                Set<Long> desk = new LinkedHashSet<>(directory.activeMemberIds(d.deskFacilityId()));
                desk.remove(e.actor().memberId());
                tell(desk, "notice.preparedness-needs-help", link(d), false, d.title());
            }
            case PrepEvent.PlanSubmitted e -> {
                DisasterPlan p = plans.require(e.planId());
                tell(but(directory.activeMemberIds(p.deskFacilityId()), e), "notice.preparedness-submitted", plan(e), false);
            }
            case PrepEvent.PlanNeedsReview e -> {
                DisasterPlan p = plans.require(e.planId());
                Set<Long> who = new LinkedHashSet<>(patients.teamMemberIds(e.patientId()));
                who.addAll(directory.activeMemberIds(p.deskFacilityId()));
                tell(but(who, e), "notice.preparedness-review", plan(e), false);
            }
            default -> { }
        }
    }

    private static String link(DisasterEvent d) {
        return "preparedness/events/" + d.id();
    }

    private static String plan(PrepEvent.OfPlan e) {
        return "preparedness/plans/" + e.planId();
    }

    private static Set<Long> but(Collection<Long> members, PrepEvent e) {
        Set<Long> out = new LinkedHashSet<>(members);
        out.remove(e.actor().memberId());
        return out;
    }

    private void tell(Collection<Long> members, String key, String link, boolean mail, String... args) {
        if (members.isEmpty()) {
            return;
        }
        NoticeRequest n = NoticeRequest.of(members, "preparedness", key, link, args);
        publisher.publishEvent(mail ? n.withMail() : n);
    }
}
