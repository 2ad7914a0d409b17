package org.renkei.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.events.CalendarFiles;
import org.renkei.events.CertificateService;
import org.renkei.events.EventService;
import org.renkei.kit.BoundedUpload;
import org.renkei.events.MeetingAction;
import org.renkei.events.MeetingDetails;
import org.renkei.events.MeetingQueries;
import org.renkei.events.MeetingStatus;
import org.renkei.events.ParticipantInfo;
import org.renkei.events.RegistrationStatus;
import org.renkei.events.SurveySummary;
import org.renkei.events.TimelineStep;
import org.renkei.kit.Forms;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.PortalProperties;
import org.renkei.platform.QrCodes;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Dates;

/**
 * One meeting: the announcement, the seats per profession, registering (and whether others may see one's name),
 * cancelling, the .ics file, the materials, the survey and the certificate for who attended, who else comes (those who
 * agreed); for the organiser's administrators the door's QR code, the participants with their contacts, attendance,
 * groups, the list as CSV, the survey's answers, the materials' upload, changing and calling off.
 */
@Route("events/:id")
@RolesAllowed("MEMBER")
class MeetingPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div head = new Div();
    final Div facts = Parts.details();
    final Div description = new Div();
    final Div actions = new Div();
    final Div survey = new Div();
    final Div attendees = new Div();
    final Div organiser = new Div();
    final Checkbox shareName = new Checkbox();
    private final EventService events;
    private final MeetingQueries queries;
    private final CalendarFiles files;
    private final CertificateService certificates;
    private final PortalProperties portal;
    private final Actor actor;
    private @Nullable MeetingDetails meeting;

    MeetingPage(EventService events, MeetingQueries queries, CalendarFiles files, CertificateService certificates,
            PortalProperties portal, CurrentActor currentActor) {
        this.events = events;
        this.queries = queries;
        this.files = files;
        this.certificates = certificates;
        this.portal = portal;
        this.actor = currentActor.require();
        addClassName("page");
        addClassName("events-meeting-page");
        head.setId("events-head");
        facts.setId("events-facts");
        description.addClassName("sheet-value");
        description.setId("events-description");
        actions.addClassName("actions");
        actions.setId("events-actions");
        survey.setId("events-survey");
        attendees.setId("events-attendees");
        organiser.setId("events-organiser");
        organiser.addClassName("oncall-pane");
        shareName.setLabel(getTranslation("events.page.share-name"));
        shareName.setId("events-share-name");
        shareName.setValue(true);
        add(new Anchor("events", getTranslation("events.page.back")), head, actions, facts, description, survey, attendees, organiser);
    }

    static String href(long id) {
        return "events/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        meeting = queries.details(actor, id);
        render();
    }

    MeetingDetails meeting() {
        return Objects.requireNonNull(meeting);
    }

    void reload() {
        meeting = queries.details(actor, meeting().id());
        render();
    }

    private void render() {
        MeetingDetails m = meeting();
        renderHead(m);
        renderFacts(m);
        description.setText(m.description() == null ? "" : m.description());
        description.setVisible(m.description() != null);
        renderActions(m);
        renderSurvey(m);
        renderAttendees(m);
        organiser.removeAll();
        if (m.allowedActions().contains(MeetingAction.SEE_PARTICIPANTS)) {
            renderOrganiser(m);
        }
    }

    private void renderHead(MeetingDetails m) {
        head.removeAll();
        Div badges = new Div(Parts.kind(this, m.kind()));
        badges.addClassName("badges");
        if (m.status() == MeetingStatus.CALLED_OFF) {
            badges.add(Parts.calledOff(this));
        }
        if (m.mine() != null) {
            Span mine = Parts.registration(this, m.mine().status());
            mine.setId("events-my-status");
            badges.add(mine);
            if (m.mine().place() != null) {
                badges.add(new Span(getTranslation("events.page.waiting-place", m.mine().place())));
            }
            if (m.mine().attended()) {
                badges.add(org.renkei.shell.Badge.of(getTranslation("events.page.attended"), org.renkei.shell.Badge.Tone.SUCCESS));
            }
        }
        H2 title = new H2(m.title());
        title.setId("events-title");
        head.add(badges, title);
    }

    private void renderFacts(MeetingDetails m) {
        facts.removeAll();
        Locale locale = Parts.locale();
        Parts.fact(facts, this, "events.page.when-label", Parts.when(this, m.startsAt(), m.endsAt()));
        Parts.fact(facts, this, "events.page.place", m.place());
        if (m.videoUrl() != null) {
            Anchor video = new Anchor(m.videoUrl(), m.videoUrl());
            video.setTarget("_blank");
            video.getElement().setAttribute("rel", "noopener noreferrer");
            Parts.fact(facts, this, "events.page.video", video);
        }
        Parts.fact(facts, this, "events.page.organiser", m.organiserName());
        Parts.fact(facts, this, "events.page.for", m.professions().isEmpty() ? getTranslation("events.page.everyone")
                : m.professions().stream().sorted().map(p -> getTranslation("profession." + p)).collect(Collectors.joining(getTranslation("join.list"))));
        if (!m.facilityTypes().isEmpty()) {
            Parts.fact(facts, this, "events.page.facility-types", m.facilityTypes().stream().sorted()
                    .map(t -> getTranslation("facility-type." + t)).collect(Collectors.joining(getTranslation("join.list"))));
        }
        Parts.fact(facts, this, "events.page.open", getTranslation(m.openToAll() ? "events.page.open-all" : "events.page.open-association"));
        Span seats = new Span(Parts.seats(this, m.confirmed(), m.capacity(), m.waiting()));
        seats.setId("events-seats");
        Parts.fact(facts, this, "events.page.seats-label", seats);
        if (!m.seats().isEmpty()) {
            Div per = new Div();
            per.setId("events-seats-per-profession");
            per.addClassName("badges");
            m.seats().forEach((p, s) -> per.add(org.renkei.shell.Badge.of(getTranslation("events.page.seat", getTranslation("profession." + p),
                    s.taken(), s.seats()), s.taken() >= s.seats() ? org.renkei.shell.Badge.Tone.WARNING : org.renkei.shell.Badge.Tone.NEUTRAL)));
            Parts.fact(facts, this, "events.page.seats-per-profession", per);
        }
        if (m.deadline() != null) {
            // the deadline is the start of the day after the last day to register
            Parts.fact(facts, this, "events.page.deadline", getTranslation("events.page.deadline-until",
                    Dates.date(Parts.local(m.deadline().minusSeconds(1)).toLocalDate(), locale)));
        }
        if (m.certificate()) {
            Parts.fact(facts, this, "events.page.certificate", getTranslation("events.page.certificate-given"));
        }
        if (m.mine() != null && m.mine().group() != null) {
            Parts.fact(facts, this, "events.page.group", getTranslation("events.page.group-no", m.mine().group()));
        }
    }

    private void renderActions(MeetingDetails m) {
        actions.removeAll();
        Set<MeetingAction> allowed = m.allowedActions();
        if (allowed.contains(MeetingAction.REGISTER)) {
            Button register = Parts.button(this, "events.page.register", VaadinIcon.CHECK, "events-register", true,
                    () -> Parts.run(this, "events.page.registered", () -> events.register(actor, m.id(), shareName.getValue()), this::reload));
            actions.add(register, shareName);
        } else if (m.mine() == null && m.status() == MeetingStatus.PLANNED && m.registrationOpen()) {
            actions.add(Parts.note(this, "events.page.not-for-you"));
        } else if (m.mine() == null && m.status() == MeetingStatus.PLANNED) {
            actions.add(Parts.note(this, "events.page.closed"));
        }
        if (allowed.contains(MeetingAction.CANCEL_REGISTRATION)) {
            Button cancel = Parts.button(this, "events.page.cancel", VaadinIcon.CLOSE_SMALL, "events-cancel", false,
                    () -> Parts.run(this, "events.page.cancelled", () -> events.cancel(actor, m.id(), actor.memberId()), this::reload));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        actions.add(download("events-ics", "events.page.ics", VaadinIcon.CALENDAR, "meeting-" + m.id() + ".ics", "text/calendar; charset=UTF-8",
                () -> files.meeting(actor, m.id()).getBytes(StandardCharsets.UTF_8)));
        if (m.materials()) {
            actions.add(download("events-materials", "events.page.materials", VaadinIcon.FILE_TEXT_O, "materials.pdf", "application/pdf",
                    () -> queries.materials(actor, m.id()).getValue()));
        }
        if (allowed.contains(MeetingAction.DOWNLOAD_CERTIFICATE)) {
            Function<String, String> label = labels();
            actions.add(download("events-certificate", "events.page.certificate-download", VaadinIcon.DIPLOMA, "certificate-" + m.id() + ".pdf",
                    "application/pdf", () -> certificates.pdf(actor, m.id(), actor.memberId(), label)));
        }
        if (allowed.contains(MeetingAction.EDIT)) {
            actions.add(Parts.button(this, "events.page.edit", VaadinIcon.EDIT, "events-edit", false,
                    () -> new MeetingDialog(events, actor, m.organiserFacilityId(), m, d -> reload()).open()));
        }
        if (allowed.contains(MeetingAction.CALL_OFF)) {
            Button off = Parts.button(this, "events.page.call-off", VaadinIcon.BAN, "events-call-off", false,
                    () -> Parts.run(this, "events.page.called-off", () -> events.callOff(actor, m.id()), this::reload));
            off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(off);
        }
    }

    private Function<String, String> labels() {
        Locale locale = Parts.locale();
        return key -> getTranslation(locale, key);
    }

    private Anchor download(String id, String key, VaadinIcon icon, String fileName, String type, java.util.function.Supplier<byte[]> bytes) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), "");
        a.add(icon.create(), new Span(getTranslation(key)));
        a.addClassName("button-link");
        a.setId(id);
        a.getElement().setAttribute("download", fileName);
        return a;
    }

    private void renderSurvey(MeetingDetails m) {
        survey.removeAll();
        if (!m.allowedActions().contains(MeetingAction.ANSWER_SURVEY)) {
            if (m.mine() != null && m.mine().surveyed()) {
                survey.add(Parts.note(this, "events.page.survey-thanks"));
            }
            return;
        }
        Div section = Parts.section(this, "events.page.survey");
        Select<Integer> rating = new Select<>();
        rating.setLabel(getTranslation("events.page.rating"));
        rating.setItems(5, 4, 3, 2, 1);
        rating.setItemLabelGenerator(r -> getTranslation("events.rating." + r));
        rating.setId("events-rating");
        TextArea comment = new TextArea(getTranslation("events.page.comment"));
        comment.setMaxLength(1000);
        comment.setWidthFull();
        comment.setId("events-comment");
        Button send = Parts.button(this, "events.page.survey-send", VaadinIcon.PAPERPLANE, "events-survey-send", true, () -> {
            if (!Parts.missing(this, rating)) {
                Parts.run(this, "events.page.survey-thanks", () -> events.answerSurvey(actor, m.id(), rating.getValue(), comment.getValue()),
                        this::reload);
            }
        });
        section.add(rating, comment, send);
        survey.add(section);
    }

    private void renderAttendees(MeetingDetails m) {
        attendees.removeAll();
        if (m.mine() == null) {
            return; // only those who come see who else comes; the organiser reads the participants' list
        }
        Div section = Parts.section(this, "events.page.attendees");
        section.add(Parts.note(this, "events.page.attendees-note"));
        Component lines = Parts.lines(m.attendees().stream().map(a -> getTranslation("events.page.attendee", a.name(),
                getTranslation("profession." + a.profession()), a.facilityName())).toList());
        section.add(lines == null ? Parts.empty(this, "events.page.attendees-none") : lines);
        attendees.add(section);
    }

    private void renderOrganiser(MeetingDetails m) {
        Set<MeetingAction> allowed = m.allowedActions();
        if (m.checkInPath() != null && m.status() == MeetingStatus.PLANNED) {
            Div door = Parts.section(this, "events.page.door");
            String url = portal.link(m.checkInPath());
            byte[] png = QrCodes.png(url, 320);
            Image qr = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(png), "check-in.png",
                    "image/png", png.length)), getTranslation("events.page.door"));
            qr.addClassName("events-qr");
            qr.setId("events-qr");
            Anchor link = new Anchor(m.checkInPath(), getTranslation("events.page.check-in-link"));
            link.setId("events-check-in-link");
            door.add(Parts.note(this, "events.page.door-note"), qr, new Div(link));
            organiser.add(door);
        }
        Div list = Parts.section(this, "events.page.participants");
        Function<String, String> label = labels();
        Anchor csv = download("events-participants-csv", "export.csv", VaadinIcon.DOWNLOAD, "participants-" + m.id() + ".csv",
                "text/csv; charset=UTF-8", () -> queries.participantsCsv(actor, m.id(), CsvFiles.Encoding.UTF_8, label));
        Div tools = Parts.actions(csv);
        if (allowed.contains(MeetingAction.FORM_GROUPS)) {
            IntegerField size = new IntegerField(getTranslation("events.page.group-size"));
            size.setValue(6);
            size.setMin(2);
            size.setMax(20);
            size.setStepButtonsVisible(true);
            size.setId("events-group-size");
            Button form = Parts.button(this, "events.page.form-groups", VaadinIcon.GROUP, "events-form-groups", false, () -> {
                try {
                    int groups = events.formGroups(actor, m.id(), size.getValue() == null ? 6 : size.getValue());
                    Forms.success(getTranslation("events.page.groups-formed", groups));
                    reload();
                } catch (RenkeiException e) {
                    Forms.error(this, e);
                }
            });
            tools.add(size, form);
        }
        list.add(tools);
        Div cards = Parts.list();
        cards.setId("events-participants");
        for (ParticipantInfo p : queries.participants(actor, m.id())) {
            cards.add(participant(m, p, allowed));
        }
        if (cards.getChildren().findAny().isEmpty()) {
            cards.add(Parts.empty(this, "events.page.participants-none"));
        }
        list.add(cards);
        organiser.add(list);
        SurveySummary s = queries.survey(actor, m.id());
        if (s.attended() > 0) {
            Div answers = Parts.section(this, "events.page.survey-results");
            answers.add(Parts.note(this, "events.page.survey-summary", s.answers(), s.attended(), s.average() == null ? "—" : s.average()));
            Component comments = Parts.lines(s.comments());
            if (comments != null) {
                answers.add(comments);
            }
            organiser.add(answers);
        }
        Div timeline = Parts.section(this, "events.page.timeline");
        Div steps = new Div();
        steps.addClassName("timeline");
        steps.setId("events-timeline");
        for (TimelineStep t : queries.timeline(actor, m.id())) {
            steps.add(Parts.timelineItem(Dates.dateTime(t.at(), Parts.locale()), t.step(), t.member() == null
                    ? getTranslation("events.step." + t.step())
                    : getTranslation("join.colon", getTranslation("events.step." + t.step()), t.member()),
                    t.who().equals(t.member()) ? null : t.who(), null));
        }
        timeline.add(steps);
        organiser.add(timeline);
        if (allowed.contains(MeetingAction.EDIT)) {
            Div materials = Parts.section(this, "events.page.materials-upload");
            Upload upload = new Upload();
            // bounded: an oversized body is refused without being held in memory
            upload.setUploadHandler(new BoundedUpload(EventService.MATERIALS_LIMIT,
                    getTranslation("form.too-large", EventService.MATERIALS_LIMIT / (1024 * 1024)), (fileName, bytes) ->
                    Parts.run(this, "events.page.materials-saved", () -> events.uploadMaterials(actor, m.id(), fileName, bytes),
                            this::reload)));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(EventService.MATERIALS_LIMIT);
            upload.setAcceptedFileTypes("application/pdf", ".pdf");
            upload.setId("events-materials-upload");
            upload.setUploadButton(new Button(getTranslation("events.page.materials-choose"), VaadinIcon.UPLOAD.create()));
            upload.setDropLabel(new Span(getTranslation("events.page.materials-drop")));
            materials.add(upload);
            organiser.add(materials);
        }
    }

    private Div participant(MeetingDetails m, ParticipantInfo p, Set<MeetingAction> allowed) {
        Div card = new Div();
        card.addClassNames("oncall-card", "events-participant");
        card.setId("events-participant-" + p.memberId());
        Span name = new Span(p.name());
        name.addClassName("events-participant-name");
        Div top = new Div(name, Parts.registration(this, p.status()));
        top.addClassName("badges");
        if (p.attended()) {
            top.add(org.renkei.shell.Badge.of(getTranslation("events.page.attended"), org.renkei.shell.Badge.Tone.SUCCESS));
        }
        Span meta = new Span(getTranslation("events.page.participant-meta", getTranslation("profession." + p.profession()), p.facilityName(),
                Dates.shortDateTime(p.registeredAt(), Parts.locale())));
        meta.addClassName("patient-meta");
        Div contacts = new Div();
        contacts.addClassName("badges");
        if (p.email() != null) {
            contacts.add(new Anchor("mailto:" + p.email(), p.email()));
        }
        if (p.facilityPhone() != null) {
            contacts.add(Parts.phone(p.facilityPhone()));
        }
        card.add(top, meta, contacts);
        if (p.status() == RegistrationStatus.CONFIRMED) {
            Div tools = new Div();
            tools.addClassName("actions");
            if (allowed.contains(MeetingAction.MARK_ATTENDANCE)) {
                Checkbox present = new Checkbox(getTranslation("events.page.present"), p.attended());
                present.setId("events-present-" + p.memberId());
                present.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        Parts.run(this, "events.page.attendance-saved", () -> events.markAttendance(actor, m.id(), p.memberId(), e.getValue()),
                                this::reload);
                    }
                });
                tools.add(present);
            }
            // groups are formed and changed while the meeting is planned: the meeting says so
            if (allowed.contains(MeetingAction.FORM_GROUPS)) {
                IntegerField group = new IntegerField();
                group.setPrefixComponent(new Span(getTranslation("events.page.group")));
                group.setAriaLabel(getTranslation("events.page.group"));
                group.setValue(p.group());
                group.setMin(1);
                group.setWidth("9rem");
                group.addClassName("events-group-field");
                group.setId("events-group-" + p.memberId());
                group.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        Parts.run(this, "events.page.group-saved", () -> events.moveToGroup(actor, m.id(), p.memberId(), e.getValue()),
                                () -> { });
                    }
                });
                tools.add(group);
            }
            card.add(tools);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? getTranslation("events.page.title") : meeting.title()) + " | " + getTranslation("app.name");
    }
}
