package org.renkei.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.StompMember;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.Importance;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.NewMessage;
import org.renkei.patient.ui.EmergencyView;
import org.renkei.platform.AccessRefusedException;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 緊急閲覧 is for clinicians of care facilities only, read-only, and ends with its hour, live feed included.
 * (Attack run, H2 and H9.)
 */
@RenkeiTest
class BreakGlassIntegrationTest {

    private static final String REASON = "救急搬送時の既往歴確認のため";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired EmergencyAccessService emergency;
    @Autowired PatientService patients;
    @Autowired ConversationService conversations;
    @Autowired MessageService messages;
    @Autowired Accounts accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void associationOfficesClerksAndMunicipalOfficersCannotBreakTheGlass() {
        long patient = fixtures.patient(fixtures.actor("nurse-sasaki"));
        for (String loginId : new String[] {"sakura-office", "sakura-clerk", "desk-abe", "cm-hayashi"}) {
            Actor actor = fixtures.actor(loginId);
            assertThat(EmergencyAccessService.mayUse(actor)).as(loginId).isFalse();
            assertThatThrownBy(() -> emergency.breakGlass(actor, patient, REASON)).as(loginId)
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> patients.open(actor, patient)).as(loginId).isInstanceOf(AccessRefusedException.class);
        }
        // nor do they see the page in the menu: the route asks for the clinician's role
        assertThat(EmergencyView.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.CLINICIAN.name());
        assertThat(fixtures.actor("sakura-clerk").has(Role.CLINICIAN)).isFalse();
        assertThat(fixtures.actor("dr-ito").has(Role.CLINICIAN)).isTrue();
    }

    @Test
    void aClinicianOfAnotherFacilityBreaksTheGlassAndReadsButCannotConfirmTheTeamsMessages() {
        Fixtures.Area area = fixtures.area();
        Fixtures.Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Fixtures.Place er = fixtures.facility(area, FacilityType.HOSPITAL);
        Actor er_doctor = fixtures.actor(fixtures.member(er, Profession.PHYSICIAN).id());
        long patient = fixtures.patient(station.admin());
        long room = conversations.patientRoom(station.admin(), patient).id();
        ChatMessage important = messages.post(station.admin(), room,
                new NewMessage("bg-ack-1", "夜間の急変時は在宅医へ連絡", Importance.IMPORTANT, null)).message();

        emergency.breakGlass(er_doctor, patient, REASON);

        assertThat(patients.open(er_doctor, patient)).isNotNull();
        assertThatThrownBy(() -> messages.ack(er_doctor, important.id())).isInstanceOf(AccessRefusedException.class);
        assertThat(messages.ackStatus(station.admin(), important.id()).confirmed()).isEmpty();
    }

    @Test
    void theLiveFeedOfTheRoomEndsWithTheGrant() throws Exception {
        Fixtures.Area area = fixtures.area();
        Fixtures.Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Fixtures.Place er = fixtures.facility(area, FacilityType.HOSPITAL);
        Actor erNurse = fixtures.actor(fixtures.member(er, Profession.NURSE).id());
        long patient = fixtures.patient(station.admin());
        long room = conversations.patientRoom(station.admin(), patient).id();
        emergency.breakGlass(erNurse, patient, REASON);
        // a grant that ends in 3 s instead of an hour
        jdbc.update("UPDATE break_glass SET expires_at = ? WHERE member_id = ? AND patient_id = ?",
                Timestamp.from(Instant.now().plusSeconds(3)), erNurse.memberId(), patient);

        StompMember member = StompMember.login(accounts, erNurse, port);
        StompMember.Connection c = member.connect();
        BlockingQueue<JsonNode> feed = c.subscribe("/topic/conversations." + room);
        JsonNode first = null;
        for (int i = 0; i < 10 && first == null; i++) {
            messages.post(station.admin(), room, new NewMessage("bg-live-" + i, "訪問予定 " + i, Importance.NORMAL, null));
            first = feed.poll(200, TimeUnit.MILLISECONDS);
        }
        assertThat(first).as("live while the grant is open").isNotNull();

        assertThat(c.closed.get(10, TimeUnit.SECONDS)).isNotNull();
        feed.clear();
        messages.post(station.admin(), room, new NewMessage("bg-after", "グラント終了後の投稿", Importance.NORMAL, null));
        assertThat(feed.poll(1, TimeUnit.SECONDS)).isNull();
        // and subscribing again is refused
        StompMember.Connection again = member.connect();
        again.subscribe("/topic/conversations." + room);
        assertThat(again.errors.poll(10, TimeUnit.SECONDS)).contains("not a member");
    }
}
