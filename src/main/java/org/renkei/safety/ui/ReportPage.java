package org.renkei.safety.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.kit.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.safety.ReportAction;
import org.renkei.safety.ReportDetails;
import org.renkei.safety.ReportQueries;
import org.renkei.safety.ReportService;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Dates;

/**
 * One incident report, for its readers only (the reporter and the facility's administrators; the read is logged): what
 * happened, the evidence (photos shown, recordings played, PDFs opened), what the facility did, the timeline, and what
 * the reader may do now as the report decides it (submit a draft, add evidence, acknowledge, record a response, close,
 * reopen). Where to get help is one tap away.
 */
@Route("safety/reports/:id")
@RolesAllowed("MEMBER")
class ReportPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div head = new Div();
    final Div actions = new Div();
    final Div facts = Parts.details();
    final Div evidence = new Div();
    final Div responses = Parts.list();
    final Div timeline = new Div();
    private final ReportService reports;
    private final ReportQueries queries;
    private final Actor actor;
    private @Nullable ReportDetails report;

    ReportPage(ReportService reports, ReportQueries queries, CurrentActor currentActor) {
        this.reports = reports;
        this.queries = queries;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("safety-report-page");
        head.addClassName("patient-head");
        head.setId("safety-head");
        actions.addClassName("actions");
        actions.setId("safety-actions");
        facts.setId("safety-facts");
        evidence.addClassName("safety-evidence");
        evidence.setId("safety-evidence");
        responses.setId("safety-responses");
        timeline.addClassName("timeline");
        timeline.setId("safety-timeline");
        Anchor back = new Anchor("safety", getTranslation("safety.page.back"));
        Anchor help = new Anchor("safety?tab=help", "");
        help.add(VaadinIcon.PHONE.create(), new Span(getTranslation("safety.page.help-link")));
        help.addClassName("button-link");
        Div top = new Div(back, help);
        top.addClassName("actions");
        add(top, head, actions, Parts.titled(this, "safety.page.what", facts), Parts.titled(this, "safety.page.evidence", evidence),
                Parts.titled(this, "safety.page.responses", responses), Parts.titled(this, "safety.page.timeline", timeline));
    }

    static String href(long id) {
        return "safety/reports/" + id;
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        report = queries.details(actor, event.getRouteParameters().getLong("id").orElse(-1L));
        render();
    }

    ReportDetails report() {
        return Objects.requireNonNull(report);
    }

    void reload() {
        report = queries.details(actor, report().id());
        render();
    }

    private void render() {
        ReportDetails r = report();
        head.removeAll();
        Span status = Parts.status(this, r.status());
        status.setId("safety-status");
        Div badges = new Div(status);
        badges.addClassName("badges");
        head.add(new H2(getTranslation("safety.page.number", String.valueOf(r.id()))), badges);
        renderActions(r);
        renderFacts(r);
        renderEvidence(r);
        responses.removeAll();
        if (r.responses().isEmpty()) {
            responses.add(Parts.empty(this, "safety.page.no-responses"));
        }
        for (ReportDetails.ResponseInfo x : r.responses()) {
            Div row = new Div(new Span(Dates.date(x.takenOn(), getLocale())), new Span(getTranslation("safety.response." + x.kind())),
                    new Span(x.by()));
            row.addClassName("safety-response");
            if (x.note() != null) {
                Span note = new Span(x.note());
                note.addClassName("timeline-detail");
                row.add(note);
            }
            responses.add(row);
        }
        timeline.removeAll();
        for (ReportDetails.Step s : r.timeline()) {
            timeline.add(Parts.timelineItem(Dates.dateTime(s.at(), getLocale()), s.step(), getTranslation("safety.step." + s.step()),
                    s.who(), s.step().equals("RESPONDED") && s.detail() != null ? getTranslation("safety.response." + s.detail()) : null));
        }
    }

    private void renderFacts(ReportDetails r) {
        facts.removeAll();
        Parts.fact(facts, this, "safety.page.fact-kinds", Parts.kinds(this, r.kinds()));
        Parts.fact(facts, this, "safety.page.by-whom", getTranslation("safety.by." + r.byWhom()));
        Parts.fact(facts, this, "safety.page.occurred-at", Dates.dateTime(r.occurredAt(), getLocale()));
        Parts.fact(facts, this, "safety.page.place", r.place());
        Parts.fact(facts, this, "safety.page.fact-patient", r.patientName());
        Parts.fact(facts, this, "safety.page.reporter", getTranslation("join.paren", r.reporterName(), r.facilityName()));
        Span text = new Span(r.whatHappened());
        text.addClassName("sheet-value");
        text.setId("safety-what-text");
        Parts.fact(facts, this, "safety.page.what-happened", text);
        Parts.fact(facts, this, "safety.page.fact-injury", r.injured() ? (r.injury() == null ? getTranslation("safety.page.yes") : r.injury())
                : getTranslation("safety.page.no"));
        Parts.fact(facts, this, "safety.page.fact-police", getTranslation(r.policeCalled() ? "safety.page.yes" : "safety.page.no"));
        Parts.fact(facts, this, "safety.page.witnesses", r.witnesses());
        Parts.fact(facts, this, "safety.page.done-at-once", r.doneAtOnce());
        if (r.acknowledgedAt() != null) {
            Parts.fact(facts, this, "safety.page.acknowledged", getTranslation("join.dot", Dates.dateTime(r.acknowledgedAt(), getLocale()),
                    Objects.requireNonNullElse(r.acknowledgedBy(), "")));
        }
    }

    private void renderEvidence(ReportDetails r) {
        evidence.removeAll();
        if (r.evidence().isEmpty()) {
            evidence.add(Parts.empty(this, "safety.page.no-evidence"));
        }
        for (ReportDetails.EvidenceInfo e : r.evidence()) {
            DownloadHandler handler = DownloadHandler.fromInputStream(x -> {
                ReportQueries.Download d = queries.evidence(actor, r.id(), e.id());
                return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
            });
            Div item = new Div();
            item.addClassName("safety-evidence-item");
            if (e.picture()) {
                Image image = new Image(handler, e.fileName());
                image.addClassName("safety-photo");
                item.add(image);
            } else if (e.recording()) {
                com.vaadin.flow.component.html.NativeLabel label = new NativeLabel(e.fileName());
                Audio audio = new Audio(handler);
                item.add(label, audio);
            }
            Anchor open = new Anchor(handler, "");
            open.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("safety.page.file", e.fileName(), Math.max(1, e.size() / 1024))));
            open.addClassName("button-link");
            Span by = new Span(getTranslation("join.dot", e.by(), Dates.dateTime(e.at(), getLocale())));
            by.addClassName("patient-meta");
            item.add(open, by);
            evidence.add(item);
        }
        if (r.allowed().contains(ReportAction.ATTACH)) {
            Upload upload = EvidenceUpload.create(this, "safety-add-evidence", (name, bytes) -> {
                try {
                    reports.attach(actor, r.id(), name, bytes);
                    Forms.success(getTranslation("safety.page.evidence-added"));
                    reload();
                } catch (RenkeiException x) {
                    Forms.error(this, x);
                }
            });
            evidence.add(upload);
        }
    }

    private void renderActions(ReportDetails r) {
        actions.removeAll();
        long id = r.id();
        if (r.allowed().contains(ReportAction.SUBMIT)) {
            actions.add(Parts.button(this, "safety.page.submit", VaadinIcon.PAPERPLANE, "safety-do-submit", true,
                    () -> Parts.run(this, "safety.page.submitted", () -> reports.submit(actor, id), this::reload)));
        }
        if (r.allowed().contains(ReportAction.ACKNOWLEDGE)) {
            actions.add(Parts.button(this, "safety.page.acknowledge", VaadinIcon.CHECK, "safety-do-acknowledge", true,
                    () -> Parts.run(this, "safety.page.acknowledged-done", () -> reports.acknowledge(actor, id), this::reload)));
        }
        if (r.allowed().contains(ReportAction.RECORD_ACTION)) {
            actions.add(Parts.button(this, "safety.page.respond", VaadinIcon.CLIPBOARD_CHECK, "safety-do-respond", false,
                    () -> new RespondDialog(reports, actor, id, this::reload).open()));
        }
        if (r.allowed().contains(ReportAction.CLOSE)) {
            actions.add(Parts.button(this, "safety.page.close", VaadinIcon.LOCK, "safety-do-close", false,
                    () -> Parts.run(this, "safety.page.closed-done", () -> reports.close(actor, id), this::reload)));
        }
        if (r.allowed().contains(ReportAction.REOPEN)) {
            actions.add(Parts.button(this, "safety.page.reopen", VaadinIcon.REFRESH, "safety-do-reopen", false,
                    () -> Parts.run(this, "safety.page.reopened-done", () -> reports.reopen(actor, id), this::reload)));
        }
        actions.setVisible(actions.getComponentCount() > 0);
    }

    @Override
    public String getPageTitle() {
        return (report == null ? getTranslation("safety.page.report-title") : getTranslation("safety.page.number", String.valueOf(report.id())))
                + " | " + getTranslation("app.name");
    }
}
