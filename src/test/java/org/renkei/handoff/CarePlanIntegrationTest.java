package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditTrailService;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The care plan on an admission sheet (入院時情報提供書, "care plan attached"): the care manager's facility
 * attaches it, the hospital reads it once the sheet is sent, nobody outside the handoff or the patient's team
 * does, and every read is logged.
 */
@RenkeiTest
class CarePlanIntegrationTest {

    private static final LocalDate SOON = LocalDate.now(TimeConfiguration.TOKYO).plusDays(7);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @Autowired HandoffWorld worlds;
    @Autowired HandoffService handoffs;
    @Autowired HandoffDraftService drafts;
    @Autowired HandoffTimeline timelines;
    @Autowired CarePlanService carePlans;
    @Autowired AuditTrailService audit;

    @Test
    void theCareManagerAttachesItAndTheHospitalReadsItOnceSent() {
        World w = worlds.create();
        long id = drafts.draftAdmission(w.cm(), w.patient(), w.hospital(), HandoffWorld.admission(SOON));
        assertThat(handoffs.view(w.cm(), id).carePlanName()).isNull();

        carePlans.attach(w.cm(), id, "ケアプラン第1表.pdf", PDF);
        assertThat(handoffs.view(w.cm(), id).carePlanName()).isEqualTo("ケアプラン第1表.pdf");

        handoffs.send(w.cm(), id);
        AttachedFile file = carePlans.read(w.hospNurse(), id);
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        // a second file replaces the first
        carePlans.attach(w.cm(), id, "第2表.png", PNG);
        assertThat(carePlans.read(w.hospNurse(), id).contentType()).isEqualTo("image/png");
        assertThat(timelines.of(w.cm(), id)).extracting(TimelineEntry::kind).contains("care-plan");
        assertThat(audit.search(w.admin(), new AuditFilter(null, null, "handoff.care-plan-read", null, null, w.hospNurse().memberId(),
                null, w.patient()), 0, 10)).hasSize(2);
    }

    @Test
    void onlyTheSenderAttachesOnlyAPdfOrImageAndOnlyWhileTheSheetIsOpen() {
        World w = worlds.create();
        long id = drafts.draftAdmission(w.cm(), w.patient(), w.hospital(), HandoffWorld.admission(SOON));
        handoffs.send(w.cm(), id);

        refusedAs("handoff.only-sender", () -> carePlans.attach(w.hospNurse(), id, "x.pdf", PDF));
        refusedAs("form.type", () -> carePlans.attach(w.cm(), id, "plan.docx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)));
        refusedAs("handoff.not-yours", () -> carePlans.read(w.outsider(), id));
        assertThat(handoffs.view(w.cm(), id).carePlanName()).as("nothing was stored by the refusals").isNull();

        handoffs.cancel(w.cm(), id, "入院が取りやめになった");
        refusedAs("handoff.transition", () -> carePlans.attach(w.cm(), id, "late.pdf", PDF));

        long discharge = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(SOON), HandoffWorld.homeTeam(w));
        refusedAs("handoff.care-plan-admission-only", () -> carePlans.attach(w.hospNurse(), discharge, "x.pdf", PDF));
    }

    private static void refusedAs(String key, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RenkeiException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
