package org.renkei.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.AssociationService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.events.CalendarFiles;
import org.renkei.events.EventService;
import org.renkei.events.MeetingDetails;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingPlan;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hospital's system reads the calendar and its own 院内研修's participants and records attendance; another hospital's
 * system reads the meeting but not its participants and cannot record; a read-only token cannot record; a system of
 * another association sees nothing of an association-only meeting; the feed answers its token without login, and 404
 * to any other.
 */
@RenkeiTest
class EventApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiClientService clients;
    @Autowired EventService events;
    @Autowired CalendarFiles files;
    @Autowired AssociationService associations;

    private String token(Area area, long facility, ApiScope... scopes) {
        var c = clients.register(area.admin(), facility, "院内システム", EnumSet.of(ApiScope.EVENTS_READ, scopes), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    private ApiHttp.Response put(String path, String token, String json) {
        return new ApiHttp(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void aHospitalsSystemReadsItsTrainingsParticipantsAndRecordsAttendanceAndOthersAreRefused() {
        Area area = fixtures.area();
        Place hospital = fixtures.facility(area, FacilityType.HOSPITAL);
        Place other = fixtures.facility(area, FacilityType.HOSPITAL);
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Instant start = Instant.now().plus(Duration.ofMinutes(30));
        MeetingDetails m = events.plan(hospital.admin(), hospital.facilityId(), new MeetingPlan(MeetingKind.IN_HOSPITAL, "院内研修：褥瘡ケア",
                null, start, start.plus(Duration.ofHours(1)), "講堂", null, false, Set.of(), Set.of(), null, Map.of(), null, true));
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        events.register(nurse, m.id(), false);
        String mine = token(area, hospital.facilityId(), ApiScope.EVENTS_WRITE);
        String theirs = token(area, other.facilityId(), ApiScope.EVENTS_WRITE);
        String readOnly = token(area, hospital.facilityId());
        Area elsewhere = fixtures.area();
        String foreign = token(elsewhere, fixtures.facility(elsewhere, FacilityType.HOSPITAL).facilityId(), ApiScope.EVENTS_WRITE);
        ApiHttp api = new ApiHttp(port);
        String today = LocalDate.now(TimeConfiguration.TOKYO).toString();

        ApiHttp.Response calendar = api.get("/api/events?from=" + today, mine);
        assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
        assertThat(calendar.body()).contains("\"id\":" + m.id(), "院内研修：褥瘡ケア");
        assertThat(api.get("/api/events/" + m.id(), theirs).json().get("title").asString()).isEqualTo("院内研修：褥瘡ケア");
        ApiHttp.Response participants = api.get("/api/events/" + m.id() + "/participants", mine);
        assertThat(participants.status()).as(participants.body()).isEqualTo(200);
        assertThat(participants.json().get(0).get("memberId").asLong()).isEqualTo(nurse.memberId());
        assertThat(participants.json().get(0).get("email").asString()).endsWith("@example.jp");

        ApiHttp.assertProblem(api.get("/api/events/" + m.id() + "/participants", theirs), 403, "events.not-organiser");
        ApiHttp.assertProblem(put("/api/events/" + m.id() + "/participants/" + nurse.memberId() + "/attendance", theirs,
                "{\"present\":true}"), 403, "events.not-organiser");
        assertThat(put("/api/events/" + m.id() + "/participants/" + nurse.memberId() + "/attendance", readOnly, "{\"present\":true}")
                .status()).as("events.read only").isEqualTo(403);
        ApiHttp.assertProblem(api.get("/api/events/" + m.id(), foreign), 403, "events.not-visible");
        assertThat(api.get("/api/events?from=" + today, foreign).body()).doesNotContain("院内研修：褥瘡ケア");

        assertThat(put("/api/events/" + m.id() + "/participants/" + nurse.memberId() + "/attendance", mine, "{\"present\":true}").status())
                .isEqualTo(204);
        assertThat(api.get("/api/events/" + m.id() + "/participants", mine).json().get(0).get("attended").asBoolean()).isTrue();
        ApiHttp.assertProblem(put("/api/events/" + m.id() + "/participants/" + hospital.admin().memberId() + "/attendance", mine,
                "{\"present\":true}"), 409, "events.not-confirmed");
        ApiHttp.assertProblem(api.get("/api/events?from=" + today + "&to=2020-01-01", mine), 400, "events.period");
        assertThat(api.get("/v3/api-docs", null).body()).contains("/api/events/{id}/participants/{memberId}/attendance");

        String feed = files.newFeed(nurse);
        ApiHttp.Response ics = api.get(URI.create(feed).getPath(), null);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VCALENDAR", "院内研修：褥瘡ケア");
        assertThat(api.get("/feeds/events/" + "A".repeat(32) + ".ics", null).status()).isEqualTo(404);
    }

    /**
     * A meeting of the association open to all associations: another association's system sees the meeting (its
     * members may come) but neither its participants nor their attendance, and neither does a hospital of the same
     * association; the office's own system reads them.
     */
    @Test
    void theParticipantsOfAnAssociationMeetingAreTheOfficesAloneEvenWhenEveryoneMayCome() {
        Area area = fixtures.area();
        long office = associations.officeOf(area.association().id());
        Place hospital = fixtures.facility(area, FacilityType.HOSPITAL);
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Instant start = Instant.now().plus(Duration.ofDays(3));
        MeetingDetails m = events.plan(area.admin(), office, new MeetingPlan(MeetingKind.TRAINING, "多職種連携研修：看取り", null,
                start, start.plus(Duration.ofHours(2)), "医師会館", null, true, Set.of(), Set.of(), 30, Map.of(), null, true));
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        events.register(nurse, m.id(), false);
        String offices = token(area, office, ApiScope.EVENTS_WRITE);
        String hospitals = token(area, hospital.facilityId(), ApiScope.EVENTS_WRITE);
        Area elsewhere = fixtures.area();
        String foreign = token(elsewhere, fixtures.facility(elsewhere, FacilityType.HOSPITAL).facilityId(), ApiScope.EVENTS_WRITE);
        String foreignOffice = token(elsewhere, associations.officeOf(elsewhere.association().id()), ApiScope.EVENTS_WRITE);
        ApiHttp api = new ApiHttp(port);

        ApiHttp.Response participants = api.get("/api/events/" + m.id() + "/participants", offices);
        assertThat(participants.status()).as(participants.body()).isEqualTo(200);
        assertThat(participants.json().get(0).get("memberId").asLong()).isEqualTo(nurse.memberId());

        assertThat(api.get("/api/events/" + m.id(), foreign).status()).as("open to all: the meeting is visible").isEqualTo(200);
        for (String other : new String[] {hospitals, foreign, foreignOffice}) {
            ApiHttp.Response refused = api.get("/api/events/" + m.id() + "/participants", other);
            ApiHttp.assertProblem(refused, 403, "events.not-organiser");
            assertThat(refused.body()).doesNotContain(nurse.loginId()).doesNotContain("@example.jp");
            ApiHttp.assertProblem(put("/api/events/" + m.id() + "/participants/" + nurse.memberId() + "/attendance", other,
                    "{\"present\":true}"), 403, "events.not-organiser");
        }
        assertThat(api.get("/api/events/" + m.id() + "/participants", offices).json().get(0).get("attended").asBoolean())
                .as("nothing recorded by the refused").isFalse();
    }
}
