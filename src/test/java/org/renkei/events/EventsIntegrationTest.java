package org.renkei.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.directory.AssociationService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar through the services against the real database: seats per profession and the waiting list under 20
 * concurrent registrations for the last seat (no overbooking), moving up when a seat frees, attendance, certificates
 * and their verification, the .ics parsed back with ical4j, the feed; and every refusal (a suspended member, another
 * association, a profession not invited, an outsider reading the participants, a member not registered checking in, a
 * confirmed member suspended since checking in, a certificate printed by another facility's administrator or the office).
 */
@RenkeiTest
class EventsIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired EventService events;
    @Autowired MeetingQueries queries;
    @Autowired CertificateService certificates;
    @Autowired CalendarFiles files;
    @Autowired EventFiguresService figures;
    @Autowired MeetingClock reminders;
    @Autowired MemberService members;
    @Autowired AssociationService associations;
    @Autowired JdbcTemplate jdbc;
    @Autowired Translations translations;

    private String ja(String key) {
        return translations.text(key, Translations.JAPANESE);
    }

    record World(Area area, long office, Place station, Place clinic, Place hospital) {}

    World world() {
        Area area = fixtures.area();
        return new World(area, associations.officeOf(area.association().id()), fixtures.facility(area, FacilityType.VISITING_NURSE_STATION),
                fixtures.facility(area, FacilityType.CLINIC), fixtures.facility(area, FacilityType.HOSPITAL));
    }

    Actor member(Place place, Profession p) {
        return fixtures.actor(fixtures.member(place, p).id());
    }

    static Instant inDays(int days, int hour) {
        return LocalDate.now(TimeConfiguration.TOKYO).plusDays(days).atTime(hour, 0).atZone(TimeConfiguration.TOKYO).toInstant();
    }

    static MeetingPlan plan(String title, Instant start, Integer capacity, Map<Profession, Integer> quotas, Set<Profession> professions) {
        return new MeetingPlan(MeetingKind.TRAINING, title, "内容", start, start.plus(Duration.ofHours(2)), "医師会館", null, false,
                professions, Set.of(), capacity, quotas, null, true);
    }

    @Test
    void twentyMembersRegisteringAtOnceForTheLastSeatGetOneSeatAndNineteenPlacesOnTheWaitingList() throws Exception {
        World w = world();
        MeetingDetails m = events.plan(w.area().admin(), w.office(), plan("最後の一席", inDays(10, 19), 3, Map.of(), Set.of()));
        events.register(member(w.clinic(), Profession.PHYSICIAN), m.id(), true);
        events.register(member(w.clinic(), Profession.PHYSICIAN), m.id(), true);
        List<Actor> nurses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            nurses.add(member(w.station(), Profession.NURSE));
        }
        List<MeetingDetails> results = all(nurses, a -> events.register(a, m.id(), false));

        assertThat(results).hasSize(20);
        assertThat(results.stream().filter(r -> r.mine().status() == RegistrationStatus.CONFIRMED)).hasSize(1);
        assertThat(results.stream().filter(r -> r.mine().status() == RegistrationStatus.WAITING)).hasSize(19);
        MeetingDetails after = queries.details(w.area().admin(), m.id());
        assertThat(after.confirmed()).isEqualTo(3);
        assertThat(after.waiting()).isEqualTo(19);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND status = 'CONFIRMED'",
                Integer.class, m.id())).isEqualTo(3);
        // the places on the waiting list are 1 to 19, each once
        assertThat(results.stream().map(r -> r.mine().place()).filter(p -> p != null).sorted().toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList());
    }

    @Test
    void twentyNursesAtOnceForTheLastNursesSeatGetOneWhileOtherProfessionsStillFindSeats() throws Exception {
        World w = world();
        MeetingDetails m = events.plan(w.area().admin(), w.office(), plan("職種別定員", inDays(10, 19), 10,
                Map.of(Profession.NURSE, 2, Profession.CARE_MANAGER, 2), Set.of()));
        events.register(member(w.station(), Profession.NURSE), m.id(), true);
        List<Actor> nurses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            nurses.add(member(w.station(), Profession.NURSE));
        }
        List<MeetingDetails> results = all(nurses, a -> events.register(a, m.id(), false));
        assertThat(results.stream().filter(r -> r.mine().status() == RegistrationStatus.CONFIRMED)).hasSize(1);
        MeetingDetails after = queries.details(w.area().admin(), m.id());
        assertThat(after.seats().get(Profession.NURSE)).isEqualTo(new MeetingDetails.Seats(2, 2));
        assertThat(after.confirmed()).isEqualTo(2);
        // a physician (no quota of their own) still has a seat
        assertThat(events.register(member(w.clinic(), Profession.PHYSICIAN), m.id(), true).mine().status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    private static <T> List<T> all(List<Actor> actors, java.util.function.Function<Actor, T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(actors.size());
        try {
            CountDownLatch ready = new CountDownLatch(actors.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Actor a : actors) {
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.apply(a);
                };
                futures.add(pool.submit(task));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenASeatFreesTheFirstWaitingMemberWhoFitsItMovesUpAndIsTold() {
        World w = world();
        MeetingDetails m = events.plan(w.area().admin(), w.office(), plan("繰上げ", inDays(12, 18), 3,
                Map.of(Profession.NURSE, 1, Profession.PHYSICIAN, 1), Set.of()));
        Actor nurse = member(w.station(), Profession.NURSE);
        Actor doctor = member(w.clinic(), Profession.PHYSICIAN);
        Actor cm = member(w.station(), Profession.CARE_MANAGER);
        events.register(nurse, m.id(), true);
        events.register(doctor, m.id(), true);
        events.register(cm, m.id(), true);
        Actor waitingDoctor = member(w.clinic(), Profession.PHYSICIAN);
        Actor waitingNurse = member(w.station(), Profession.NURSE);
        assertThat(events.register(waitingDoctor, m.id(), true).mine().place()).isEqualTo(1);
        assertThat(events.register(waitingNurse, m.id(), true).mine().place()).isEqualTo(2);

        events.cancel(nurse, m.id(), nurse.memberId());

        assertThat(queries.details(waitingDoctor, m.id()).mine().status()).as("the doctor's seat is still taken").isEqualTo(RegistrationStatus.WAITING);
        assertThat(queries.details(waitingDoctor, m.id()).mine().place()).isEqualTo(1);
        assertThat(queries.details(waitingNurse, m.id()).mine().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM notice WHERE member_id = ? AND message_key = 'notice.events-moved-up'", Integer.class, waitingNurse.memberId())).isEqualTo(1));
        assertThat(jdbc.queryForList("SELECT step FROM meeting_event WHERE meeting_id = ? ORDER BY id", String.class, m.id()))
                .contains("PLANNED", "REGISTERED_CONFIRMED", "REGISTERED_WAITING", "CANCELLED", "MOVED_UP");
        assertThat(queries.timeline(w.area().admin(), m.id())).first().satisfies(t -> assertThat(t.step()).isEqualTo("MOVED_UP"))
                .satisfies(t -> assertThat(t.member()).isEqualTo(fixtures.actor(waitingNurse.memberId()).name()));
        assertThatThrownBy(() -> queries.timeline(waitingNurse, m.id())).isInstanceOf(AccessRefusedException.class);
        // the organiser cancels someone's registration: the seat goes to the next who fits
        events.cancel(w.area().admin(), m.id(), doctor.memberId());
        assertThat(queries.details(waitingDoctor, m.id()).mine().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        // more seats move the list up too
        Actor late = member(w.station(), Profession.CARE_MANAGER);
        assertThat(events.register(late, m.id(), true).mine().status()).isEqualTo(RegistrationStatus.WAITING);
        events.change(w.area().admin(), m.id(), plan("繰上げ", inDays(12, 18), 4, Map.of(Profession.NURSE, 1, Profession.PHYSICIAN, 1), Set.of()));
        assertThat(queries.details(late, m.id()).mine().status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void refusalsOfRegistrationSuspendedOtherAssociationProfessionTwiceAndAfterTheDeadline() {
        World w = world();
        MeetingDetails m = events.plan(w.area().admin(), w.office(), plan("対象は看護師", inDays(9, 19), 30, Map.of(), Set.of(Profession.NURSE)));
        Actor nurse = member(w.station(), Profession.NURSE);
        members.suspend(w.area().admin(), nurse.memberId(), "退職手続き中");
        assertThatThrownBy(() -> events.register(nurse, m.id(), true)).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("events.member-not-active");
        assertThat(queries.details(nurse, m.id()).allowedActions()).doesNotContain(MeetingAction.REGISTER);

        Actor doctor = member(w.clinic(), Profession.PHYSICIAN);
        assertThatThrownBy(() -> events.register(doctor, m.id(), true)).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("events.not-for-profession");
        assertThat(queries.details(doctor, m.id()).allowedActions()).doesNotContain(MeetingAction.REGISTER);

        Area other = fixtures.area();
        Actor outsider = member(fixtures.facility(other, FacilityType.VISITING_NURSE_STATION), Profession.NURSE);
        assertThatThrownBy(() -> queries.details(outsider, m.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> events.register(outsider, m.id(), true)).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("events.not-open-to-you");
        assertThat(queries.calendar(outsider, inDays(0, 0), inDays(30, 0), MeetingQueries.CalendarFilter.all()))
                .noneMatch(r -> r.id() == m.id());

        Actor fine = member(w.station(), Profession.NURSE);
        events.register(fine, m.id(), true);
        assertThatThrownBy(() -> events.register(fine, m.id(), true)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("events.already-registered");
        Actor notRegistered = member(w.station(), Profession.NURSE);
        assertThatThrownBy(() -> events.cancel(notRegistered, m.id(), notRegistered.memberId())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("events.not-registered");
        Actor colleague = member(w.station(), Profession.NURSE);
        events.register(colleague, m.id(), true);
        assertThatThrownBy(() -> events.cancel(colleague, m.id(), fine.memberId())).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("events.not-yours");

        MeetingPlan closed = new MeetingPlan(MeetingKind.TRAINING, "締切済", null, inDays(9, 19), inDays(9, 21), "会館", null, false,
                Set.of(), Set.of(), null, Map.of(), Instant.now().minusSeconds(60), false);
        MeetingDetails late = events.plan(w.area().admin(), w.office(), closed);
        assertThatThrownBy(() -> events.register(member(w.station(), Profession.NURSE), late.id(), true))
                .isInstanceOf(ConflictException.class).hasMessageContaining("events.registration-closed");
    }

    @Test
    void onlyTheOrganisersAdministratorsAnnounceEditAndSeeContactsAndMembersSeeOnlyThoseWhoAgreed() {
        World w = world();
        Actor plainNurse = member(w.station(), Profession.NURSE);
        assertThatThrownBy(() -> events.plan(plainNurse, w.station().facilityId(), plan("x", inDays(5, 19), null, Map.of(), Set.of())))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("events.not-organiser");
        assertThatThrownBy(() -> events.plan(w.station().admin(), w.station().facilityId(), plan("x", inDays(5, 19), null, Map.of(), Set.of())))
                .as("a station does not organise").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> events.plan(w.hospital().admin(), w.office(), plan("x", inDays(5, 19), null, Map.of(), Set.of())))
                .as("a hospital's administrator does not organise for the office").isInstanceOf(AccessRefusedException.class);
        MeetingDetails m = events.plan(w.hospital().admin(), w.hospital().facilityId(), plan("院内研修", inDays(5, 17), null, Map.of(), Set.of()));
        assertThatThrownBy(() -> events.plan(w.hospital().admin(), w.hospital().facilityId(), plan("過去", Instant.now().minusSeconds(3600),
                null, Map.of(), Set.of()))).isInstanceOf(InvalidInputException.class);

        Actor shown = member(w.station(), Profession.NURSE);
        Actor hidden = member(w.clinic(), Profession.PHYSICIAN);
        events.register(shown, m.id(), true);
        events.register(hidden, m.id(), false);
        List<ParticipantInfo> list = queries.participants(w.hospital().admin(), m.id());
        assertThat(list).hasSize(2).allMatch(p -> p.email() != null && p.email().endsWith("@example.jp"));
        assertThat(new String(queries.participantsCsv(w.hospital().admin(), m.id(), org.renkei.platform.CsvFiles.Encoding.UTF_8, k -> k),
                java.nio.charset.StandardCharsets.UTF_8)).contains("@example.jp");
        for (Actor refused : List.of(shown, hidden, w.area().admin(), w.station().admin(), member(w.hospital(), Profession.NURSE))) {
            assertThatThrownBy(() -> queries.participants(refused, m.id())).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> events.change(refused, m.id(), plan("変更", inDays(5, 17), null, Map.of(), Set.of())))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> events.markAttendance(refused, m.id(), shown.memberId(), true)).isInstanceOf(AccessRefusedException.class);
        }
        assertThat(queries.details(hidden, m.id()).attendees()).extracting(MeetingDetails.Attendee::name)
                .containsExactly(fixtures.actor(shown.memberId()).name());
        assertThat(queries.details(shown, m.id()).attendees()).as("the one who did not agree is not shown").isEmpty();
        assertThat(queries.details(member(w.station(), Profession.NURSE), m.id()).attendees()).as("who does not come sees nobody").isEmpty();
        assertThat(queries.details(w.hospital().admin(), m.id()).checkInPath()).startsWith("events/" + m.id() + "/check-in/");
        assertThat(queries.details(shown, m.id()).checkInPath()).isNull();
        byte[] pdf = "%PDF-1.4\n資料\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        events.uploadMaterials(w.hospital().admin(), m.id(), "資料.pdf", pdf);
        assertThat(queries.details(shown, m.id()).materials()).isTrue();
        assertThat(queries.materials(shown, m.id()).getValue()).isEqualTo(pdf);
        assertThatThrownBy(() -> events.uploadMaterials(w.hospital().admin(), m.id(), "x.pdf", "<html>".getBytes()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> events.uploadMaterials(shown, m.id(), "x.pdf", pdf)).isInstanceOf(AccessRefusedException.class);
        Actor stranger = member(fixtures.facility(fixtures.area(), FacilityType.CLINIC), Profession.PHYSICIAN);
        assertThatThrownBy(() -> queries.materials(stranger, m.id())).isInstanceOf(AccessRefusedException.class);
        events.change(w.hospital().admin(), m.id(), plan("院内研修（変更）", inDays(5, 17), null, Map.of(), Set.of()));
        events.callOff(w.hospital().admin(), m.id());
        assertThatThrownBy(() -> events.register(member(w.station(), Profession.NURSE), m.id(), true)).isInstanceOf(ConflictException.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM notice WHERE member_id = ? AND message_key = 'notice.events-called-off'", Integer.class, hidden.memberId())).isEqualTo(1));
    }

    @Test
    void theDoorsLinkChecksInConfirmedMembersWhoGetACertificateThatVerifiesWithoutLogin() {
        World w = world();
        Instant start = Instant.now().plus(Duration.ofMinutes(20));
        MeetingDetails m = events.plan(w.area().admin(), w.office(), new MeetingPlan(MeetingKind.LEADER_COURSE, "リーダー研修 第2回", null,
                start, start.plus(Duration.ofHours(2)), "会館", null, false, Set.of(), Set.of(), 1, Map.of(), null, true));
        Actor nurse = member(w.station(), Profession.NURSE);
        Actor waiting = member(w.station(), Profession.NURSE);
        Actor stranger = member(w.clinic(), Profession.PHYSICIAN);
        events.register(nurse, m.id(), true);
        events.register(waiting, m.id(), true);
        String path = queries.details(w.area().admin(), m.id()).checkInPath();
        String code = path.substring(path.lastIndexOf('/') + 1);

        assertThatThrownBy(() -> events.checkIn(nurse, m.id(), "WRONGCODE")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> events.checkIn(waiting, m.id(), code)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("events.not-confirmed");
        assertThatThrownBy(() -> events.checkIn(stranger, m.id(), code)).isInstanceOf(ConflictException.class);
        MeetingDetails in = events.checkIn(nurse, m.id(), code);
        assertThat(in.mine().attended()).isTrue();
        assertThat(in.mine().certificateCode()).isNotNull();
        assertThat(events.checkIn(nurse, m.id(), code).mine().certificateCode()).as("twice is once").isEqualTo(in.mine().certificateCode());
        assertThat(in.allowedActions()).contains(MeetingAction.DOWNLOAD_CERTIFICATE);

        byte[] pdf = certificates.pdf(nurse, m.id(), nurse.memberId(), this::ja);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(certificates.pdf(w.area().admin(), m.id(), nurse.memberId(), this::ja)).isNotEmpty();
        assertThatThrownBy(() -> certificates.pdf(stranger, m.id(), nurse.memberId(), k -> k)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> certificates.pdf(waiting, m.id(), waiting.memberId(), k -> k))
                .isInstanceOf(org.renkei.platform.NotFoundException.class);
        var verified = certificates.verify(in.mine().certificateCode()).orElseThrow();
        assertThat(verified.memberName()).isEqualTo(fixtures.actor(nurse.memberId()).name());
        assertThat(verified.title()).isEqualTo("リーダー研修 第2回");
        assertThat(certificates.verify("NOSUCHCODE123")).isEmpty();
        assertThat(queries.history(nurse)).extracting(TrainingRecord::meetingId).containsExactly(m.id());
        assertThat(queries.history(waiting)).isEmpty();

        // the survey after the start, once; the organiser reads it without names
        assertThatThrownBy(() -> events.answerSurvey(nurse, m.id(), 5, "良かった")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("events.not-yet");
        // the organiser unticks and ticks attendance
        events.markAttendance(w.area().admin(), m.id(), nurse.memberId(), false);
        assertThat(certificates.verify(in.mine().certificateCode())).isEmpty();
        events.markAttendance(w.area().admin(), m.id(), nurse.memberId(), true);
        assertThat(queries.participants(w.area().admin(), m.id())).filteredOn(p -> p.memberId() == nurse.memberId())
                .allMatch(ParticipantInfo::attended);
        // the reminder goes once
        assertThat(reminders.remind(m.id())).isTrue();
        assertThat(reminders.remind(m.id())).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM notice WHERE member_id = ? AND message_key = 'notice.events-reminder'", Integer.class, nurse.memberId())).isEqualTo(1));
    }

    @Test
    void theDoorAndTheCertificatesRefuseAnotherAssociationASuspendedMemberAnotherFacilitysAdministratorAndTheOffice() {
        World w = world();
        Instant start = Instant.now().plus(Duration.ofMinutes(20));
        // a hospital's own training: its facility administrator organises, not the association's office
        MeetingDetails m = events.plan(w.hospital().admin(), w.hospital().facilityId(), new MeetingPlan(MeetingKind.TRAINING,
                "退院支援研修", null, start, start.plus(Duration.ofHours(2)), "病院 講堂", null, false, Set.of(), Set.of(), null, Map.of(),
                null, true));
        Actor nurse = member(w.station(), Profession.NURSE);
        Actor colleague = member(w.station(), Profession.NURSE);
        events.register(nurse, m.id(), true);
        events.register(colleague, m.id(), true);
        String path = queries.details(w.hospital().admin(), m.id()).checkInPath();
        String code = path.substring(path.lastIndexOf('/') + 1);

        // another association's member who holds the door's link: not registered, so not checked in
        Area elsewhere = fixtures.area();
        Actor outsider = member(fixtures.facility(elsewhere, FacilityType.CLINIC), Profession.PHYSICIAN);
        assertThatThrownBy(() -> events.checkIn(outsider, m.id(), code)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("events.not-confirmed");
        // a confirmed member suspended since: refused at the door, and so never given a certificate
        members.suspend(w.area().admin(), colleague.memberId(), "試験");
        assertThatThrownBy(() -> events.checkIn(colleague, m.id(), code)).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("events.member-not-active");
        assertThat(queries.participants(w.hospital().admin(), m.id())).filteredOn(p -> p.memberId() == colleague.memberId())
                .singleElement().satisfies(p -> assertThat(p.attended()).isFalse());

        events.checkIn(nurse, m.id(), code);
        assertThat(certificates.pdf(w.hospital().admin(), m.id(), nurse.memberId(), this::ja)).isNotEmpty();
        assertThat(certificates.pdf(nurse, m.id(), nurse.memberId(), this::ja)).isNotEmpty();
        // the nurse's certificate is hers and the organiser's: not another facility's administrator's (the nurse's own
        // station's included), not the association office's for a hospital's meeting, not another association's
        Integer printed = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'events.certificate-printed' AND target_id = ?",
                Integer.class, m.id());
        for (Actor refused : List.of(w.clinic().admin(), w.station().admin(), w.area().admin(), elsewhere.admin(), outsider, colleague)) {
            assertThatThrownBy(() -> certificates.pdf(refused, m.id(), nurse.memberId(), k -> k)).as(refused.loginId())
                    .isInstanceOf(AccessRefusedException.class).hasMessageContaining("events.not-yours");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'events.certificate-printed' AND target_id = ?",
                Integer.class, m.id())).as("a refused print is not logged as printed").isEqualTo(printed);
    }

    @Test
    void theIcsFileAndTheFeedParseWithIcal4jAndAnUnknownOrRenewedTokenReadsNothing() throws Exception {
        World w = world();
        MeetingDetails m = events.plan(w.area().admin(), w.office(), new MeetingPlan(MeetingKind.LIAISON, "連絡会；改行\nと記号, を含む",
                "説明文。".repeat(40), inDays(8, 19), inDays(8, 21), "区役所3階 大会議室", "https://meet.example.jp/x", false, Set.of(),
                Set.of(), null, Map.of(), null, false));
        Actor nurse = member(w.station(), Profession.NURSE);
        events.register(nurse, m.id(), true);

        Calendar one = new CalendarBuilder().build(new StringReader(files.meeting(nurse, m.id())));
        one.validate();
        VEvent event = (VEvent) one.getComponents("VEVENT").getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("連絡会；改行\nと記号, を含む");
        assertThat(event.getLocation().getValue()).isEqualTo("区役所3階 大会議室");
        assertThat(java.time.Instant.from(event.getDateTimeStart().getDate())).isEqualTo(inDays(8, 19));
        assertThat(event.getProperty("UID").orElseThrow().getValue()).startsWith("meeting-" + m.id() + "@");
        assertThatThrownBy(() -> files.meeting(member(fixtures.facility(fixtures.area(), FacilityType.CLINIC), Profession.PHYSICIAN), m.id()))
                .isInstanceOf(AccessRefusedException.class);

        String url = files.newFeed(nurse);
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        Calendar feed = new CalendarBuilder().build(new StringReader(files.feed(token).orElseThrow()));
        feed.validate();
        assertThat(feed.getComponents("VEVENT")).hasSize(1);
        assertThat(files.feed("x".repeat(30))).isEmpty();
        String renewed = files.newFeed(nurse);
        assertThat(files.feed(token)).as("the old token ends").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_feed WHERE token_hash = ?", Integer.class, CalendarFiles.hash(token)))
                .as("only the renewed token's hash is kept").isZero();
        assertThat(renewed).isNotEqualTo(url);
        String renewedToken = renewed.substring(renewed.lastIndexOf('/') + 1, renewed.length() - ".ics".length());
        assertThat(files.feed(renewedToken)).isPresent();
        members.suspend(w.area().admin(), nurse.memberId(), "調査中");
        assertThat(files.feed(renewedToken)).as("a suspended member's feed is dead, as their sessions are").isEmpty();
    }

    @Test
    void theAssociationsFiguresCountAttendanceByProfessionFacilityTypeAndMonthAndTheShareOfFacilities() {
        World w = world();
        Instant start = Instant.now().plus(Duration.ofMinutes(30));
        MeetingDetails m = events.plan(w.area().admin(), w.office(), plan("数える", start, null, Map.of(), Set.of()));
        Actor nurse = member(w.station(), Profession.NURSE);
        Actor doctor = member(w.clinic(), Profession.PHYSICIAN);
        events.register(nurse, m.id(), true);
        events.register(doctor, m.id(), true);
        events.markAttendance(w.area().admin(), m.id(), nurse.memberId(), true);
        int year = figures.currentFiscalYear();
        ParticipationFigures f = figures.figures(w.area().admin(), w.area().association().id(), year);
        assertThat(f.meetings()).singleElement().satisfies(p -> {
            assertThat(p.confirmed()).isEqualTo(2);
            assertThat(p.attended()).isEqualTo(1);
        });
        assertThat(f.byProfession()).containsExactly(Map.entry(Profession.NURSE, 1));
        assertThat(f.byFacilityType()).containsExactly(Map.entry(FacilityType.VISITING_NURSE_STATION, 1));
        assertThat(f.facilities()).isEqualTo(3);
        assertThat(f.facilitiesAttended()).isEqualTo(1);
        assertThat(f.share()).isEqualTo(33.3);
        assertThat(figures.chart(w.area().admin(), w.area().association().id(), year, k -> k)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(new String(figures.csv(w.area().admin(), w.area().association().id(), year, k -> k), java.nio.charset.StandardCharsets.UTF_8))
                .contains("数える", "33.3");
        assertThatThrownBy(() -> figures.figures(nurse, w.area().association().id(), year)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> figures.figures(fixtures.area().admin(), w.area().association().id(), year))
                .as("another association's office").isInstanceOf(AccessRefusedException.class);
    }
}
