package org.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.Importance;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.NewMessage;
import org.renkei.patient.PatientService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access log answers "who did what to which record", never with the clinical content itself: edited and deleted
 * messages are logged by reference (H3), and a refused access names the patient by id only (H4).
 */
@RenkeiTest
class AccessLogShowsNoClinicalTextIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ConversationService conversations;
    @Autowired MessageService messages;
    @Autowired PatientService patients;
    @Autowired AuditTrailService trail;

    @Test
    void editedAndDeletedMessagesAreLoggedByReferenceInThePatientRoomGroupsAndDirectMessages() {
        Fixtures.Area area = fixtures.area();
        Fixtures.Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Actor nurse = station.admin();
        Actor colleague = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        long patient = fixtures.patient(nurse);
        List<Long> rooms = List.of(conversations.patientRoom(nurse, patient).id(),
                conversations.group(nurse, "夜間当番", List.of(colleague.memberId())).id(),
                conversations.direct(nurse, colleague.memberId()).id());
        int n = 0;
        for (long room : rooms) {
            ChatMessage edited = messages.post(nurse, room, new NewMessage("h3-e-" + room, "血圧180/110 原文その" + n,
                    Importance.NORMAL, null)).message();
            messages.edit(nurse, edited.id(), "訂正後の本文");
            ChatMessage deleted = messages.post(nurse, room, new NewMessage("h3-d-" + room, "残薬あり 原文その" + n,
                    Importance.NORMAL, null)).message();
            messages.delete(nurse, deleted.id());
            // the author still reads the original
            assertThat(messages.revisions(nurse, edited.id()).toString()).contains("血圧180/110");
            n++;
        }

        AuditFilter mine = new AuditFilter(null, null, "message.", null, null, nurse.memberId(), null, null);
        List<AuditRecord> entries = trail.search(area.admin(), mine, 0, 100);
        assertThat(entries).extracting(AuditRecord::action).contains("message.edited", "message.deleted");
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.detail())).doesNotContain("原文", "血圧", "残薬"));
        assertThat(entries).filteredOn(e -> e.action().equals("message.edited")).allSatisfy(e ->
                assertThat(e.detail()).contains("revision"));
        String csv = new String(trail.export(area.admin(), mine, CsvFiles.Encoding.UTF_8, a -> a, Locale.JAPANESE),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("message.edited").doesNotContain("原文").doesNotContain("血圧");
    }

    @Test
    void aRefusedAccessDoesNotNameThePatientInTheRefusedActorsLog() {
        Fixtures.Area home = fixtures.area();
        Fixtures.Place station = fixtures.facility(home, FacilityType.VISITING_NURSE_STATION);
        long patient = fixtures.patient(station.admin());
        String name = patients.open(station.admin(), patient).header().name();
        Fixtures.Area other = fixtures.area();

        assertThatThrownBy(() -> patients.open(other.admin(), patient)).isInstanceOf(AccessRefusedException.class);

        List<AuditRecord> herLog = trail.search(other.admin(),
                new AuditFilter(null, null, "patient.access-refused", null, null, other.admin().memberId(), null, null), 0, 10);
        assertThat(herLog).isNotEmpty();
        assertThat(herLog).allSatisfy(e -> {
            assertThat(e.targetLabel()).doesNotContain(name).contains(String.valueOf(patient));
            assertThat(String.valueOf(e.detail())).doesNotContain(name);
        });
    }
}
