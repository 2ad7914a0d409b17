package org.renkei.beds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.BedAction;
import org.renkei.beds.BedDocumentService;
import org.renkei.beds.BedRequestQueries;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.DeclineReason;
import org.renkei.beds.HospitalInfo;
import org.renkei.beds.RequestInfo;
import org.renkei.beds.RequestStatus;
import org.renkei.beds.Urgency;
import org.renkei.kit.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * One request for a backup bed: the patient and the hospital (its hotline), where it stands, what is asked, the
 * hospital's answer, the timeline, and what the reader may do now (confirm, withdraw, accept, decline, admit, discharge,
 * ask the next hospital, open the admission handoff); the previous and next request of the chain and the
 * 診療情報提供書. Opening it is logged.
 */
@Route("beds/requests/:id")
@RolesAllowed("MEMBER")
class BedRequestPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div head = new Div();
    final Div actions = new Div();
    final Div forward = new Div();
    final Div ask = Parts.details();
    final Div answer = Parts.details();
    final Div timeline = new Div();
    final Div chain = new Div();
    final Anchor pdf;
    private final BedRequestService requests;
    private final BedRequestQueries queries;
    private final BedDocumentService documents;
    private final Actor actor;
    private @Nullable RequestInfo request;

    BedRequestPage(BedRequestService requests, BedRequestQueries queries, BedDocumentService documents, CurrentActor currentActor) {
        this.requests = requests;
        this.queries = queries;
        this.documents = documents;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("bed-request-page");
        head.addClassName("patient-head");
        head.setId("bed-request-head");
        actions.addClassName("actions");
        actions.setId("bed-actions");
        forward.setId("bed-forward");
        forward.addClassName("oncall-section");
        ask.setId("bed-ask");
        answer.setId("bed-answer");
        timeline.addClassName("timeline");
        timeline.setId("bed-timeline");
        chain.addClassName("actions");
        chain.setId("bed-chain");
        pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            BedDocumentService.Document d = documents.referral(actor, request().id(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
        }), "");
        pdf.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("beds.page.request.referral-pdf")));
        pdf.addClassName("button-link");
        pdf.setId("bed-referral-pdf");
        Anchor back = new Anchor("beds?tab=requests", getTranslation("beds.page.request.back"));
        add(back, head, actions, forward, Parts.titled(this, "beds.page.request.ask", ask), Parts.titled(this, "beds.page.request.answer", answer),
                Parts.titled(this, "beds.page.request.timeline", timeline), chain, Parts.titled(this, "beds.page.request.documents", Parts.actions(pdf)));
    }

    /** The page's address for a request. */
    static String href(long id) {
        return "beds/requests/" + id;
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        request = queries.details(actor, id);
        render();
    }

    RequestInfo request() {
        return Objects.requireNonNull(request);
    }

    void reload() {
        request = queries.details(actor, request().id());
        render();
    }

    private void render() {
        RequestInfo r = request();
        renderHead(r);
        renderActions(r);
        renderForward(r);
        renderAsk(r);
        renderAnswer(r);
        renderTimeline(r);
        renderChain(r);
    }

    private void renderHead(RequestInfo r) {
        head.removeAll();
        Anchor patient = new Anchor("patients/" + r.patientId(), r.patientName());
        patient.addClassName("patient-name");
        Div title = new Div(new H2(getTranslation("beds.page.request.title")), patient);
        Span status = Parts.status(this, r.status());
        status.setId("bed-status");
        Div badges = new Div(status, Badge.of(getTranslation("beds.urgency." + r.urgency()),
                r.urgency() == Urgency.TODAY ? Badge.Tone.DANGER : Badge.Tone.NEUTRAL));
        badges.addClassName("badges");
        Div facts = Parts.details();
        Parts.fact(facts, this, "beds.page.hospital", r.hospitalName());
        Parts.fact(facts, this, "beds.page.hotline", r.hotline().isBlank() ? null : Parts.phone(r.hotline()));
        Parts.fact(facts, this, "beds.page.doctor", r.doctorName());
        Parts.fact(facts, this, "beds.page.drafted-by", r.draftedByName());
        head.add(title, badges, facts);
        String banner = banner(r);
        if (banner != null) {
            Paragraph p = new Paragraph(banner);
            p.addClassName("emergency-banner");
            p.setId("bed-banner");
            head.add(p);
        }
    }

    /** What waits for this reader, in a line. */
    private @Nullable String banner(RequestInfo r) {
        if (r.allowed().contains(BedAction.CONFIRM)) {
            return getTranslation("beds.page.request.banner-confirm");
        }
        if (r.allowed().contains(BedAction.ACCEPT)) {
            return r.dueAt() == null ? getTranslation("beds.page.request.banner-answer-now")
                    : getTranslation("beds.page.request.banner-answer", Dates.shortDateTime(r.dueAt(), getLocale()));
        }
        if (RequestCards.mayForward(r)) {
            return getTranslation("beds.page.request.banner-forward");
        }
        return null;
    }

    private void renderActions(RequestInfo r) {
        actions.removeAll();
        if (r.allowed().contains(BedAction.CONFIRM)) {
            actions.add(Parts.button(this, "beds.page.request.confirm", VaadinIcon.PAPERPLANE, "bed-confirm", true,
                    () -> Parts.run(this, "beds.page.request.confirmed", () -> requests.confirm(actor, r.id()), this::reload)));
        }
        if (r.allowed().contains(BedAction.ACCEPT)) {
            actions.add(Parts.button(this, "beds.page.request.accept", VaadinIcon.CHECK, "bed-accept", true,
                    () -> new AcceptDialog(requests, actor, r, this::reload).open()));
        }
        if (r.allowed().contains(BedAction.DECLINE)) {
            actions.add(Parts.button(this, "beds.page.request.decline", VaadinIcon.CLOSE, "bed-decline", false,
                    () -> new DeclineDialog(requests, actor, r, this::reload).open()));
        }
        if (r.allowed().contains(BedAction.ADMIT)) {
            actions.add(Parts.button(this, "beds.page.request.admit", VaadinIcon.SIGN_IN, "bed-admit", true,
                    () -> new DayDialog("admit", getTranslation("beds.page.request.admit-title", r.patientName()), "admittedOn",
                            on -> requests.admit(actor, r.id(), on), this::reload).open()));
        }
        if (r.allowed().contains(BedAction.DISCHARGE)) {
            actions.add(Parts.button(this, "beds.page.request.discharge", VaadinIcon.SIGN_OUT, "bed-discharge", true,
                    () -> new DayDialog("discharge", getTranslation("beds.page.request.discharge-title", r.patientName()), "dischargedOn",
                            on -> requests.discharge(actor, r.id(), on), this::reload).open()));
        }
        if (r.allowed().contains(BedAction.OPEN_ADMISSION_HANDOFF)) {
            actions.add(Parts.button(this, "beds.page.request.admission-handoff", VaadinIcon.EXCHANGE, "bed-admission-handoff", false,
                    this::openAdmissionHandoff));
        }
        if (r.allowed().contains(BedAction.WITHDRAW)) {
            Button withdraw = Parts.button(this, "beds.page.request.withdraw", VaadinIcon.BAN, "bed-withdraw", false,
                    () -> Parts.run(this, "beds.page.request.withdrawn", () -> requests.withdraw(actor, r.id()), this::reload));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        actions.setVisible(actions.getComponentCount() > 0);
    }

    private void openAdmissionHandoff() {
        try {
            long handoff = documents.openAdmissionHandoff(actor, request().id());
            getUI().ifPresent(ui -> ui.navigate("handoffs/" + handoff));
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    /** 次の病院に依頼: the programme's other hospitals with free beds today, one tap each. */
    private void renderForward(RequestInfo r) {
        forward.removeAll();
        boolean show = RequestCards.mayForward(r);
        forward.setVisible(show);
        if (!show) {
            return;
        }
        forward.add(new H3(getTranslation("beds.page.request.forward")));
        List<HospitalInfo> next = requests.nextHospitals(actor, r.id());
        if (next.isEmpty()) {
            forward.add(Parts.empty(this, "beds.page.request.forward-none"), new Anchor("beds", getTranslation("beds.page.request.to-board")));
            return;
        }
        forward.add(Parts.note(this, "beds.page.request.forward-help"));
        Div buttons = new Div();
        buttons.addClassName("actions");
        for (HospitalInfo h : next) {
            Button b = new Button(Parts.hospitalLabel(this, h), VaadinIcon.PAPERPLANE.create(), e -> forwardTo(h));
            b.setId("forward-" + h.id());
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(b);
        }
        forward.add(buttons);
    }

    private void forwardTo(HospitalInfo h) {
        try {
            RequestInfo next = requests.forward(actor, request().id(), h.id());
            Forms.success(getTranslation("beds.page.request.forwarded", h.name()));
            getUI().ifPresent(ui -> ui.navigate(href(next.id())));
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    private void renderAsk(RequestInfo r) {
        ask.removeAll();
        Parts.fact(ask, this, "beds.page.purpose", getTranslation("beds.purpose." + r.purpose()));
        Parts.fact(ask, this, "beds.page.urgency", getTranslation("beds.urgency." + r.urgency()));
        Parts.fact(ask, this, "beds.page.transport", getTranslation("beds.transport." + r.transport()));
        if (r.note() != null && !r.note().isBlank()) {
            Span note = new Span(r.note());
            note.addClassName("sheet-value");
            Parts.fact(ask, this, "beds.page.note", note);
        }
        Parts.fact(ask, this, "beds.page.created", Dates.dateTime(r.createdAt(), getLocale()));
        if (r.sentAt() != null) {
            Parts.fact(ask, this, "beds.page.sent", Dates.dateTime(r.sentAt(), getLocale()));
        }
        if (r.dueAt() != null) {
            Parts.fact(ask, this, "beds.page.due", Dates.dateTime(r.dueAt(), getLocale()));
        }
    }

    private void renderAnswer(RequestInfo r) {
        answer.removeAll();
        if (r.answeredAt() == null && r.status() != RequestStatus.EXPIRED) {
            answer.add(Parts.empty(this, r.status() == RequestStatus.DRAFT ? "beds.page.request.not-sent" : "beds.page.request.no-answer"));
            return;
        }
        if (r.status() == RequestStatus.EXPIRED) {
            Span expired = new Span(getTranslation("beds.page.request.expired"));
            expired.addClassName("gap");
            Parts.fact(answer, this, "beds.page.status", expired);
        }
        if (r.answeredAt() != null) {
            Parts.fact(answer, this, "beds.page.answered", Dates.dateTime(r.answeredAt(), getLocale()));
        }
        if (r.arriveBy() != null) {
            Span arrive = new Span(Dates.dateTime(r.arriveBy(), getLocale()));
            arrive.addClassName("brief-strong");
            Parts.fact(answer, this, "beds.page.arrive-by", arrive);
        }
        if (r.declineReason() != null) {
            Parts.fact(answer, this, "beds.page.decline-reason", getTranslation("beds.decline." + r.declineReason()));
            Parts.fact(answer, this, "beds.page.decline-note", r.declineNote());
        }
        if (r.admittedOn() != null) {
            Parts.fact(answer, this, "beds.page.admitted-on", Dates.date(r.admittedOn(), getLocale()));
        }
        if (r.dischargedOn() != null) {
            Parts.fact(answer, this, "beds.page.discharged-on", Dates.date(r.dischargedOn(), getLocale()));
        }
    }

    private void renderTimeline(RequestInfo r) {
        timeline.removeAll();
        for (RequestInfo.Step s : r.timeline()) {
            timeline.add(Parts.timelineItem(Dates.dateTime(s.at(), getLocale()), s.step(), getTranslation("beds.step." + s.step()), s.who(),
                    detail(s)));
        }
    }

    /** A step's detail in the reader's words: the reason of a refusal, the arrival time, the day of a stay. */
    private @Nullable String detail(RequestInfo.Step s) {
        String d = s.detail();
        if (d == null || d.isBlank()) {
            return null;
        }
        return switch (s.step()) {
            case "DECLINED" -> {
                try {
                    yield getTranslation("beds.decline." + DeclineReason.valueOf(d));
                } catch (IllegalArgumentException notACode) {
                    yield d;
                }
            }
            case "SENT" -> d.startsWith("#") ? getTranslation("beds.page.timeline.forwarded-from", d.substring(1)) : d;
            case "ACCEPTED" -> getTranslation("beds.page.timeline.arrive-by", d);
            case "ADMITTED", "DISCHARGED" -> {
                try {
                    yield Dates.date(LocalDate.parse(d), getLocale());
                } catch (DateTimeParseException notADay) {
                    yield d;
                }
            }
            default -> d;
        };
    }

    private void renderChain(RequestInfo r) {
        chain.removeAll();
        if (r.previousId() != null) {
            Anchor previous = new Anchor(href(r.previousId()), getTranslation("beds.page.request.previous"));
            previous.setId("bed-previous");
            chain.add(previous);
        }
        if (r.nextId() != null) {
            Anchor next = new Anchor(href(r.nextId()), getTranslation("beds.page.request.next"));
            next.setId("bed-next");
            chain.add(next);
        }
        chain.setVisible(chain.getComponentCount() > 0);
    }

    @Override
    public String getPageTitle() {
        return (request == null ? getTranslation("beds.page.request.title")
                : getTranslation("beds.page.request.title") + " " + request.patientName()) + " | " + getTranslation("app.name");
    }
}
