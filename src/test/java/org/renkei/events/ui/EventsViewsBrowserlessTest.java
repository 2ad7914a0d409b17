package org.renkei.events.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.directory.AssociationService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.events.EventService;
import org.renkei.events.MeetingDetails;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingPlan;
import org.renkei.events.MeetingQueries;
import org.renkei.events.MeetingRow;
import org.renkei.events.RegistrationStatus;
import org.renkei.security.Actor;
import org.renkei.shell.HomeView;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class EventsViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired EventService events;
    @Autowired MeetingQueries queries;
    @Autowired AssociationService associations;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void as(Actor actor) {
        SignIn.as(actor);
        navigate(HomeView.class);
    }

    private MeetingPage open(long id) {
        UI.getCurrent().navigate(MeetingPage.href(id));
        return (MeetingPage) getCurrentView();
    }

    private void noErrorAndEveryTextFound(com.vaadin.flow.component.Component page) {
        assertThat(find(Notification.class).all()).as("no refusal nor error")
                .noneMatch(n -> n.hasThemeName(NotificationVariant.LUMO_ERROR.getVariantName()));
        assertThat(page.getElement().getOuterHTML()).doesNotContain("!events.").doesNotContain("!profession.");
    }

    private void showEveryTab(EventsView view) {
        for (Tab tab : Stream.of(view.calendarTab, view.mineTab, view.organiseTab, view.figuresTab).filter(Objects::nonNull).toList()) {
            view.tabs.setSelectedTab(tab);
            roundTrip();
        }
        noErrorAndEveryTextFound(view);
    }

    @Test
    void aMemberSeesTheCalendarHerNextMeetingOnTheHomePageAndNoOrganisersTabs() {
        Actor hayashi = fixtures.actor("cm-hayashi");
        as(hayashi);
        MeetingRow next = queries.upcoming(hayashi).getFirst();
        assertThat(find(Anchor.class).all()).as("the home card leads to the next meeting").anyMatch(a -> a.getHref().equals("events/" + next.id()));
        EventsView view = navigate(EventsView.class);
        assertThat(view.organiseTab).isNull();
        assertThat(view.figuresTab).isNull();
        showEveryTab(view);
        view.tabs.setSelectedTab(view.calendarTab);
        roundTrip();
        assertThat(find(Div.class, view.calendar.list).withId("events-meeting-" + next.id()).exists()).isTrue();

        MeetingPage page = open(next.id());
        assertThat(page.meeting().mine()).isNotNull();
        assertThat(find(Div.class).withId("events-participants").exists()).as("a member sees no participants' list").isFalse();
        assertThat(find(Image.class).withId("events-qr").exists()).isFalse();
        assertThat(page.attendees.getElement().getTextRecursively()).as("dr-kimura did not agree to be shown").doesNotContain("木村 修一")
                .contains("山田 太郎");
        noErrorAndEveryTextFound(page);
    }

    @Test
    void theOrganiserSeesParticipantsWithContactsTheDoorsQrCodeAndTheFigures() {
        Actor office = fixtures.actor("sakura-office");
        as(office);
        EventsView view = navigate(EventsView.class);
        assertThat(view.organiseTab).isNotNull();
        assertThat(view.figuresTab).isNotNull();
        showEveryTab(view);
        MeetingRow liaison = queries.organised(office, associations.officeOf(Objects.requireNonNull(office.associationId()))).stream()
                .filter(r -> r.kind() == MeetingKind.LIAISON).findFirst().orElseThrow();
        MeetingPage page = open(liaison.id());
        assertThat(find(Div.class, page.organiser).withClassName("events-participant").all()).hasSize(12);
        assertThat(page.organiser.getElement().getTextRecursively()).contains("@example.jp");
        assertThat(find(Image.class).withId("events-qr").exists()).isTrue();
        assertThat(find(Button.class).withId("events-edit").exists()).isTrue();
        noErrorAndEveryTextFound(page);
    }

    @Test
    void aNurseRegistersCancelsAndChecksInByTheDoorsLinkAndTheCertificatesLinkVerifies() {
        Area area = fixtures.area();
        long office = associations.officeOf(area.association().id());
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Instant start = Instant.now().plus(Duration.ofMinutes(10));
        MeetingDetails m = events.plan(area.admin(), office, new MeetingPlan(MeetingKind.CASE_REVIEW, "画面の症例検討会", null, start,
                start.plus(Duration.ofHours(1)), "会館", null, false, Set.of(), Set.of(), 5, Map.of(), null, true));
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        as(nurse);
        MeetingPage page = open(m.id());
        test(find(Button.class).withId("events-register").single()).click();
        assertThat(page.meeting().mine().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        test(find(Button.class).withId("events-cancel").single()).click();
        assertThat(page.meeting().mine()).isNull();
        test(find(Button.class).withId("events-register").single()).click();

        String path = queries.details(area.admin(), m.id()).checkInPath();
        UI.getCurrent().navigate(path);
        CheckInView checkIn = (CheckInView) getCurrentView();
        assertThat(checkIn.result.hasClassName("events-checked-in")).isTrue();
        UI.getCurrent().navigate("events/" + m.id() + "/check-in/WRONG");
        assertThat(((CheckInView) getCurrentView()).result.hasClassName("events-check-in-refused")).isTrue();

        page = open(m.id());
        assertThat(find(Anchor.class).withId("events-certificate").exists()).isTrue();
        String code = Objects.requireNonNull(page.meeting().mine().certificateCode());
        SignIn.out();
        UI.getCurrent().navigate("certificates/" + code);
        assertThat(((CertificateCheckView) getCurrentView()).result.hasClassName("events-certificate-valid")).isTrue();
        UI.getCurrent().navigate("certificates/NOSUCHCERTIFICATE");
        assertThat(((CertificateCheckView) getCurrentView()).result.hasClassName("events-certificate-unknown")).isTrue();
    }

    @Test
    void theAccountPageShowsTheTrainingHistoryWithTheCourseCounted() {
        as(fixtures.actor("nurse-sasaki"));
        UI.getCurrent().navigate("account");
        Div history = find(Div.class).withId("events-history").single();
        UI ui = UI.getCurrent();
        assertThat(history.getElement().getTextRecursively()).contains("病診連携研修「在宅での緩和ケアと病院の後方支援」",
                ui.getTranslation("events.history.course", ui.getTranslation("events.kind.LEADER_COURSE"), 1));
    }
}
