package org.renkei.safety.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Pages;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.safety.IncidentKind;
import org.renkei.safety.ReportQueries;
import org.renkei.safety.ReportRow;
import org.renkei.security.Actor;
import org.renkei.shell.HomeView;
import org.renkei.shell.RefusedView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The safety pages on the demo data, in the server without a browser: who sees which tab, the demo report's page, the
 * measure nobody but pt-inoue has confirmed, and a report without words refused on its field with nothing saved.
 */
@RenkeiTest
class SafetyViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired ReportQueries queries;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void as(Actor actor) {
        SignIn.as(actor);
        navigate(HomeView.class);
    }

    private void noErrorAndEveryTextFound(com.vaadin.flow.component.Component page) {
        assertThat(find(Notification.class).all()).as("no refusal nor error")
                .noneMatch(n -> n.hasThemeName(NotificationVariant.LUMO_ERROR.getVariantName()));
        assertThat(page.getElement().getOuterHTML()).doesNotContain("!safety.");
    }

    private void showEveryTab(SafetyView view) {
        for (int i = 0; i < view.tabs.getTabCount(); i++) {
            view.tabs.setSelectedIndex(i);
            roundTrip();
        }
        noErrorAndEveryTextFound(view);
    }

    @Test
    void theAdministratorSeesTheFacilitysReportsAndWhoHasNotConfirmed() {
        Actor sasaki = fixtures.actor("nurse-sasaki");
        as(sasaki);
        SafetyView view = navigate(SafetyView.class);
        assertThat(view.unconfirmed).isNotNull();
        assertThat(view.figures).as("not an association administrator").isNull();
        showEveryTab(view);
        List<ReportRow> facility = queries.facility(sasaki);
        assertThat(facility).isNotEmpty();
        view.tabs.setSelectedIndex(0);
        roundTrip();
        ReportsPanel reports = Objects.requireNonNull(view.reports);
        for (ReportRow r : facility) {
            assertThat(find(Anchor.class, reports.facility).withId("safety-report-" + r.id()).exists()).isTrue();
        }
        UnconfirmedPanel unconfirmed = Objects.requireNonNull(view.unconfirmed);
        unconfirmed.refresh();
        String names = unconfirmed.list.getElement().getTextRecursively();
        assertThat(names).as("the demo: all but pt-inoue confirmed").contains(fixtures.actor("pt-inoue").name())
                .doesNotContain(fixtures.actor("nurse-matsumoto").name());

        UI.getCurrent().navigate(ReportPage.href(facility.getLast().id()));
        ReportPage page = (ReportPage) getCurrentView();
        assertThat(find(Button.class).withId("safety-do-respond").exists()).isTrue();
        assertThat(find(Div.class, page.responses).withClassName("safety-response").all()).hasSize(page.report().responses().size());
        noErrorAndEveryTextFound(page);
    }

    /**
     * A report's page opened by its address: the reporter and the facility's administrator read it; a colleague of the
     * same station, a doctor of another facility and the association's office are refused, and nothing of it reaches
     * their pages.
     */
    @Test
    void aReportsPageOpenedByItsAddressIsRefusedToAColleagueAnotherFacilityAndTheOffice() {
        Actor sasaki = fixtures.actor("nurse-sasaki");
        ReportRow row = queries.facility(sasaki).getLast();
        String words = queries.details(sasaki, row.id()).whatHappened();
        as(sasaki);
        navigate(ReportPage.href(row.id()), ReportPage.class);
        assertThat(Pages.text()).as("the probe the refusals use below finds the words")
                .contains(words);
        SignIn.out();
        for (String login : List.of("pt-inoue", "dr-yamada", "sakura-office")) {
            as(fixtures.actor(login));
            assertThat(navigate(ReportPage.href(row.id()), RefusedView.class)).as(login).isInstanceOf(RefusedView.class);
            assertThat(Pages.text()).as(login).doesNotContain(words);
            SignIn.out();
        }
    }

    @Test
    void aNurseSeesHerReportsAndAReportWithoutWordsIsRefusedOnItsField() {
        Actor matsumoto = fixtures.actor("nurse-matsumoto");
        as(matsumoto);
        SafetyView view = navigate(SafetyView.class);
        assertThat(view.unconfirmed).isNull();
        assertThat(view.figures).isNull();
        showEveryTab(view);
        int before = queries.mine(matsumoto).size();
        ReportForm form = navigate(ReportForm.class);
        form.kinds.setValue(java.util.Set.of(IncidentKind.VERBAL));
        test(find(Button.class).withId("safety-submit").single()).click();
        assertThat(form.whatHappened.isInvalid()).isTrue();
        assertThat(form.whatHappened.getErrorMessage()).isEqualTo(form.getTranslation("validation.NotBlank"));
        assertThat(queries.mine(matsumoto)).as("nothing saved").hasSize(before);
    }

    @Test
    void theAssociationOfficeSeesTheCountsAndNoReport() {
        as(fixtures.actor("sakura-office"));
        SafetyView view = navigate(SafetyView.class);
        assertThat(view.figures).isNotNull();
        showEveryTab(view);
        FiguresPanel figures = Objects.requireNonNull(view.figures);
        figures.refresh();
        assertThat(figures.byMonth.getGenericDataView().getItems().count()).isEqualTo(12);
        assertThat(view.getElement().getOuterHTML()).doesNotContain("中村 正男");
    }
}
