package org.renkei.coordination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.coordination.CoordinationAction;
import org.renkei.coordination.CoordinationQueries;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.DeskQueue;
import org.renkei.coordination.InquiryAnswer;
import org.renkei.coordination.RequestDetails;
import org.renkei.patient.PatientService;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/**
 * One request to the desk, for the desk and the requester: what is needed, where and from when, the patient (by age and
 * sex, or the linked record), the facilities asked with their answers and telephone numbers, the timeline, and what the
 * reader may do now as the request decides it (ask facilities, propose one, accept or turn down the proposal, close it
 * unmatched or complete it, withdraw it, link the patient, invite the matched facility into the team).
 */
@Route("coordination/:id")
@RolesAllowed("MEMBER")
class CoordinationRequestPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div head = new Div();
    final Div actions = new Div();
    final Div note = new Div();
    final Div inquiries = Parts.list();
    final Div timeline = new Div();
    private final CoordinationService coordination;
    private final CoordinationQueries queries;
    private final DeskQueue desk;
    private final PatientService patients;
    private final Actor actor;
    private @Nullable RequestDetails request;

    CoordinationRequestPage(CoordinationService coordination, CoordinationQueries queries, DeskQueue desk, PatientService patients,
            CurrentActor currentActor) {
        this.coordination = coordination;
        this.queries = queries;
        this.desk = desk;
        this.patients = patients;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("coordination-request-page");
        head.addClassName("patient-head");
        head.setId("coordination-head");
        actions.addClassName("actions");
        actions.setId("coordination-actions");
        note.setId("coordination-note-text");
        note.addClassName("sheet-value");
        inquiries.setId("coordination-inquiries-list");
        timeline.addClassName("timeline");
        timeline.setId("coordination-timeline");
        Anchor back = new Anchor("coordination", getTranslation("coordination.page.request.back"));
        add(back, head, actions, Parts.titled(this, "coordination.page.note", note), Parts.titled(this, "coordination.page.request.inquiries", inquiries),
                Parts.titled(this, "coordination.page.request.timeline", timeline));
    }

    /** The page's address for a request. */
    static String href(long id) {
        return "coordination/" + id;
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        request = queries.details(actor, id);
        render();
    }

    RequestDetails request() {
        return Objects.requireNonNull(request);
    }

    void reload() {
        request = queries.details(actor, request().id());
        render();
    }

    private void render() {
        RequestDetails r = request();
        renderHead(r);
        renderActions(r);
        note.setText(r.note() == null ? "" : r.note());
        note.getParent().ifPresent(p -> p.setVisible(r.note() != null && !r.note().isBlank()));
        renderInquiries(r);
        renderTimeline(r);
    }

    private void renderHead(RequestDetails r) {
        head.removeAll();
        Span status = Parts.status(this, r.status());
        status.setId("coordination-status");
        Div badges = new Div(status);
        if (r.late()) {
            badges.add(Parts.late(this));
        }
        badges.addClassName("badges");
        Div facts = Parts.details();
        Parts.fact(facts, this, "coordination.page.district", r.districtName());
        Parts.fact(facts, this, "coordination.page.start", Dates.date(r.startOn(), getLocale()));
        Parts.fact(facts, this, "coordination.page.capabilities", Parts.capabilities(this, r.capabilities()));
        Parts.fact(facts, this, "coordination.page.patient", patient(r));
        Parts.fact(facts, this, "coordination.page.requester", getTranslation("join.paren", r.requesterName(), r.requesterFacility()));
        Parts.fact(facts, this, "coordination.page.desk", r.deskName());
        Parts.fact(facts, this, "coordination.page.received", Dates.dateTime(r.receivedAt(), getLocale()));
        if (r.status().open() && r.inquiries().stream().allMatch(i -> i.answer() == null)) {
            Span due = new Span(Dates.dateTime(r.firstAnswerDue(), getLocale()));
            if (r.late()) {
                due.addClassName("gap");
            }
            Parts.fact(facts, this, "coordination.page.due", due);
        }
        Parts.fact(facts, this, "coordination.page.matched", r.matchedFacility());
        Parts.fact(facts, this, "coordination.page.request.unmatched-reason", r.unmatchedReason());
        head.add(new H2(getTranslation("coordination.need." + r.need())), badges, facts);
        String proposed = proposedName(r);
        if (r.allowed().contains(CoordinationAction.ACCEPT_MATCH) && proposed != null) {
            Paragraph p = new Paragraph(getTranslation("coordination.page.request.banner-accept", proposed));
            p.addClassName("emergency-banner");
            p.setId("coordination-banner");
            head.add(p);
        }
    }

    /** The linked patient's name as a link to their record (for the desk and the requester only), or age and sex. */
    private @Nullable Component patient(RequestDetails r) {
        if (r.patientId() != null) {
            Anchor a = new Anchor("patients/" + r.patientId(), r.patientName() == null ? "" : r.patientName());
            a.addClassName("patient-name");
            a.setId("coordination-patient-link");
            return a;
        }
        String anonymous = Parts.patient(this, r.patientAge(), r.patientSex());
        return anonymous == null ? null : new Span(getTranslation("coordination.page.anonymous", anonymous));
    }

    private @Nullable String proposedName(RequestDetails r) {
        return r.inquiries().stream().filter(i -> Objects.equals(i.id(), r.proposedInquiryId())).map(RequestDetails.InquiryInfo::facilityName)
                .findFirst().orElse(null);
    }

    private void renderActions(RequestDetails r) {
        actions.removeAll();
        Set<CoordinationAction> allowed = r.allowed();
        if (allowed.contains(CoordinationAction.INQUIRE)) {
            actions.add(Parts.button(this, "coordination.page.request.inquire", VaadinIcon.PAPERPLANE, "coordination-inquire",
                    !allowed.contains(CoordinationAction.PROPOSE), () -> new InquireDialog(desk, coordination, actor, r, this::reload).open()));
        }
        if (allowed.contains(CoordinationAction.ACCEPT_MATCH)) {
            actions.add(Parts.button(this, "coordination.page.request.accept", VaadinIcon.CHECK, "coordination-accept", true,
                    () -> Parts.run(this, "coordination.page.request.accepted", () -> coordination.acceptMatch(actor, r.id()), this::reload)));
        }
        if (allowed.contains(CoordinationAction.DECLINE_MATCH)) {
            actions.add(Parts.button(this, "coordination.page.request.decline", VaadinIcon.CLOSE, "coordination-decline", false,
                    () -> Parts.run(this, "coordination.page.request.declined", () -> coordination.declineMatch(actor, r.id()), this::reload)));
        }
        if (allowed.contains(CoordinationAction.COMPLETE)) {
            actions.add(Parts.button(this, "coordination.page.request.complete", VaadinIcon.FLAG_CHECKERED, "coordination-complete", false,
                    () -> Parts.run(this, "coordination.page.request.completed", () -> coordination.complete(actor, r.id()), this::reload)));
        }
        if (allowed.contains(CoordinationAction.INVITE)) {
            actions.add(Parts.button(this, "coordination.page.request.invite", VaadinIcon.USERS, "coordination-invite", true,
                    () -> Parts.run(this, "coordination.page.request.invited", () -> coordination.invite(actor, r.id()), this::reload)));
        }
        if (allowed.contains(CoordinationAction.LINK_PATIENT)) {
            actions.add(Parts.button(this, "coordination.page.request.link", VaadinIcon.LINK, "coordination-link", false,
                    () -> new LinkPatientDialog(coordination, patients, actor, r, this::reload).open()));
        }
        if (allowed.contains(CoordinationAction.CLOSE_UNMATCHED)) {
            Button unmatched = Parts.button(this, "coordination.page.request.unmatched", VaadinIcon.BAN, "coordination-unmatched", false,
                    () -> new UnmatchedDialog(coordination, actor, r, this::reload).open());
            unmatched.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(unmatched);
        }
        if (allowed.contains(CoordinationAction.WITHDRAW)) {
            Button withdraw = Parts.button(this, "coordination.page.request.withdraw", VaadinIcon.BAN, "coordination-withdraw", false,
                    () -> Parts.run(this, "coordination.page.request.withdrawn", () -> coordination.withdraw(actor, r.id()), this::reload));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        actions.setVisible(actions.getComponentCount() > 0);
    }

    /** The facilities asked, as rows that fold on a phone: who, how to call, the answer and why, and the desk's proposal. */
    private void renderInquiries(RequestDetails r) {
        inquiries.removeAll();
        if (r.inquiries().isEmpty()) {
            inquiries.add(Parts.empty(this, "coordination.page.request.no-inquiries"));
            return;
        }
        for (RequestDetails.InquiryInfo i : r.inquiries()) {
            Div row = new Div();
            row.addClassNames("oncall-card", "coordination-inquiry");
            row.setId("inquiry-row-" + i.id());
            Span name = new Span(i.facilityName());
            name.addClassName("call-patient");
            Div top = new Div(name);
            top.addClassName("patient-card-top");
            if (i.answer() != null) {
                top.add(Parts.answer(this, i.answer()));
            } else {
                top.add(Badge.of(getTranslation("coordination.page.request.no-answer"), Badge.Tone.NEUTRAL));
            }
            if (Objects.equals(i.id(), r.proposedInquiryId())) {
                row.addClassName("attention");
                top.add(Badge.of(getTranslation("coordination.page.request.proposed"), Badge.Tone.INFO));
            }
            Div facts = Parts.details();
            Parts.fact(facts, this, "coordination.page.phone", i.phone() == null || i.phone().isBlank() ? null : Parts.phone(i.phone()));
            if (i.reason() != null) {
                Parts.fact(facts, this, "coordination.page.reason", getTranslation("coordination.reason." + i.reason()));
            }
            Parts.fact(facts, this, "coordination.page.answer-note", i.note());
            Parts.fact(facts, this, "coordination.page.sent", Dates.shortDateTime(i.sentAt(), getLocale()));
            if (i.answeredAt() != null) {
                Parts.fact(facts, this, "coordination.page.answered", Dates.shortDateTime(i.answeredAt(), getLocale()));
            }
            row.add(top, facts);
            if (r.allowed().contains(CoordinationAction.PROPOSE) && (i.answer() == InquiryAnswer.ACCEPT || i.answer() == InquiryAnswer.ASK)
                    && !Objects.equals(i.id(), r.proposedInquiryId())) {
                row.add(Parts.actions(Parts.button(this, "coordination.page.request.propose", VaadinIcon.ARROW_FORWARD, "propose-" + i.id(),
                        true, () -> Parts.run(this, "coordination.page.request.proposed-done", () -> coordination.propose(actor, r.id(), i.id()),
                                this::reload))));
            }
            inquiries.add(row);
        }
    }

    private void renderTimeline(RequestDetails r) {
        timeline.removeAll();
        for (RequestDetails.Step s : r.timeline()) {
            timeline.add(Parts.timelineItem(Dates.dateTime(s.at(), getLocale()), s.step(), getTranslation("coordination.step." + s.step()),
                    s.who(), s.detail()));
        }
    }

    @Override
    public String getPageTitle() {
        return (request == null ? getTranslation("coordination.page.request.title")
                : getTranslation("join.colon", getTranslation("coordination.page.request.title"),
                        getTranslation("coordination.need." + request.need()))) + " | " + getTranslation("app.name");
    }
}
