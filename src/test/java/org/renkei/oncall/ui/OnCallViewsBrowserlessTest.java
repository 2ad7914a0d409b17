package org.renkei.oncall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.oncall.BriefService;
import org.renkei.oncall.CallInfo;
import org.renkei.oncall.CallOutcome;
import org.renkei.oncall.CallService;
import org.renkei.oncall.CoverClock;
import org.renkei.oncall.OnCallWorld;
import org.renkei.oncall.OnCallWorld.World;
import org.renkei.oncall.ReportInfo;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.renkei.shell.HomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RenkeiTest
class OnCallViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired OnCallWorld worlds;
    @Autowired CallService calls;
    @Autowired BriefService briefs;
    @Autowired CoverClock coverClock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void showEveryTab(OnCallView view) {
        List<Tab> tabs = new ArrayList<>(List.of(view.tonightTab, view.reportsTab, view.briefsTab, view.absencesTab, view.rotaTab));
        if (view.figuresTab != null) {
            tabs.add(view.figuresTab);
        }
        for (Tab tab : tabs) {
            view.tabs.setSelectedTab(tab);
            roundTrip();
        }
        assertThat(find(Notification.class).all()).as("no refusal nor error on any tab")
                .noneMatch(n -> n.hasThemeName(NotificationVariant.LUMO_ERROR.getVariantName()));
        assertThat(view.getElement().getOuterHTML()).doesNotContain("!oncall.");
    }

    @Test
    void aDemoDoctorSeesEveryTabAndTheBriefsOfTheirPatients() {
        Actor yamada = fixtures.actor("dr-yamada");
        SignIn.as(yamada);
        OnCallView view = navigate(OnCallView.class);
        assertThat(view.figuresTab).as("figures are the association's").isNull();
        showEveryTab(view);

        view.tabs.setSelectedTab(view.briefsTab);
        roundTrip();
        List<BriefService.BriefStatus> mine = briefs.mine(yamada, Translations.JAPANESE);
        assertThat(mine).isNotEmpty();
        for (BriefService.BriefStatus b : mine) {
            assertThat(find(Div.class, view.briefs).withId("brief-status-" + b.patientId()).exists()).isTrue();
        }
        long patient = mine.getFirst().patientId();
        test(find(Button.class, view.briefs).withId("preview-brief-" + patient).single()).click();
        assertThat(find(Div.class).withId("brief-" + patient).withClassName("brief-card").exists()).isTrue();
    }

    @Test
    void theAssociationSeesTheRotaAndTheFiguresOfTheLastSixMonths() {
        SignIn.as(fixtures.actor("sakura-office"));
        OnCallView view = navigate(OnCallView.class);
        assertThat(view.figuresTab).isNotNull();
        showEveryTab(view);

        FiguresPanel figures = Objects.requireNonNull(view.figures);
        assertThat(test(figures.grid).size()).isEqualTo(FiguresPanel.MONTHS);
        assertThat(figures.csv.getHref()).isNotBlank();

        view.tabs.setSelectedTab(view.rotaTab);
        roundTrip();
        assertThat(view.rota.plan.isVisible()).isTrue();
        assertThat(view.rota.pool.getValue()).as("the demo's 桜ヶ丘区 pool").isNotNull();
        assertThat(find(Div.class, view.rota.calendar).withClassName("rota-day").all()).hasSizeGreaterThanOrEqualTo(28);
    }

    @Test
    void theCoveringDoctorRecordsACallAndThePrimaryConfirmsTheReport() {
        World w = worlds.create();
        Instant now = Instant.now();
        worlds.absence(w, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));

        SignIn.as(w.coveringDoctor());
        OnCallView view = navigate(OnCallView.class);
        assertThat(find(Div.class, view.tonight).withId("brief-" + w.patient()).withClassName("brief-card").exists()).isTrue();
        Div excluded = find(Div.class, view.tonight).withId("brief-" + w.excluding()).single();
        assertThat(excluded.hasClassName("outside-consent")).isTrue();
        assertThat(find(Button.class, view.tonight).withId("record-call-" + w.excluding()).exists())
                .as("outside the consent: listed, no call to record").isFalse();

        test(find(Button.class, view.tonight).withId("record-call-" + w.patient()).single()).click();
        CallDialog dialog = find(CallDialog.class).single();
        dialog.calledAt.clear();
        test(dialog.save).click();
        assertThat(dialog.calledAt.isInvalid()).isTrue();
        dialog.calledAt.setValue(LocalDateTime.now(TimeConfiguration.TOKYO).plusHours(1));
        test(dialog.save).click();
        assertThat(dialog.calledAt.isInvalid()).isTrue();
        assertThat(dialog.calledAt.getErrorMessage()).isEqualTo(dialog.getTranslation("oncall.call-outside-period"));
        dialog.calledAt.setValue(LocalDateTime.now(TimeConfiguration.TOKYO).minusMinutes(5));
        dialog.outcome.setValue(CallOutcome.VISIT);
        test(dialog.note).setValue("往診し、疼痛時の頓用を指示");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        ReportInfo open = calls.reports(w.coveringDoctor()).getFirst();
        assertThat(open.calls()).singleElement().extracting(CallInfo::outcome).isEqualTo(CallOutcome.VISIT);

        // the period ends: the report reaches the 主治医, who finds it on the home page and confirms it
        jdbc.update("UPDATE cover_report SET period_end = ? WHERE id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                open.id());
        assertThat(coverClock.release(Instant.now())).isPositive();
        SignIn.as(w.primary());
        navigate(HomeView.class);
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getHref().equals("on-call?tab=reports"));
        UI.getCurrent().navigate("on-call", QueryParameters.of("tab", "reports"));
        OnCallView page = (OnCallView) getCurrentView();
        assertThat(page.tabs.getSelectedTab()).isSameAs(page.reportsTab);
        Div report = find(Div.class).withId("report-" + open.id()).single();
        assertThat(report.getElement().getTextRecursively()).contains("往診し、疼痛時の頓用を指示");
        test(find(Button.class).withId("confirm-report-" + open.id()).single()).click();
        assertThat(calls.reports(w.primary()).getFirst().confirmedAt()).isNotNull();
        assertThat(find(Button.class).withId("confirm-report-" + open.id()).exists()).isFalse();

        page.tabs.setSelectedTab(page.absencesTab);
        roundTrip();
        assertThat(find(Div.class, page.absences).withClassName("oncall-card").all()).isNotEmpty();
        assertThat(page.getElement().getOuterHTML()).contains("outside-consent-");
    }

    @Test
    void thePatientPageTellsWhoToCallTonight() {
        World w = worlds.create();
        Instant now = Instant.now();
        worlds.absence(w, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));

        SignIn.as(w.nurse());
        UI.getCurrent().navigate("patients/" + w.patient());
        Div contacts = find(Div.class).withId("tonight-contacts").single();
        Div first = find(Div.class, contacts).withId("contacts-now").single();
        assertThat(first.getElement().getTextRecursively()).contains(w.coveringDoctor().name())
                .contains(first.getTranslation("oncall.responder.ABSENCE_COVER"));
        assertThat(contacts.getElement().getOuterHTML()).doesNotContain("!oncall.");
    }
}
