package org.renkei.preparedness.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Pages;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.directory.AssociationService;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.SummaryService;
import org.renkei.preparedness.BoardQueries;
import org.renkei.preparedness.CheckState;
import org.renkei.preparedness.DisasterService;
import org.renkei.preparedness.EventInfo;
import org.renkei.preparedness.EventKind;
import org.renkei.preparedness.PlanContent;
import org.renkei.preparedness.PlanDetails;
import org.renkei.preparedness.PlanQueries;
import org.renkei.preparedness.PlanService;
import org.renkei.preparedness.PrepWorld;
import org.renkei.preparedness.PlanState;
import org.renkei.preparedness.RegisterRow;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;
import org.renkei.shell.HomeView;
import org.renkei.shell.RefusedView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages with the demo data: the 区's register and a plan with every section, a team member's plans, the past
 * blackout's board with its record, and an open board that takes a checker's step without a reload.
 */
@RenkeiTest
class PreparednessViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanQueries plans;
    @Autowired BoardQueries boards;
    @Autowired DisasterService disasters;
    @Autowired AssociationService associations;
    @Autowired PlanService planService;
    @Autowired CareTeamService teams;
    @Autowired SummaryService summaries;
    @Autowired MemberService members;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void as(Actor actor) {
        SignIn.as(actor);
        navigate(HomeView.class);
    }

    private void noError(com.vaadin.flow.component.Component page) {
        assertThat(find(Notification.class).all()).as("no refusal nor error")
                .noneMatch(n -> n.hasThemeName(NotificationVariant.LUMO_ERROR.getVariantName()));
        assertThat(page.getElement().getOuterHTML()).doesNotContain("!preparedness.").doesNotContain("!powered-kind.")
                .doesNotContain("!device-profile.");
    }

    @Test
    void theDeskSeesItsRegisterAndAPlanWithEverySection() {
        Actor desk = fixtures.actor("desk-ishikawa");
        as(desk);
        PreparednessView view = navigate(PreparednessView.class);
        view.tabs.setSelectedTab(view.registerTab);
        roundTrip();
        List<RegisterRow> rows = plans.register(desk);
        assertThat(rows).extracting(RegisterRow::name).contains("田中 一郎", "小林 さくら", "石井 和夫", "森 ミツ");
        for (RegisterRow r : rows) {
            assertThat(find(Div.class, view.register.list).withId("prep-row-" + r.patientId()).exists()).isTrue();
        }
        assertThat(find(Anchor.class).withId("prep-register-csv").exists()).isTrue();
        assertThat(rows).filteredOn(r -> r.name().equals("小林 さくら")).singleElement()
                .satisfies(r -> assertThat(r.state()).as("her devices changed").isEqualTo(PlanState.NEEDS_REVIEW));
        assertThat(rows).filteredOn(r -> r.name().equals("森 ミツ")).singleElement()
                .satisfies(r -> assertThat(r.state()).as("a year old").isEqualTo(PlanState.NEEDS_REVIEW));
        view.tabs.setSelectedTab(view.disasterTab);
        roundTrip();
        assertThat(find(Button.class).withId("prep-declare").exists()).isTrue();
        noError(view);

        RegisterRow ichiro = rows.stream().filter(r -> r.name().equals("田中 一郎")).findFirst().orElseThrow();
        assertThat(ichiro.state()).isEqualTo(PlanState.CONFIRMED);
        assertThat(ichiro.grants()).isEqualTo(1);
        UI.getCurrent().navigate(PlanPage.href(ichiro.planId()));
        PlanPage page = (PlanPage) getCurrentView();
        for (String id : List.of("prep-basic", "prep-medical", "prep-devices", "prep-contacts", "prep-blackout", "prep-evacuation",
                "prep-supplies", "prep-supporters", "prep-checker", "prep-grants", "prep-versions")) {
            assertThat(find(Div.class, page.body).withId(id).exists()).as(id).isTrue();
        }
        assertThat(page.body.getElement().getTextRecursively()).contains("MB-300", "ALS", "IG-900", "佐々木 陽子");
        assertThat(find(Button.class).withId("prep-grant-save").exists()).as("the desk grants under a confirmed plan").isTrue();
        assertThat(find(Button.class).withId("prep-edit-devices").exists()).as("the desk is not on his team").isFalse();
        noError(page);
    }

    /**
     * A plan's page and an event's board, opened by their addresses, are refused as the services refuse them: a clinic off
     * the team, another association's desk, the association's office (which runs the event: its board, without a
     * patient), and the plan's checker once suspended. Nothing of the patient reaches their pages.
     */
    @Test
    void aPlanAndABoardOpenedByTheirAddressesAreRefusedToThoseTheServicesRefuse() {
        PrepWorld w = PrepWorld.create(fixtures, teams, summaries);
        PrepWorld other = PrepWorld.create(fixtures, teams, summaries);
        PlanDetails p = planService.start(w.nurse(), w.patient());
        Actor checker = fixtures.actor(fixtures.member(w.station(), Profession.NURSE).id());
        teams.addMember(w.nurse(), w.patient(), checker.memberId(), TeamRole.VISITING_NURSE);
        planService.assignChecker(w.hokenshi(), p.id(), checker.memberId());
        EventInfo e = disasters.declare(w.hokenshi(), w.area().districtId(), EventKind.TYPHOON, "台風 接近", null);

        // those who may: the nurse reads the plan, the checker and the desk the board, with the patient
        as(w.nurse());
        navigate(PlanPage.href(p.id()), PlanPage.class);
        assertThat(Pages.text()).as("the probe the refusals use below finds the name where it is shown").contains(p.patientName());
        SignIn.out();
        as(checker);
        assertThat(navigate(EventBoardPage.href(e.id()), EventBoardPage.class).board().rows()).hasSize(1);
        SignIn.out();
        as(w.hokenshi());
        assertThat(navigate(EventBoardPage.href(e.id()), EventBoardPage.class).board().rows()).hasSize(1);
        SignIn.out();

        members.suspend(w.area().admin(), checker.memberId(), "試験");
        for (Actor refused : List.of(w.outsider(), other.hokenshi(), w.area().admin(), checker)) {
            as(refused);
            assertThat(navigate(PlanPage.href(p.id()), RefusedView.class)).as("the plan to " + refused.loginId())
                    .isInstanceOf(RefusedView.class);
            assertThat(Pages.text()).doesNotContain(p.patientName());
            if (refused == w.area().admin()) {
                EventBoardPage board = navigate(EventBoardPage.href(e.id()), EventBoardPage.class);
                assertThat(board.board().rows()).as("the office runs the event and sees no patient").isEmpty();
                assertThat(Pages.text()).doesNotContain(p.patientName());
            } else {
                assertThat(navigate(EventBoardPage.href(e.id()), RefusedView.class)).as("the board to " + refused.loginId())
                        .isInstanceOf(RefusedView.class);
                assertThat(Pages.text()).doesNotContain(p.patientName());
            }
            SignIn.out();
        }
    }

    @Test
    void aNurseSeesHerPatientsPlansAndThePastBlackoutsRecordStaysWithTheDesk() {
        Actor sasaki = fixtures.actor("nurse-sasaki");
        as(sasaki);
        PreparednessView view = navigate(PreparednessView.class);
        view.tabs.setSelectedTab(view.registerTab);
        roundTrip();
        assertThat(view.register.list.getElement().getTextRecursively()).contains("田中 一郎");
        view.tabs.setSelectedTab(view.disasterTab);
        roundTrip();
        assertThat(find(Button.class).withId("prep-declare").exists()).as("a nurse declares nothing").isFalse();
        EventInfo past = boards.events(fixtures.actor("desk-ishikawa")).stream().filter(e -> !e.open()).findFirst().orElseThrow();
        assertThat(boards.events(sasaki)).as("a checker of the past blackout reads her users during an event only")
                .extracting(EventInfo::id).doesNotContain(past.id());

        Actor desk = fixtures.actor("desk-ishikawa");
        SignIn.out();
        as(desk);
        UI.getCurrent().navigate(EventBoardPage.href(past.id()));
        EventBoardPage deskBoard = (EventBoardPage) getCurrentView();
        assertThat(deskBoard.record.getElement().getTextRecursively()).contains(
                deskBoard.getTranslation("preparedness.check.UNREACHABLE"), deskBoard.getTranslation("preparedness.check.TRANSPORTED"));
        assertThat(deskBoard.board().event().reviewNote()).contains("固定電話");
        noError(deskBoard);
    }

    @Test
    void anOpenBoardShowsAChecksStepWithoutAReload() {
        Actor desk = fixtures.actor("desk-ishikawa");
        Actor sasaki = fixtures.actor("nurse-sasaki");
        long district = associations.districts().stream().filter(d -> d.name().equals("桜ヶ丘区")).findFirst().orElseThrow().id();
        EventInfo e = disasters.declare(desk, district, EventKind.DRILL, "画面試験の訓練", null);
        try {
            as(desk);
            UI.getCurrent().navigate(EventBoardPage.href(e.id()));
            EventBoardPage board = (EventBoardPage) getCurrentView();
            long check = boards.board(sasaki, e.id()).rows().getFirst().checkId();
            Div untouched = find(Div.class, board.rows).withClassName("prep-check-card").all().stream()
                    .filter(c -> !c.getId().orElseThrow().equals("prep-check-" + check)).findFirst().orElseThrow();
            disasters.record(sasaki, e.id(), check, CheckState.NEEDS_HELP, 3, null);
            // what the session's unlock does after a request: the push queued by the board's listener runs
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            assertThat(board.pushes.get()).as("pushed, not polled").isGreaterThanOrEqualTo(1);
            Div card = find(Div.class, board.rows).withId("prep-check-" + check).single();
            assertThat(card.getElement().getTextRecursively()).contains(board.getTranslation("preparedness.check.needs-help-hours", 3));
            assertThat(untouched.getParent()).as("the other cards stay as they are (what is being typed in them too)")
                    .contains(board.rows);
            noError(board);

            SignIn.out();
            as(sasaki);
            assertThat(find(Anchor.class).all()).as("the checker's home card leads to the board")
                    .anyMatch(a -> a.getHref().equals(EventBoardPage.href(e.id())));
        } finally {
            disasters.end(desk, e.id(), null);
        }
    }

    @Test
    void theNurseEditsThePlanAndTheDeviceProfileInTheirDialogsAndTheSummaryGetsAVersion() {
        PrepWorld w = PrepWorld.create(fixtures, teams, summaries);
        PlanDetails started = planService.start(w.nurse(), w.patient());
        as(w.nurse());
        UI.getCurrent().navigate(PlanPage.href(started.id()));
        PlanPage page = (PlanPage) getCurrentView();

        test(find(Button.class).withId("prep-edit").single()).click();
        ContentDialog content = find(ContentDialog.class).single();
        content.contacts.add.click();
        Div row = (Div) content.contacts.rows().getLast().component();
        List<TextField> fields = find(TextField.class, row).all();
        fields.get(0).setValue("試験 花子");
        fields.get(2).setValue("090-0000-1111");
        content.stay.setValue(PlanContent.Stay.STAY_HOME);
        test(content.save).click();
        assertThat(page.plan().content().contacts()).extracting(PlanContent.CallContact::name).containsExactly("試験 花子");
        assertThat(page.plan().content().evacuation().decision()).isEqualTo(PlanContent.Stay.STAY_HOME);
        assertThat(page.plan().content().blackoutSteps()).as("the guideline's steps to start from").hasSize(4);

        int before = page.plan().summaryVersion();
        test(find(Button.class).withId("prep-edit-devices").single()).click();
        DevicesDialog devices = find(DevicesDialog.class).single();
        devices.devices.add.click();
        Div device = (Div) devices.devices.rows().getLast().component();
        find(TextField.class, device).all().get(1).setValue("MB-300");
        List<IntegerField> numbers = find(IntegerField.class, device).all();
        numbers.get(1).setValue(180);
        devices.resuscitationBag.setValue(true);
        test(devices.save).click();
        assertThat(page.plan().summaryVersion()).as("saved into the summary").isEqualTo(before + 1);
        assertThat(page.plan().deviceProfile().devices()).singleElement().satisfies(d -> {
            assertThat(d.model()).isEqualTo("MB-300");
            assertThat(d.internalBatteryMinutes()).isEqualTo(180);
        });
        assertThat(page.body.getElement().getTextRecursively()).contains("MB-300");
        noError(page);
    }
}
