package org.renkei.safety;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.renkei.directory.DirectoryLookup;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.PatientAccess;
import org.renkei.safety.internal.IncidentReport;
import org.renkei.safety.internal.IncidentReports;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told: the facility's administrators of a submitted report (by mail too; the notice names no patient and
 * quotes nothing); the reporter of the administrator's 確認, of what was done and of the close; the patient's team of a
 * new or changed measure, which they confirm before their next visit.
 */
@Component
class SafetyNoticeListener {

    private static final String REPORT = "safety/reports/";

    private final IncidentReports reports;
    private final DirectoryLookup directory;
    private final PatientAccess patients;
    private final ApplicationEventPublisher events;

    SafetyNoticeListener(IncidentReports reports, DirectoryLookup directory, PatientAccess patients, ApplicationEventPublisher events) {
        this.reports = reports;
        this.directory = directory;
        this.patients = patients;
        this.events = events;
    }

    @EventListener
    void on(SafetyEvent event) {
        switch (event) {
            case SafetyEvent.ReportSubmitted e -> {
                IncidentReport r = reports.require(e.reportId());
                Set<Long> admins = administrators(r.facilityId());
                admins.remove(e.actor().memberId());
                if (!admins.isEmpty()) {
                    events.publishEvent(NoticeRequest.of(admins, "safety", "notice.safety-submitted", REPORT + r.id(),
                            String.valueOf(r.id())).withMail());
                }
            }
            case SafetyEvent.ReportAcknowledged e -> toReporter(e, "notice.safety-acknowledged");
            case SafetyEvent.ResponseRecorded e -> toReporter(e, "notice.safety-responded");
            case SafetyEvent.ReportClosed e -> toReporter(e, "notice.safety-closed");
            case SafetyEvent.MeasureSet e -> {
                Set<Long> team = new LinkedHashSet<>(patients.teamMemberIds(e.patientId()));
                team.remove(e.actor().memberId());
                if (!team.isEmpty()) {
                    events.publishEvent(NoticeRequest.of(team, "safety", e.changed() ? "notice.safety-measure-changed"
                            : "notice.safety-measure-set", "patients/" + e.patientId(),
                            patients.names(List.of(e.patientId())).getOrDefault(e.patientId(), "?")));
                }
            }
            default -> { }
        }
    }

    private Set<Long> administrators(long facilityId) {
        return new LinkedHashSet<>(directory.activeAdministratorIds(facilityId));
    }

    private void toReporter(SafetyEvent.OfReport e, String key) {
        IncidentReport r = reports.require(e.reportId());
        if (r.reporterId() != e.actor().memberId()) {
            events.publishEvent(NoticeRequest.of(List.of(r.reporterId()), "safety", key, REPORT + r.id(), String.valueOf(r.id())));
        }
    }
}
