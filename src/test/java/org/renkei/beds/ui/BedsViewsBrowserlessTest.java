package org.renkei.beds.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.beds.AvailabilityService;
import org.renkei.beds.BedRequestQueries;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.BedWorld;
import org.renkei.beds.BedWorld.World;
import org.renkei.beds.HospitalInfo;
import org.renkei.beds.ProgrammeInfo;
import org.renkei.beds.ProgrammeService;
import org.renkei.beds.Purpose;
import org.renkei.beds.RequestInfo;
import org.renkei.beds.RequestStatus;
import org.renkei.beds.internal.BedProgramme;
import org.renkei.patient.PatientCard;
import org.renkei.security.Actor;
import org.renkei.shell.HomeView;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class BedsViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired BedWorld worlds;
    @Autowired BedRequestService requests;
    @Autowired BedRequestQueries queries;
    @Autowired AvailabilityService availability;
    @Autowired ProgrammeService programmes;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void showEveryTab(BedsView view) {
        List<Tab> tabs = new ArrayList<>(List.of(view.boardTab, view.requestsTab, view.registrationsTab, view.programmeTab));
        if (view.figuresTab != null) {
            tabs.add(view.figuresTab);
        }
        for (Tab tab : tabs) {
            view.tabs.setSelectedTab(tab);
            roundTrip();
        }
        assertThat(find(Notification.class).all()).as("no refusal nor error on any tab")
                .noneMatch(n -> n.hasThemeName(NotificationVariant.LUMO_ERROR.getVariantName()));
        assertThat(view.getElement().getOuterHTML()).doesNotContain("!beds.");
    }

    /** A world whose programme takes patients of any age: the fixtures' patients are born anywhere from 1930 to 1998. */
    private World world() {
        World w = worlds.create();
        ProgrammeInfo p = programmes.list(w.area().admin()).stream().filter(x -> x.id() == w.programme()).findFirst().orElseThrow();
        programmes.change(w.area().admin(), p.id(), p.name(), new BedProgramme.Rules(null, p.purposes(), p.longestStayDays(),
                p.reuseGapDays(), p.exclusions(), p.viaDesk(), p.answerMinutesToday(), p.answerMinutesLater()));
        return w;
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void aDemoDoctorSeesTheBoardAndTheirRequestsAndARuleIsRefusedOnItsField() {
        Actor yamada = fixtures.actor("dr-yamada");
        SignIn.as(yamada);
        BedsView view = navigate(BedsView.class);
        assertThat(view.figuresTab).as("figures are for whoever runs the programme").isNull();
        showEveryTab(view);

        view.tabs.setSelectedTab(view.boardTab);
        roundTrip();
        Div board = find(Div.class).withId("bed-board").single();
        List<HospitalInfo> hospitals = availability.board(yamada);
        assertThat(hospitals).isNotEmpty();
        for (HospitalInfo h : hospitals) {
            Div card = find(Div.class, board).withId("bed-card-" + h.id()).single();
            assertThat(card.hasClassName("stale")).isEqualTo(!h.fresh());
            assertThat(find(Span.class, card).withClassName("free-beds").exists()).isTrue();
            assertThat(find(Button.class, card).withId("free-save-" + h.id()).exists()).as("a doctor does not set a figure").isFalse();
        }

        view.tabs.setSelectedTab(view.requestsTab);
        roundTrip();
        List<RequestInfo> mine = queries.forTeam(yamada);
        assertThat(mine).isNotEmpty();
        for (RequestInfo r : mine) {
            Div card = find(Div.class, view.requests).withId("bed-request-" + r.id()).single();
            assertThat(card.hasClassName("bed-request-card")).isTrue();
            assertThat(find(Anchor.class, card).all()).anyMatch(a -> a.getHref().equals("beds/requests/" + r.id()));
        }

        // respite: refused on the purpose field, in the programme's words; nothing saved
        PatientCard other = view.requests.patient.getListDataView().getItems()
                .filter(p -> mine.stream().noneMatch(r -> r.patientId() == p.id())).findFirst().orElseThrow();
        view.requests.patient.setValue(other);
        view.requests.hospital.setValue(hospitals.getFirst());
        view.requests.purpose.setValue(Purpose.RESPITE);
        test(find(Button.class).withId("request-submit").single()).click();
        assertThat(view.requests.purpose.isInvalid()).isTrue();
        assertThat(view.requests.purpose.getErrorMessage()).isEqualTo(view.getTranslation("beds.rule.no-respite"));
        assertThat(queries.forTeam(yamada)).hasSameSizeAs(mine);
    }

    @Test
    void aDemoHospitalMemberSeesItsCardWithTheUpdaterItsRequestsAndTheSheetsOfItsRegistrations() {
        Actor msw = fixtures.actor("hosp-msw");
        SignIn.as(msw);
        BedsView view = navigate(BedsView.class);
        showEveryTab(view);

        view.tabs.setSelectedTab(view.boardTab);
        roundTrip();
        HospitalInfo own = availability.board(msw).stream().filter(HospitalInfo::mayUpdate).findFirst().orElseThrow();
        Div card = find(Div.class).withId("bed-card-" + own.id()).single();
        for (String id : List.of("free-minus-", "free-plus-", "free-save-")) {
            assertThat(find(Button.class, card).withId(id + own.id()).exists()).isTrue();
        }

        view.tabs.setSelectedTab(view.requestsTab);
        roundTrip();
        assertThat(queries.forHospital(msw)).as("the demo's request accepted here").isNotEmpty();
        for (RequestInfo r : queries.forHospital(msw)) {
            assertThat(find(Div.class, view.requests).withId("bed-request-" + r.id()).exists()).isTrue();
        }
        view.tabs.setSelectedTab(view.registrationsTab);
        roundTrip();
        assertThat(find(Div.class, view.registrations.hospitalList).withClassName("bed-registration-card").all()).isNotEmpty()
                .allMatch(c -> find(Div.class, c).withClassName("bed-sheet").exists());
    }

    @Test
    void theAssociationRunsTheProgrammeAndSeesItsFigures() {
        SignIn.as(fixtures.actor("sakura-office"));
        BedsView view = navigate(BedsView.class);
        assertThat(view.figuresTab).isNotNull();
        showEveryTab(view);

        FiguresPanel figures = Objects.requireNonNull(view.figures);
        assertThat(test(figures.grid).size()).isEqualTo(FiguresPanel.MONTHS);
        assertThat(figures.csv.getHref()).isNotBlank();
        view.tabs.setSelectedTab(view.programmeTab);
        roundTrip();
        assertThat(view.programme.overview.isVisible()).isTrue();
        assertThat(text(view.programme.overview)).doesNotContain("鈴木");
        assertThat(find(Div.class, view.programme).withClassName("bed-programme-card").all()).isNotEmpty();
    }

    @Test
    void anAdministratorWithoutAProgrammeSetsOneUp() {
        Fixtures.Area area = fixtures.area();
        SignIn.as(area.admin());
        BedsView view = navigate(BedsView.class);
        view.tabs.setSelectedTab(view.programmeTab);
        roundTrip();
        assertThat(find(Div.class, view.programme).withClassName("bed-programme-card").exists()).isFalse();
        test(find(Button.class).withId("programme-create").single()).click();
        assertThat(programmes.list(area.admin())).singleElement().satisfies(p -> {
            assertThat(p.districtId()).isEqualTo(area.districtId());
            assertThat(p.mayManage()).isTrue();
        });
        long id = programmes.list(area.admin()).getFirst().id();
        assertThat(find(Div.class).withId("bed-programme-" + id).exists()).isTrue();
        assertThat(find(Button.class).withId("programme-create").exists()).as("one programme per district").isFalse();
    }

    @Test
    void aHospitalSetsItsFreeBedsInTwoTapsAndEveryOpenBoardShowsAnUpdate() {
        World w = world();
        as(w.mswA());
        BedsView view = navigate(BedsView.class);
        test(find(Button.class).withId("free-plus-" + w.hospitalA()).single()).click();
        test(find(Button.class).withId("free-save-" + w.hospitalA()).single()).click();
        assertThat(free(w.mswA(), w.hospitalA())).isEqualTo(3);
        assertThat(freeShown(w.hospitalA())).isEqualTo("3");
        assertThat(find(Button.class).withId("free-save-" + w.hospitalB()).exists()).as("not my hospital").isFalse();

        // another member of a hospital of the association saves a figure: this open board shows it
        availability.update(w.mswB(), w.hospitalB(), 0);
        roundTrip();
        assertThat(freeShown(w.hospitalB())).isEqualTo("0");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("!beds.");
    }

    private int free(Actor actor, long hospital) {
        return Objects.requireNonNull(availability.board(actor).stream().filter(h -> h.id() == hospital).findFirst().orElseThrow().freeBeds());
    }

    private String freeShown(long hospital) {
        Div card = find(Div.class).withId("bed-card-" + hospital).single();
        return find(Span.class, card).withClassName("free-beds").single().getText();
    }

    @Test
    void aRequestIsConfirmedDeclinedForwardedAcceptedAndAdmitted() {
        World w = world();
        RequestInfo draft = worlds.request(requests, w, w.hospitalB(), false);

        // the 主治医 finds the draft on the home page and confirms it
        as(w.doctor());
        navigate(HomeView.class);
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getHref().equals("beds?tab=requests"));
        UI.getCurrent().navigate("beds", QueryParameters.of("tab", "requests"));
        BedsView list = (BedsView) getCurrentView();
        assertThat(list.tabs.getSelectedTab()).isSameAs(list.requestsTab);
        assertThat(find(Div.class).withId("bed-request-" + draft.id()).single().hasClassName("attention")).isTrue();
        BedRequestPage page = open(draft.id());
        test(find(Button.class).withId("bed-confirm").single()).click();
        assertThat(page.request().status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(find(Anchor.class).withId("bed-referral-pdf").single().getHref()).isNotBlank();

        // hospital B declines with a reason
        as(w.mswB());
        open(draft.id());
        test(find(Button.class).withId("bed-decline").single()).click();
        DeclineDialog decline = find(DeclineDialog.class).single();
        test(decline.save).click();
        assertThat(queries.details(w.mswB(), draft.id()).status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(find(Button.class).withId("bed-accept").exists()).isFalse();

        // the doctor sends it to hospital A in one tap
        as(w.doctor());
        page = open(draft.id());
        assertThat(find(Div.class).withId("bed-timeline").single().getChildren()).hasSize(3);
        assertThat(text(page.timeline)).contains(page.getTranslation("beds.decline.FULL"));
        test(find(Button.class).withId("forward-" + w.hospitalA()).single()).click();
        BedRequestPage next = (BedRequestPage) getCurrentView();
        long nextId = next.request().id();
        assertThat(nextId).isNotEqualTo(draft.id());
        assertThat(next.request().hospitalId()).isEqualTo(w.hospitalA());
        assertThat(find(Anchor.class).withId("bed-previous").single().getHref()).isEqualTo("beds/requests/" + draft.id());

        // hospital A accepts, the patient is admitted
        as(w.mswA());
        navigate(HomeView.class);
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getHref().equals("beds?tab=requests"));
        page = open(nextId);
        test(find(Button.class).withId("bed-accept").single()).click();
        test(find(AcceptDialog.class).single().save).click();
        assertThat(page.request().status()).isEqualTo(RequestStatus.ACCEPTED);
        test(find(Button.class).withId("bed-admit").single()).click();
        test(find(DayDialog.class).single().save).click();
        assertThat(page.request().status()).isEqualTo(RequestStatus.ADMITTED);
        assertThat(find(Button.class).withId("bed-discharge").exists()).isTrue();
        assertThat(page.getElement().getOuterHTML()).doesNotContain("!beds.");

        // the team writes the admission handoff from the request
        as(w.doctor());
        open(nextId);
        test(find(Button.class).withId("bed-admission-handoff").single()).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("handoffs/");
    }

    @Test
    void theDoctorRegistersAPatientAndTheHospitalAcknowledgesTheSheet() {
        World w = world();
        as(w.doctor());
        BedsView view = navigate(BedsView.class);
        view.tabs.setSelectedTab(view.registrationsTab);
        roundTrip();
        RegistrationsPanel panel = view.registrations;
        panel.patient.setValue(panel.patient.getListDataView().getItems().filter(p -> p.id() == w.patient()).findFirst().orElseThrow());
        panel.hospital.setValue(panel.hospital.getListDataView().getItems().filter(h -> h.id() == w.hospitalA()).findFirst().orElseThrow());
        test(find(Button.class).withId("registration-submit").single()).click();
        Div registration = find(Div.class, panel.patientList).withClassName("bed-registration-card").single();
        String id = registration.getId().orElseThrow().substring("registration-".length());
        assertThat(find(Button.class, registration).withId("withdraw-registration-" + id).exists()).isTrue();

        as(w.mswA());
        BedsView hospital = navigate(BedsView.class);
        hospital.tabs.setSelectedTab(hospital.registrationsTab);
        roundTrip();
        Div card = find(Div.class, hospital.registrations.hospitalList).withId("registration-" + id).single();
        assertThat(find(Div.class, card).withClassName("bed-sheet").exists()).isTrue();
        test(find(Button.class, card).withId("acknowledge-" + id).single()).click();
        assertThat(find(Button.class).withId("acknowledge-" + id).exists()).isFalse();
        assertThat(hospital.getElement().getOuterHTML()).doesNotContain("!beds.");
    }

    /** Another member: signs in and leaves the page, so that the next page is built for them. */
    private void as(Actor actor) {
        SignIn.as(actor);
        navigate(HomeView.class);
    }

    private BedRequestPage open(long id) {
        UI.getCurrent().navigate(BedRequestPage.href(id));
        return (BedRequestPage) getCurrentView();
    }
}
