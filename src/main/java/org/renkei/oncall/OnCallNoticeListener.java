package org.renkei.oncall;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DirectoryLookup;
import org.renkei.oncall.internal.CoverAbsence;
import org.renkei.oncall.internal.CoverAbsences;
import org.renkei.oncall.internal.CoverAgreement;
import org.renkei.oncall.internal.CoverAgreements;
import org.renkei.oncall.internal.CoverReport;
import org.renkei.oncall.internal.CoverReports;
import org.renkei.notification.NoticeRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told of a step: the other side of an agreement, the doctor asked to cover and the 主治医 of the answer, the
 * doctors put on a slot, the 主治医 of a released report (by mail too) until they confirm it, and of briefs that lack
 * fields 48 hours before a cover. Notices name no patient's clinical details.
 */
@Component
class OnCallNoticeListener {

    private static final String LINK = "on-call";

    private final CoverAgreements agreements;
    private final CoverAbsences absences;
    private final CoverReports reports;
    private final DirectoryLookup directory;
    private final AssociationService associations;
    private final ApplicationEventPublisher events;

    OnCallNoticeListener(CoverAgreements agreements, CoverAbsences absences, CoverReports reports, DirectoryLookup directory,
            AssociationService associations, ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.absences = absences;
        this.reports = reports;
        this.directory = directory;
        this.associations = associations;
        this.events = events;
    }

    @EventListener
    void on(CoverEvent event) {
        switch (event) {
            case CoverEvent.AgreementProposed e -> {
                CoverAgreement a = agreements.require(e.agreementId());
                tell(otherSide(a), "notice.oncall-agreement-proposed", false, principalName(a));
            }
            case CoverEvent.AgreementAccepted e -> {
                CoverAgreement a = agreements.require(e.agreementId());
                tell(directory.activeMemberIds(a.principalFacilityId()), "notice.oncall-agreement-accepted", false, e.actor().name());
            }
            case CoverEvent.AgreementDeclined e -> {
                CoverAgreement a = agreements.require(e.agreementId());
                tell(directory.activeMemberIds(a.principalFacilityId()), "notice.oncall-agreement-declined", false, e.actor().name());
            }
            case CoverEvent.AgreementEnded e -> {
                CoverAgreement a = agreements.require(e.agreementId());
                Set<Long> both = new LinkedHashSet<>(directory.activeMemberIds(a.principalFacilityId()));
                both.addAll(otherSide(a));
                both.remove(e.actor().memberId());
                tell(both, "notice.oncall-agreement-ended", false, principalName(a));
            }
            case CoverEvent.AbsenceDeclared e -> {
                CoverAbsence a = absences.require(e.absenceId());
                tell(List.of(a.coveringMemberId()), "notice.oncall-absence-declared", true, e.actor().name(),
                        Times.period(a.startsAt(), a.endsAt()));
            }
            case CoverEvent.AbsenceAccepted e -> {
                CoverAbsence a = absences.require(e.absenceId());
                tell(List.of(a.principalMemberId()), "notice.oncall-absence-accepted", true, e.actor().name(),
                        Times.period(a.startsAt(), a.endsAt()));
            }
            case CoverEvent.AbsenceDeclined e -> {
                CoverAbsence a = absences.require(e.absenceId());
                tell(List.of(a.principalMemberId()), "notice.oncall-absence-declined", true, e.actor().name(),
                        Times.period(a.startsAt(), a.endsAt()));
            }
            case CoverEvent.AbsenceCancelled e -> {
                CoverAbsence a = absences.require(e.absenceId());
                tell(List.of(a.coveringMemberId()), "notice.oncall-absence-cancelled", false, e.actor().name(),
                        Times.period(a.startsAt(), a.endsAt()));
            }
            case CoverEvent.SlotAssigned e -> {
                Set<Long> doctors = new LinkedHashSet<>();
                if (e.coveringMemberId() != null) {
                    doctors.add(e.coveringMemberId());
                }
                if (e.backupMemberId() != null) {
                    doctors.add(e.backupMemberId());
                }
                tell(doctors, "notice.oncall-slot-assigned", false);
            }
            case CoverEvent.ReportReleased e -> {
                CoverReport r = reports.require(e.reportId());
                tell(List.of(r.principalMemberId()), "notice.oncall-report-released", true, e.actor().name(),
                        String.valueOf(e.patientIds().size()));
            }
            case CoverEvent.ReportReminded e -> {
                CoverReport r = reports.require(e.reportId());
                tell(List.of(r.principalMemberId()), "notice.oncall-report-reminder", false, e.actor().name());
            }
            case CoverEvent.BriefsIncomplete e -> {
                CoverAbsence a = absences.require(e.absenceId());
                tell(List.of(a.principalMemberId()), "notice.oncall-briefs-incomplete", true, String.valueOf(e.patientIds().size()),
                        Times.period(a.startsAt(), a.endsAt()));
            }
            default -> { }
        }
    }

    private Collection<Long> otherSide(CoverAgreement a) {
        return a.coveringFacilityId() != null ? directory.activeMemberIds(a.coveringFacilityId())
                : directory.activeMemberIds(associations.officeOf(a.associationId()));
    }

    private String principalName(CoverAgreement a) {
        return directory.facility(a.principalFacilityId()).name();
    }

    private void tell(Collection<Long> members, String key, boolean mail, String... args) {
        if (members.isEmpty()) {
            return;
        }
        NoticeRequest n = NoticeRequest.of(members, "oncall", key, LINK, args);
        events.publishEvent(mail ? n.withMail() : n);
    }
}
