package org.renkei.handoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.handoff.DeclineReason;
import org.renkei.handoff.HandoffDraftService;
import org.renkei.handoff.HandoffListService;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.HandoffStatus;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.handoff.RecipientStatus;
import org.renkei.platform.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class HandoffViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired HandoffWorld worlds;
    @Autowired HandoffService handoffs;
    @Autowired HandoffDraftService drafts;
    @Autowired HandoffListService lists;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long sent(World w) {
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(LocalDate.now(TimeConfiguration.TOKYO).plusDays(4)),
                HandoffWorld.homeTeam(w));
        handoffs.send(w.hospNurse(), id);
        return id;
    }

    @Test
    void theVisitingNurseFindsItToAnswerAndDeclinesOnlyWithAReason() {
        World w = worlds.create();
        long id = sent(w);
        SignIn.as(w.nurse());
        HandoffsView list = navigate(HandoffsView.class);
        assertThat(list.toAnswer.getElement().getOuterHTML()).contains("handoffs/" + id);

        HandoffPage page = navigate("handoffs/" + id, HandoffPage.class);
        long mine = page.view().mineToAnswer().getFirst();
        assertThat(page.view().recipients()).filteredOn(r -> r.id() == mine).first()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RecipientStatus.RECEIVED));
        test(find(Button.class, page.actions).withId("decline-" + mine).single()).click();
        Dialog dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        Select<DeclineReason> reason = find(Select.class, dialog).withId("decline-reason").single();
        TextArea note = find(TextArea.class, dialog).withId("decline-note").single();
        Button send = find(Button.class, dialog).withId("decline-send").single();
        test(send).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(page.getTranslation("handoff.decline-reason-required")).doesNotStartWith("!");
        reason.setValue(DeclineReason.OTHER);
        test(send).click();
        assertThat(note.isInvalid()).isTrue();
        assertThat(handoffs.view(w.hospNurse(), id).recipients()).filteredOn(r -> r.id() == mine).first()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RecipientStatus.RECEIVED));
        test(note).setValue("ご家族が別のステーションを希望");
        test(send).click();
        assertThat(handoffs.view(w.hospNurse(), id).recipients()).filteredOn(r -> r.id() == mine).first()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RecipientStatus.DECLINED));
    }

    @Test
    void theSenderSeesNoAnswerButtonsAndTheRecipientNoCancel() {
        World w = worlds.create();
        long id = sent(w);
        SignIn.as(w.hospNurse());
        HandoffPage sender = navigate("handoffs/" + id, HandoffPage.class);
        assertThat(find(Button.class, sender.actions).withId("cancel-handoff").exists()).isTrue();
        assertThat(sender.actions.getElement().getOuterHTML()).doesNotContain("accept-");
        SignIn.as(w.nurse());
        navigate(HandoffsView.class);
        HandoffPage recipient = navigate("handoffs/" + id, HandoffPage.class);
        assertThat(find(Button.class, recipient.actions).withId("cancel-handoff").exists()).isFalse();
        assertThat(recipient.view().status()).isEqualTo(HandoffStatus.SENT);
        assertThat(recipient.timelinePane.getElement().getOuterHTML()).contains(recipient.getTranslation("timeline.received"));
    }

    @Test
    void aCareManagerWritesAnAdmissionSheetThatMustNameAHospital() {
        World w = worlds.create();
        SignIn.as(w.cm());
        UI.getCurrent().navigate("handoffs/new", QueryParameters.simple(
                Map.of("kind", "ADMISSION", "patient", String.valueOf(w.patient()))));
        HandoffEditor editor = (HandoffEditor) getCurrentView();
        assertThat(editor.admission).isNotNull();
        test(editor.saveDraft).click();
        assertThat(editor.hospital.isInvalid()).isTrue();
        assertThat(lists.forPatient(w.cm(), w.patient())).isEmpty();
        editor.hospital.setValue(FacilityRef.class.cast(
                new FacilityRef(w.hospital(), "病院", FacilityType.HOSPITAL, 0,
                        FacilityStatus.ACTIVE)));
        test(editor.saveDraft).click();
        assertThat(getCurrentView()).isInstanceOf(HandoffPage.class);
        assertThat(lists.forPatient(w.cm(), w.patient())).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(HandoffStatus.DRAFT));
    }
}
