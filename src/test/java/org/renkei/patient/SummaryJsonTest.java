package org.renkei.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.renkei.patient.PatientSummary.Acp;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.patient.PatientSummary.Device;
import org.renkei.patient.PatientSummary.ExpectedEvent;
import org.renkei.patient.PatientSummary.Medication;
import org.renkei.patient.PatientSummary.OnCall;
import org.renkei.patient.PatientSummary.Problem;
import org.renkei.patient.PatientSummary.Resuscitation;
import org.renkei.patient.PatientSummary.Transport;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The summary as stored, with the mapper the application configures: the on-call section (夜間・急変時の対応) and
 * a 頓用 medicine read back as written, a version stored before either existed still reads, and both show in the
 * text that the history compares.
 */
class SummaryJsonTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withBean(SummaryJson.class);

    private static final OnCall ON_CALL = new OnCall("玄関のキーボックス（暗証番号は長女に確認）", Transport.NOT_WANTED,
            List.of(new ExpectedEvent("呼吸苦の増悪", "酸素3L/分まで増量可、改善なければ主治医へ"),
                    new ExpectedEvent("心肺停止", null)),
            LocalDate.of(2026, 11, 28), "桜ヶ丘中央病院（在宅療養後方支援病院）");

    /** A version as stored before 頓用 and the on-call section existed. */
    private static final String OLD_VERSION = """
            {"problems":[{"name":"慢性心不全","since":"2019-06-01","active":true,"note":null}],
             "medications":[{"name":"フロセミド錠20mg","dose":"1錠","usage":"朝食後","prescriber":"さくら在宅クリニック","note":null}],
             "allergies":[],"contraindications":["NSAIDs"],"careLevel":"CARE_3","careLevelValidUntil":"2027-03-31",
             "independence":"B1","dementia":"IIa","adl":{"MOVING":"PARTIAL"},"devices":["HOME_OXYGEN"],"deviceNotes":null,
             "contacts":[],"acp":{"placeOfCare":"HOME","resuscitation":"DNAR","decisionMaker":null,"wishes":null,
             "discussedOn":null,"reviewOn":null},"safetyFlags":[],"paediatric":null,"notes":"夜間は主治医携帯へ"}
            """;

    private static PatientSummary summary(List<Medication> medications, OnCall onCall) {
        return new PatientSummary(List.of(new Problem("慢性心不全", LocalDate.of(2019, 6, 1), true, null)), medications,
                List.of(), List.of(), null, null, null, null, Map.of(AdlItem.MOVING, AdlLevel.PARTIAL), Set.of(Device.HOME_OXYGEN),
                null, List.of(), new Acp(null, Resuscitation.DNAR, null, null, null, null), List.of(), null, null, onCall);
    }

    @Test
    void theOnCallSectionAndAnAsNeededMedicineReadBackAsWritten() {
        PatientSummary written = summary(List.of(new Medication("フロセミド錠20mg", "1錠", "朝食後", null, null),
                new Medication("アセトアミノフェン錠200mg", "2錠", "38℃以上の発熱時", null, null, true)), ON_CALL);
        context.run(c -> {
            SummaryJson json = c.getBean(SummaryJson.class);
            String stored = json.write(written);

            assertThat(stored).contains("\"asNeeded\":true", "\"onCall\":", "\"lastVisitOn\":\"2026-11-28\"");
            assertThat(json.read(stored)).isEqualTo(written);
        });
    }

    @Test
    void aVersionStoredBeforeTheOnCallSectionStillReads() {
        context.run(c -> {
            PatientSummary old = c.getBean(SummaryJson.class).read(OLD_VERSION);

            assertThat(old.medications()).containsExactly(new Medication("フロセミド錠20mg", "1錠", "朝食後", "さくら在宅クリニック", null));
            assertThat(old.medications().getFirst().asNeeded()).isFalse();
            assertThat(old.onCall()).isEqualTo(OnCall.empty());
            assertThat(old.acp().resuscitation()).isEqualTo(Resuscitation.DNAR);
            assertThat(old.notes()).isEqualTo("夜間は主治医携帯へ");
        });
    }

    @Test
    void theOnCallSectionAndTheAsNeededMarkShowInTheText() {
        ResourceBundle ja = ResourceBundle.getBundle("messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Function<String, String> t = ja::getString;
        PatientSummary before = summary(List.of(new Medication("アセトアミノフェン錠200mg", "2錠", "発熱時", null, null)),
                OnCall.empty());
        PatientSummary after = summary(List.of(new Medication("アセトアミノフェン錠200mg", "2錠", "発熱時", null, null, true)),
                ON_CALL);

        assertThat(SummaryText.sections(before, t).get("oncall")).isEmpty();
        assertThat(SummaryText.sections(after, t).get("oncall")).containsExactly(
                "入室方法: 玄関のキーボックス（暗証番号は長女に確認）", "救急搬送の希望: 希望しない",
                "呼吸苦の増悪 → 酸素3L/分まで増量可、改善なければ主治医へ", "心肺停止", "最終訪問日: 2026-11-28",
                "後方支援病床: 桜ヶ丘中央病院（在宅療養後方支援病院）");
        assertThat(new SummaryDiffer().diff(before, after, t)).extracting(SummaryDiff.SectionChange::section)
                .containsExactly("medications", "oncall");
        assertThat(SummaryText.sections(after, t).get("medications")).containsExactly("アセトアミノフェン錠200mg (頓用) 2錠 発熱時");
    }

    @Test
    void theDeviceProfileReadsBackAsWrittenAndAVersionStoredBeforeItReadsAsEmpty() {
        PatientSummary.DeviceProfile profile = new PatientSummary.DeviceProfile(List.of(new PatientSummary.PoweredDevice(
                PatientSummary.PoweredKind.VENTILATOR, "メディブレス", "MB-300", PatientSummary.VentilationMode.TPPV, 24, 180, 480, 2)),
                "車から充電", true, false, null, null, "さくら医療機器", "0120-000-111", true);
        PatientSummary written = summary(List.of(), ON_CALL).withDeviceProfile(profile);
        context.run(c -> {
            SummaryJson json = c.getBean(SummaryJson.class);
            assertThat(json.read(json.write(written))).isEqualTo(written);
            PatientSummary old = json.read(OLD_VERSION);
            assertThat(old.deviceProfile()).isEqualTo(PatientSummary.DeviceProfile.empty());
            assertThat(old.devicesDifferFrom(written)).isTrue();
            assertThat(written.devicesDifferFrom(written.withOnCall(OnCall.empty()))).as("only devices count").isFalse();
        });
        assertThat(profile.batteryRuntimeMinutes()).isEqualTo(180 + 2 * 480);
        ResourceBundle ja = ResourceBundle.getBundle("messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(SummaryText.sections(written, ja::getString).get("devices")).contains(
                "人工呼吸器: メディブレス MB-300 TPPV 使用時間/日 24 / 内部バッテリー 180分 / 外部バッテリー 480分 × 2", "電力会社に登録済み");
        assertThat(new SummaryDiffer().diff(summary(List.of(), ON_CALL), written, ja::getString))
                .extracting(SummaryDiff.SectionChange::section).containsExactly("devices");
    }
}
