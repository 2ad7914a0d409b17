package org.renkei.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.patient.ConsentModel;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.Sex;
import org.renkei.patient.SummaryHistoryService;
import org.renkei.patient.SummaryService;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;
import org.renkei.shell.RefusedView;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class PatientViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PatientService patients;
    @Autowired SummaryService summaries;
    @Autowired SummaryHistoryService versions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Actor nurse() {
        return fixtures.actor(fixtures.member(fixtures.facility(fixtures.area(), FacilityType.VISITING_NURSE_STATION),
                Profession.NURSE).id());
    }

    @Test
    void aNurseRegistersAPatientWithConsentAndLandsOnTheirPage() {
        Actor nurse = nurse();
        SignIn.as(nurse);
        RegisterPatientView view = navigate(RegisterPatientView.class);
        test(view.save).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.birthDate.isInvalid()).isTrue();

        test(view.name).setValue("登録 試験");
        test(view.nameKana).setValue("とうろく しけん");
        view.birthDate.setValue(LocalDate.of(1938, 3, 3));
        view.sex.setValue(Sex.MALE);
        test(view.role).selectItem(view.role.getItemLabelGenerator().apply(TeamRole.VISITING_NURSE));
        view.model.setValue(ConsentModel.BLANKET);
        test(view.signer).setValue("登録 試験");
        test(view.form).upload("同意書.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        test(view.save).click();

        PatientView page = (PatientView) getCurrentView();
        assertThat(page.page().header().name()).isEqualTo("登録 試験");
        assertThat(page.page().header().nameKana()).isEqualTo("トウロク シケン");
        assertThat(patients.myPatients(nurse, "登録", 0, 10)).extracting(PatientCard::name).containsExactly("登録 試験");
    }

    @Test
    void thePatientPageOffersTheSummaryAsAFhirDocument() {
        Actor nurse = nurse();
        long patient = fixtures.patient(nurse);
        SignIn.as(nurse);
        navigate("patients/" + patient, PatientView.class);

        Anchor fhir = find(Anchor.class).withId("patient-fhir").single();
        assertThat(fhir.getElement().getTextRecursively()).isEqualTo(fhir.getTranslation("patient.fhir"));
        assertThat(fhir.getHref()).isNotBlank();
    }

    @Test
    void aNurseEditsTheSummaryAndTheHistoryShowsTheChange() {
        Actor nurse = nurse();
        long patient = fixtures.patient(nurse);
        SignIn.as(nurse);
        PatientView page = navigate("patients/" + patient, PatientView.class);
        page.tabs.setSelectedTab(page.editTab);
        roundTrip();
        SummaryEditor editor = page.editor;
        assertThat(editor).isNotNull();
        test(editor.problems.add).click();
        var row = editor.problems.rows().getFirst();
        var name = find(TextField.class, row.component()).first();
        test(name).setValue("誤嚥性肺炎");
        test(editor.careLevel).selectItem(editor.careLevel.getItemLabelGenerator().apply(PatientSummary.CareLevel.CARE_4));
        test(editor.notes).setValue("とろみ付き食");
        test(page.note).setValue("入院後の変化");
        test(page.save).click();

        assertThat(page.page().current().info().version()).isEqualTo(1);
        PatientSummary saved = page.page().current().summary();
        assertThat(saved.problems()).extracting(PatientSummary.Problem::name).containsExactly("誤嚥性肺炎");
        assertThat(saved.careLevel()).isEqualTo(PatientSummary.CareLevel.CARE_4);
        assertThat(saved.notes()).isEqualTo("とろみ付き食");

        page.tabs.setSelectedTab(page.historyTab);
        roundTrip();
        HistoryPanel history = page.history;
        assertThat(history).isNotNull();
        assertThat(test(history.grid).size()).isEqualTo(2);
        test(history.grid).select(0);
        test(history.compare).click();
        assertThat(history.detail.getElement().getTextRecursively()).contains("誤嚥性肺炎").contains("とろみ付き食");
    }

    @Test
    void theNightsAndEmergenciesSectionAndAnAsNeededMedicineAreSaved() {
        Actor nurse = nurse();
        long patient = fixtures.patient(nurse);
        SignIn.as(nurse);
        PatientView page = navigate("patients/" + patient, PatientView.class);
        page.tabs.setSelectedTab(page.editTab);
        roundTrip();
        SummaryEditor editor = page.editor;
        test(editor.medications.add).click();
        var medication = editor.medications.rows().getFirst().component();
        test(find(TextField.class, medication).first()).setValue("アセトアミノフェン錠200mg");
        test(find(Checkbox.class, medication).single()).click();
        test(editor.entry).setValue("玄関のキーボックス");
        test(editor.transport).selectItem(editor.transport.getItemLabelGenerator().apply(PatientSummary.Transport.NOT_WANTED));
        test(editor.expectedEvents.add).click();
        var event = find(TextField.class, editor.expectedEvents.rows().getFirst().component()).all();
        test(event.get(0)).setValue("発熱 38℃以上");
        test(event.get(1)).setValue("アセトアミノフェン錠200mg 2錠頓用");
        test(editor.lastVisitOn).setValue(LocalDate.of(2026, 11, 28));
        test(page.save).click();

        PatientSummary saved = page.page().current().summary();
        assertThat(saved.medications()).extracting(PatientSummary.Medication::asNeeded).containsExactly(true);
        assertThat(saved.onCall()).isEqualTo(new PatientSummary.OnCall("玄関のキーボックス", PatientSummary.Transport.NOT_WANTED,
                List.of(new PatientSummary.ExpectedEvent("発熱 38℃以上", "アセトアミノフェン錠200mg 2錠頓用")),
                LocalDate.of(2026, 11, 28), null));
    }

    @Test
    void aSecondEditorFromTheSameVersionIsToldAndNothingIsOverwritten() {
        Actor nurse = nurse();
        long patient = fixtures.patient(nurse);
        SignIn.as(nurse);
        PatientView page = navigate("patients/" + patient, PatientView.class);
        page.tabs.setSelectedTab(page.editTab);
        roundTrip();
        summaries.saveSummary(nurse, patient, 0, PatientSummary.empty(), "別の画面で保存");
        test(page.editor.notes).setValue("後から保存");
        test(page.save).click();

        assertThat(find(Div.class).withId("summary-conflict").all()).hasSize(1);
        assertThat(versions.history(nurse, patient)).hasSize(2);
    }

    @Test
    void someoneOffTheTeamGetsTheRefusalPage() {
        Actor nurse = nurse();
        long patient = fixtures.patient(nurse);
        SignIn.as(nurse());
        assertThat(navigate("patients/" + patient, RefusedView.class)).isNotNull();
    }
}
