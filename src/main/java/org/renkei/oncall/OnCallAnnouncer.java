package org.renkei.oncall;

import java.util.List;
import java.util.stream.Collectors;
import org.renkei.messaging.MessageService;
import org.renkei.oncall.internal.CoverCall;
import org.renkei.oncall.internal.CoverCalls;
import org.renkei.oncall.internal.CoverReport;
import org.renkei.oncall.internal.CoverReports;
import org.renkei.platform.Translations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The patient's room hears the night: when a report is released, each patient's calls are posted in their room (by the
 * covering doctor, in the team's language: Japanese), and the 主治医's 確認しました follows. Posted once (the client id).
 */
@Component
class OnCallAnnouncer {

    private final CoverReports reports;
    private final CoverCalls calls;
    private final MessageService messages;
    private final Translations translations;

    OnCallAnnouncer(CoverReports reports, CoverCalls calls, MessageService messages, Translations translations) {
        this.reports = reports;
        this.calls = calls;
        this.messages = messages;
        this.translations = translations;
    }

    @EventListener
    void on(CoverEvent event) {
        switch (event) {
            case CoverEvent.ReportReleased e -> {
                CoverReport r = reports.require(e.reportId());
                List<CoverCall> all = calls.findByReports(List.of(r.id()));
                for (long patientId : e.patientIds()) {
                    String lines = all.stream().filter(c -> c.patientId() == patientId).map(this::line)
                            .collect(Collectors.joining("\n"));
                    messages.announce(e.actor(), patientId, "oncall-report-" + r.id() + "-" + patientId,
                            text("oncall.announce.report", Times.period(r.periodStart(), r.periodEnd()), e.actor().name(), lines));
                }
            }
            case CoverEvent.ReportConfirmed e -> {
                CoverReport r = reports.require(e.reportId());
                calls.findByReports(List.of(r.id())).stream().map(CoverCall::patientId).distinct().forEach(patientId ->
                        messages.announce(e.actor(), patientId, "oncall-report-" + r.id() + "-" + patientId + "-confirmed",
                                text("oncall.announce.confirmed", Times.period(r.periodStart(), r.periodEnd()))));
            }
            default -> { }
        }
    }

    private String line(CoverCall c) {
        return text("oncall.announce.call", Times.clock(c.calledAt()), text("oncall.caller." + c.caller()),
                text("oncall.outcome." + c.outcome()), c.note() == null ? "" : c.note());
    }

    private String text(String key, Object... args) {
        return translations.text(key, Translations.JAPANESE, args);
    }
}
