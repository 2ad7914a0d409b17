package org.renkei.patient;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.Patients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told of a change to a patient's record, with which notice: the team (but not the one who did it) of a new
 * summary version, of someone joining or leaving, and of a withdrawn consent (also by mail, without patient details);
 * the invited member that they joined; the facilities of a transfer. The notices go through the event publication
 * registry to the notification module.
 */
@Component
class PatientNoticeListener {

    private final Patients patients;
    private final PatientAccess access;
    private final DirectoryLookup directory;
    private final ApplicationEventPublisher events;

    PatientNoticeListener(Patients patients, PatientAccess access, DirectoryLookup directory, ApplicationEventPublisher events) {
        this.patients = patients;
        this.access = access;
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    void on(PatientEvent event) {
        switch (event) {
            case PatientEvent.SummaryRevised e -> events.publishEvent(NoticeRequest.of(teamBut(e), "patient.summary-edited",
                    "notice.summary-edited", link(e), name(e), e.actor().name(), String.valueOf(e.version())));
            case PatientEvent.ConsentWithdrawn e -> events.publishEvent(NoticeRequest.of(but(e.team(), e),
                    "patient.consent-withdrawn", "notice.consent-withdrawn", null, name(e), e.actor().name()).withMail());
            case PatientEvent.EmergencyOpened e -> events.publishEvent(NoticeRequest.of(access.teamMemberIds(e.patientId()),
                    "patient.break-glass", "notice.break-glass", link(e), name(e), e.actor().name(), e.reason(),
                    e.actor().facilityName() == null ? "-" : e.actor().facilityName()).withMail());
            case PatientEvent.TeamJoined e when e.via() == PatientEvent.Via.INVITATION -> {
                String who = who(e.memberId(), e.facilityId());
                events.publishEvent(NoticeRequest.of(teamBut(e), "patient.team-changed", "notice.team-joined", link(e),
                        name(e), who, e.actor().name()));
                if (e.memberId() != null) {
                    events.publishEvent(NoticeRequest.of(List.of(e.memberId()), "patient.team-joined", "notice.you-joined",
                            link(e), name(e), e.actor().name()));
                }
            }
            case PatientEvent.TeamLeft e -> events.publishEvent(NoticeRequest.of(teamBut(e), "patient.team-changed",
                    "notice.team-left", link(e), name(e), who(e.memberId(), e.facilityId()), e.actor().name()));
            case PatientEvent.TransferRequested e -> events.publishEvent(NoticeRequest.of(
                    directory.activeMemberIds(e.toFacilityId()), "patient.transfer-requested", "notice.transfer-requested",
                    "patients/transfers", directory.facility(e.toFacilityId()).name()).withMail());
            case PatientEvent.TransferDecided e -> events.publishEvent(NoticeRequest.of(
                    directory.activeMemberIds(e.fromFacilityId()), "patient.transfer-decided",
                    e.accepted() ? "notice.transfer-accepted" : "notice.transfer-declined", link(e), name(e),
                    e.actor().name()));
            default -> { }
        }
    }

    private Collection<Long> teamBut(PatientEvent e) {
        return but(access.teamMemberIds(e.patientId()), e);
    }

    private static Collection<Long> but(Set<Long> members, PatientEvent e) {
        return members.stream().filter(m -> m != e.actor().memberId()).toList();
    }

    private String name(PatientEvent e) {
        return patients.findById(e.patientId()).map(Patient::name).orElse("?");
    }

    private static String link(PatientEvent e) {
        return "patients/" + e.patientId();
    }

    private String who(@Nullable Long memberId, @Nullable Long facilityId) {
        return PatientAccessLog.who(directory, memberId, facilityId);
    }
}
