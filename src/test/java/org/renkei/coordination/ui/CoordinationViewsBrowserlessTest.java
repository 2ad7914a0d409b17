package org.renkei.coordination.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
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
import org.renkei.coordination.CoordinationQueries;
import org.renkei.coordination.CoordinationStatus;
import org.renkei.coordination.DeskQueue;
import org.renkei.coordination.InquiryAnswer;
import org.renkei.coordination.InquiryCard;
import org.renkei.coordination.InquiryReason;
import org.renkei.coordination.Need;
import org.renkei.coordination.RequestDetails;
import org.renkei.coordination.RequestRow;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityDeclaration;
import org.renkei.directory.CapabilityService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Intake;
import org.renkei.directory.IntakeFilter;
import org.renkei.directory.Profession;
import org.renkei.patient.Sex;
import org.renkei.security.Actor;
import org.renkei.shell.HomeView;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class CoordinationViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired CoordinationQueries queries;
    @Autowired DeskQueue desk;
    @Autowired CapabilityService capabilities;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void showEveryTab(CoordinationView view) {
        for (Tab tab : Stream.of(view.fileTab, view.deskTab, view.inquiriesTab, view.supplyTab).filter(Objects::nonNull).toList()) {
            view.tabs.setSelectedTab(tab);
            roundTrip();
        }
        noErrorAndEveryTextFound(view);
    }

    private void noErrorAndEveryTextFound(com.vaadin.flow.component.Component page) {
        assertThat(find(Notification.class).all()).as("no refusal nor error")
                .noneMatch(n -> n.hasThemeName(NotificationVariant.LUMO_ERROR.getVariantName()));
        assertThat(page.getElement().getOuterHTML()).doesNotContain("!coordination.").doesNotContain("!capability.");
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void theDeskSeesItsQueueWithTheLateInRedAndAsksFacilitiesFromARequest() {
        Actor abe = fixtures.actor("desk-abe");
        as(abe);
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getHref().equals("coordination?tab=desk"));
        CoordinationView view = navigate(CoordinationView.class);
        assertThat(view.deskTab).isNotNull();
        assertThat(view.supplyTab).as("a desk reads supply and demand").isNotNull();
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.deskTab);
        showEveryTab(view);

        view.tabs.setSelectedTab(view.deskTab);
        roundTrip();
        List<RequestRow> queue = desk.queue(abe);
        assertThat(queue).hasSizeGreaterThanOrEqualTo(3);
        DeskPanel panel = Objects.requireNonNull(view.desk);
        for (RequestRow r : queue) {
            Div card = find(Div.class, panel.list).withId("coordination-request-" + r.id()).single();
            assertThat(card.hasClassName("coordination-card")).isTrue();
            assertThat(card.hasClassName("late")).isEqualTo(r.late());
            assertThat(find(Anchor.class, card).all()).anyMatch(a -> a.getHref().equals("coordination/" + r.id()));
        }
        panel.lateOnly.setValue(true);
        assertThat(find(Div.class, panel.list).withClassName("coordination-card").all()).hasSize(desk.late(abe).size())
                .hasSizeLessThan(desk.queue(abe).size());
        panel.lateOnly.setValue(false);

        // the child's request waits for a station's answer: the desk may ask more, or close it
        RequestRow child = queue.stream().filter(r -> r.need() == Need.VISITING_NURSE).findFirst().orElseThrow();
        CoordinationRequestPage page = open(child.id());
        assertThat(page.request().status()).isEqualTo(CoordinationStatus.INQUIRING);
        assertThat(find(Button.class).withId("coordination-unmatched").exists()).isTrue();
        assertThat(find(Button.class).withId("coordination-accept").exists()).as("the requester accepts").isFalse();
        assertThat(find(Div.class, page.inquiries).withClassName("coordination-inquiry").all()).hasSize(page.request().inquiries().size());
        test(find(Button.class).withId("coordination-inquire").single()).click();
        InquireDialog dialog = find(InquireDialog.class).single();
        dialog.intake.setValue(IntakeFilter.ANY);
        assertThat(dialog.chosen.keySet()).as("those asked already are left out")
                .doesNotContainAnyElementsOf(page.request().inquiries().stream().map(RequestDetails.InquiryInfo::facilityId).toList());
        dialog.close();
        noErrorAndEveryTextFound(page);
    }

    @Test
    void theHospitalFollowsItsMatchedRequestAndAnAgeOutOfRangeIsRefusedOnItsField() {
        Actor msw = fixtures.actor("hosp-msw");
        as(msw);
        CoordinationView view = navigate(CoordinationView.class);
        assertThat(view.deskTab).isNull();
        assertThat(view.supplyTab).isNull();
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.fileTab);
        showEveryTab(view);

        view.tabs.setSelectedTab(view.fileTab);
        roundTrip();
        List<RequestRow> mine = queries.mine(msw);
        assertThat(mine).isNotEmpty();
        for (RequestRow r : mine) {
            assertThat(find(Div.class, view.file.list).withId("coordination-request-" + r.id()).exists()).isTrue();
        }

        FilePanel file = view.file;
        file.need.setValue(Need.HOME_DOCTOR);
        file.capabilities.setValue(Set.of(Capability.VENTILATOR));
        file.age.setValue(130);
        file.sex.setValue(Sex.MALE);
        assertThat(file.district.getValue()).as("the facility's own district").isNotNull();
        test(find(Button.class).withId("coordination-submit").single()).click();
        assertThat(file.age.isInvalid()).isTrue();
        assertThat(file.age.getErrorMessage()).isEqualTo(view.getTranslation("validation.Range", 0, 120));
        assertThat(queries.mine(msw)).as("nothing filed").hasSameSizeAs(mine);

        RequestRow matched = mine.stream().filter(r -> r.status() == CoordinationStatus.MATCHED).findFirst().orElseThrow();
        CoordinationRequestPage page = open(matched.id());
        RequestDetails r = page.request();
        assertThat(find(Div.class).withId("coordination-timeline").single().getChildren()).hasSize(r.timeline().size());
        assertThat(text(page.timeline)).contains(page.getTranslation("coordination.step.MATCHED"));
        assertThat(find(Span.class).withId("coordination-status").single().getText())
                .isEqualTo(page.getTranslation("coordination.status.MATCHED"));
        assertThat(find(Button.class).withId("coordination-complete").exists()).isTrue();
        assertThat(find(Button.class).withId("coordination-accept").exists()).isFalse();
        assertThat(find(Button.class).withId("coordination-invite").exists()).as("no patient linked").isFalse();
        assertThat(find(Div.class, page.inquiries).withClassName("coordination-inquiry").all()).hasSize(r.inquiries().size());
        assertThat(find(Anchor.class, page.inquiries).all()).isNotEmpty().allMatch(a -> a.getHref().startsWith("tel:"));
        noErrorAndEveryTextFound(page);
    }

    @Test
    void aClinicSeesTheInquiriesItAnsweredAndNoPatientName() {
        Actor kimura = fixtures.actor("dr-kimura");
        as(kimura);
        CoordinationView view = navigate(CoordinationView.class);
        assertThat(view.deskTab).isNull();
        assertThat(view.supplyTab).isNull();
        assertThat(view.inquiriesTab).isNotNull();
        showEveryTab(view);

        UI.getCurrent().navigate("coordination", QueryParameters.of("tab", "inquiries"));
        CoordinationView again = (CoordinationView) getCurrentView();
        assertThat(again.tabs.getSelectedTab()).isSameAs(again.inquiriesTab);
        List<InquiryCard> inbox = queries.inbox(kimura);
        assertThat(inbox).as("the demo: けやき declined the ventilated patient").anyMatch(c -> c.answer() != null);
        for (InquiryCard c : inbox) {
            Div card = find(Div.class).withId("inquiry-" + c.inquiryId()).single();
            // an answered inquiry offers no second answer
            assertThat(find(Button.class, card).withId("answer-accept-" + c.inquiryId()).exists()).isEqualTo(c.answer() == null);
            if (c.answer() != null) {
                assertThat(text(card)).contains(view.getTranslation("coordination.answer." + c.answer()));
            }
        }
    }

    @Test
    void theAssociationOfficeSeesSupplyAndDemand() {
        as(fixtures.actor("sakura-office"));
        CoordinationView view = navigate(CoordinationView.class);
        assertThat(view.supplyTab).isNotNull();
        showEveryTab(view);
        view.tabs.setSelectedTab(view.supplyTab);
        roundTrip();
        SupplyPanel supply = Objects.requireNonNull(view.supply);
        assertThat(test(supply.grid).size()).isEqualTo(SupplyPanel.MONTHS);
        assertThat(supply.csv.getHref()).isNotBlank();
        assertThat(find(Image.class, supply).all()).hasSize(2).allMatch(i -> !i.getSrc().isBlank());
    }

    record World(Actor clerk, Actor msw, Actor doctorA, Actor doctorB, long clinicA, long clinicB) {}

    private World world() {
        Area area = fixtures.area();
        Place deskPlace = fixtures.facility(area, FacilityType.MUNICIPAL_SUPPORT_DESK);
        Place hospital = fixtures.facility(area, FacilityType.HOSPITAL);
        Place clinicA = fixtures.facility(area, FacilityType.CLINIC);
        Place clinicB = fixtures.facility(area, FacilityType.CLINIC);
        for (Place clinic : List.of(clinicA, clinicB)) {
            var details = capabilities.get(clinic.admin(), clinic.facilityId());
            capabilities.declare(clinic.admin(), clinic.facilityId(), new CapabilityDeclaration(Set.of(Capability.VENTILATOR,
                    Capability.ROUND_THE_CLOCK), Set.of(area.districtId()), null, "9:00-18:00", Intake.ACCEPTING), details.version());
        }
        return new World(fixtures.actor(fixtures.member(deskPlace, Profession.PUBLIC_HEALTH_NURSE).id()),
                fixtures.actor(fixtures.member(hospital, Profession.MEDICAL_SOCIAL_WORKER).id()),
                fixtures.actor(fixtures.member(clinicA, Profession.PHYSICIAN).id()),
                fixtures.actor(fixtures.member(clinicB, Profession.PHYSICIAN).id()), clinicA.facilityId(), clinicB.facilityId());
    }

    @Test
    void aRequestFiledOnThePageIsAskedAnsweredProposedAndMatchedThroughThePages() {
        World w = world();

        // the hospital's social worker files an anonymous request
        as(w.msw());
        CoordinationView view = navigate(CoordinationView.class);
        view.file.need.setValue(Need.HOME_DOCTOR);
        view.file.capabilities.setValue(Set.of(Capability.VENTILATOR));
        view.file.age.setValue(70);
        view.file.sex.setValue(Sex.MALE);
        view.file.note.setValue("TPPV");
        test(find(Button.class).withId("coordination-submit").single()).click();
        long id = ((CoordinationRequestPage) getCurrentView()).request().id();

        // the desk asks both clinics
        as(w.clerk());
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getHref().equals("coordination?tab=desk"));
        CoordinationRequestPage page = open(id);
        test(find(Button.class).withId("coordination-inquire").single()).click();
        InquireDialog dialog = find(InquireDialog.class).single();
        assertThat(dialog.chosen.keySet()).containsExactlyInAnyOrder(w.clinicA(), w.clinicB());
        dialog.chosen.values().forEach(c -> c.setValue(true));
        test(find(Button.class).withId("inquire-send").single()).click();
        assertThat(page.request().status()).isEqualTo(CoordinationStatus.INQUIRING);
        long toA = inquiry(page.request(), w.clinicA());
        long toB = inquiry(page.request(), w.clinicB());

        // clinic A declines: その他 needs words, refused on the note
        as(w.doctorA());
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getHref().equals("coordination?tab=inquiries"));
        UI.getCurrent().navigate("coordination", QueryParameters.of("tab", "inquiries"));
        test(find(Button.class).withId("answer-decline-" + toA).single()).click();
        DeclineAnswerDialog decline = find(DeclineAnswerDialog.class).single();
        decline.reason.setValue(InquiryReason.OTHER);
        test(decline.save).click();
        assertThat(decline.note.isInvalid()).isTrue();
        decline.note.setValue("往診圏外");
        test(find(Button.class).withId("answer-decline-save").single()).click();
        assertThat(queries.inbox(w.doctorA()).getFirst().answer()).isEqualTo(InquiryAnswer.DECLINE);
        assertThat(find(Button.class).withId("answer-accept-" + toA).exists()).as("answered").isFalse();

        // clinic B accepts in one tap
        as(w.doctorB());
        UI.getCurrent().navigate("coordination", QueryParameters.of("tab", "inquiries"));
        test(find(Button.class).withId("answer-accept-" + toB).single()).click();
        assertThat(queries.inbox(w.doctorB()).getFirst().answer()).isEqualTo(InquiryAnswer.ACCEPT);

        // the desk proposes clinic B (not A, who declined)
        as(w.clerk());
        page = open(id);
        assertThat(find(Button.class).withId("propose-" + toA).exists()).isFalse();
        test(find(Button.class).withId("propose-" + toB).single()).click();
        assertThat(page.request().status()).isEqualTo(CoordinationStatus.PROPOSED);

        // the hospital finds the proposal on the home page and accepts it
        as(w.msw());
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getHref().equals("coordination?tab=file"));
        page = open(id);
        assertThat(find(Paragraph.class).withId("coordination-banner").exists()).isTrue();
        test(find(Button.class).withId("coordination-accept").single()).click();
        assertThat(page.request().status()).isEqualTo(CoordinationStatus.MATCHED);
        assertThat(page.request().timeline()).extracting(RequestDetails.Step::step)
                .containsExactly("FILED", "INQUIRED", "ANSWERED_DECLINE", "ANSWERED_ACCEPT", "PROPOSED", "MATCHED");
        assertThat(find(Div.class).withId("coordination-timeline").single().getChildren()).hasSize(6);
        noErrorAndEveryTextFound(page);

        // clinic B sees the match come to it
        as(w.doctorB());
        UI.getCurrent().navigate("coordination", QueryParameters.of("tab", "inquiries"));
        Div card = find(Div.class).withId("inquiry-" + toB).single();
        assertThat(find(Span.class, card).withClassName("matched-here").exists()).isTrue();
    }

    private static long inquiry(RequestDetails r, long facilityId) {
        return r.inquiries().stream().filter(i -> i.facilityId() == facilityId).findFirst().orElseThrow().id();
    }

    /** Another member: signs in and opens the home page, so that the next page is built for them. */
    private void as(Actor actor) {
        SignIn.as(actor);
        navigate(HomeView.class);
    }

    private CoordinationRequestPage open(long id) {
        UI.getCurrent().navigate(CoordinationRequestPage.href(id));
        return (CoordinationRequestPage) getCurrentView();
    }
}
