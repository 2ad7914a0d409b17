package org.renkei.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.beds.BedWorld.World;
import org.renkei.beds.internal.BedProgramme;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.PatientRegistration;
import org.renkei.patient.RegistrationService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup beds through the services: each rule of the programme refused with its name (age, purpose and respite, the gap
 * after a stay), the team drafts and only the 主治医 confirms, only the addressed hospital answers, a request with no
 * answer in time expires and offers the next hospital, the whole life of a stay, who sees what (the association sees no
 * patient), the live board, registrations.
 */
@RenkeiTest
class BedsIntegrationTest {

    @Autowired BedWorld worlds;
    @Autowired BedRequestService requests;
    @Autowired BedRequestQueries queries;
    @Autowired AvailabilityService availability;
    @Autowired ProgrammeService programmes;
    @Autowired PreRegistrationService registrations;
    @Autowired BedFiguresService figures;
    @Autowired BedDocumentService documents;
    @Autowired BedBoardFeed feed;
    @Autowired BedClock clock;
    @Autowired RegistrationService patientRegistrations;
    @Autowired CareTeamService teams;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures fixtures;

    @Test
    void eachRuleOfTheProgrammeIsRefusedWithItsName() {
        World w = worlds.create();
        assertThatThrownBy(() -> requests.request(w.nurse(), new BedRequestService.NewRequest(w.patient(), w.hospitalA(),
                Purpose.RESPITE, Urgency.WITHIN_48H, Transport.FAMILY, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("beds.rule.no-respite")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactly("purpose"));

        PatientRegistration adult = Fixtures.registration(org.renkei.patient.ConsentModel.BLANKET, List.of(), List.of());
        long child = patientRegistrations.register(w.nurse(), new PatientRegistration(adult.name(), adult.nameKana(),
                LocalDate.now(TimeConfiguration.TOKYO).minusYears(9), adult.sex(), null, "東京都テスト区", null, TeamRole.VISITING_NURSE,
                adult.consent(), null));
        teams.addMember(w.nurse(), child, w.doctor().memberId(), TeamRole.PRIMARY_PHYSICIAN);
        assertThatThrownBy(() -> requests.request(w.nurse(), new BedRequestService.NewRequest(child, w.hospitalA(), Purpose.PNEUMONIA,
                Urgency.TODAY, Transport.FAMILY, null))).hasMessageContaining("beds.rule.min-age");

        long excluding = fixtures.patient(w.nurse(), w.a().facilityId());
        teams.addMember(w.nurse(), excluding, w.doctor().memberId(), TeamRole.PRIMARY_PHYSICIAN);
        assertThatThrownBy(() -> requests.request(w.nurse(), new BedRequestService.NewRequest(excluding, w.hospitalA(),
                Purpose.PNEUMONIA, Urgency.TODAY, Transport.FAMILY, null))).hasMessageContaining("beds.consent-excludes-hospital");

        // a stay that ended ten days ago: thirty days must pass
        RequestInfo r = worlds.request(requests, w, w.hospitalA(), true);
        requests.accept(w.mswA(), r.id(), Instant.now().plus(Duration.ofHours(1)));
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        requests.admit(w.mswA(), r.id(), today);
        requests.discharge(w.mswA(), r.id(), today);
        jdbc.update("UPDATE bed_request SET admitted_on = ?, discharged_on = ? WHERE id = ?", today.minusDays(14), today.minusDays(10),
                r.id());
        assertThatThrownBy(() -> worlds.request(requests, w, w.hospitalB(), false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("beds.rule.reuse-gap");
        jdbc.update("UPDATE bed_request SET admitted_on = ?, discharged_on = ? WHERE id = ?", today.minusDays(40), today.minusDays(31),
                r.id());
        assertThat(worlds.request(requests, w, w.hospitalB(), false).status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void theTeamDraftsTheDoctorConfirmsTheHospitalAnswersAndAStayIsRecorded() {
        World w = worlds.create();
        RequestInfo draft = worlds.request(requests, w, w.hospitalA(), false);
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(queries.forHospital(w.mswA())).as("a draft is not sent").noneMatch(r -> r.id() == draft.id());
        assertThatThrownBy(() -> requests.confirm(w.nurse(), draft.id())).as("only the 主治医 confirms")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> requests.confirm(w.outsider(), draft.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> requests.request(w.outsider(), new BedRequestService.NewRequest(w.patient(), w.hospitalA(),
                Purpose.PNEUMONIA, Urgency.TODAY, Transport.FAMILY, null))).as("not on the team").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> worlds.request(requests, w, w.hospitalB(), false)).as("one request under way")
                .isInstanceOf(ConflictException.class).hasMessageContaining("beds.request-under-way");

        RequestInfo sent = requests.confirm(w.doctor(), draft.id());
        assertThat(sent.status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(sent.dueAt()).isBetween(Instant.now().plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));
        assertThat(queries.forHospital(w.mswA())).anyMatch(r -> r.id() == draft.id());
        assertThat(queries.details(w.mswA(), draft.id()).patientName()).as("the addressed hospital reads the request").isNotBlank();
        assertThatThrownBy(() -> queries.details(w.mswB(), draft.id())).as("another programme hospital does not")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> requests.accept(w.mswB(), draft.id(), Instant.now().plus(Duration.ofHours(1))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> requests.decline(w.mswA(), draft.id(), DeclineReason.OTHER, " ")).as("その他 needs words")
                .isInstanceOf(InvalidInputException.class);
        assertThat(documents.referral(w.mswA(), draft.id(), Translations.JAPANESE).content()).startsWith("%PDF-".getBytes());

        requests.accept(w.mswA(), draft.id(), Instant.now().plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> requests.decline(w.mswA(), draft.id(), DeclineReason.FULL, null)).isInstanceOf(ConflictException.class);
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        assertThatThrownBy(() -> requests.admit(w.mswA(), draft.id(), today.plusDays(1))).isInstanceOf(InvalidInputException.class);
        requests.admit(w.mswA(), draft.id(), today);
        RequestInfo admitted = queries.details(w.nurse(), draft.id());
        assertThat(admitted.allowed()).contains(BedAction.OPEN_ADMISSION_HANDOFF);
        assertThat(admitted.timeline()).extracting(RequestInfo.Step::step).containsExactly("DRAFTED", "SENT", "ACCEPTED", "ADMITTED");
        requests.discharge(w.mswA(), draft.id(), today);

        List<BedMonth> months = figures.months(w.area().admin(), w.programme(), YearMonth.now(TimeConfiguration.TOKYO),
                YearMonth.now(TimeConfiguration.TOKYO));
        assertThat(months.getFirst().requests()).isEqualTo(1);
        assertThat(months.getFirst().accepted()).isEqualTo(1);
        assertThat(months.getFirst().admitted()).isEqualTo(1);
        assertThatThrownBy(() -> figures.months(w.doctor(), w.programme(), YearMonth.now(), YearMonth.now()))
                .isInstanceOf(AccessRefusedException.class);
        List<RequestOverview> overview = queries.overview(w.area().admin());
        assertThat(overview).anyMatch(o -> o.id() == draft.id());
        assertThatThrownBy(() -> queries.details(w.area().admin(), draft.id())).as("the association sees no clinical content")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> queries.overview(w.nurse())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void noAnswerInTimeExpiresAndOffersTheNextHospitalWithFreeBeds() {
        World w = worlds.create();
        RequestInfo sent = worlds.request(requests, w, w.hospitalB(), true);
        assertThatThrownBy(() -> requests.forward(w.doctor(), sent.id(), w.hospitalA())).as("not before it ends")
                .isInstanceOf(ConflictException.class);
        jdbc.update("UPDATE bed_request SET due_at = ? WHERE id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(1)), sent.id());
        assertThat(clock.expire(Instant.now())).isPositive();
        RequestInfo expired = queries.details(w.doctor(), sent.id());
        assertThat(expired.status()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(expired.allowed()).contains(BedAction.FORWARD);
        assertThat(requests.nextHospitals(w.doctor(), sent.id())).extracting(HospitalInfo::id).containsExactly(w.hospitalA());
        assertThatThrownBy(() -> requests.forward(w.doctor(), sent.id(), w.hospitalB())).as("asked before")
                .hasMessageContaining("beds.asked-before");
        assertThatThrownBy(() -> requests.forward(w.outsider(), sent.id(), w.hospitalA())).isInstanceOf(AccessRefusedException.class);
        RequestInfo next = requests.forward(w.nurse(), sent.id(), w.hospitalA());
        assertThat(next.status()).as("sent at once: the doctor confirmed the first").isEqualTo(RequestStatus.REQUESTED);
        assertThat(next.previousId()).isEqualTo(sent.id());
        assertThat(queries.details(w.doctor(), sent.id())).satisfies(d -> {
            assertThat(d.nextId()).isEqualTo(next.id());
            assertThat(d.allowed()).as("sent on once: the request itself says so").doesNotContain(BedAction.FORWARD);
        });
        assertThatThrownBy(() -> requests.forward(w.doctor(), sent.id(), w.hospitalA())).hasMessageContaining("beds.already-forwarded");
        requests.decline(w.mswA(), next.id(), DeclineReason.FULL, null);
        assertThat(requests.nextHospitals(w.doctor(), next.id())).as("both asked: none left").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'beds.request-expired' AND patient_id = ?",
                Long.class, w.patient())).isEqualTo(1);
    }

    @Test
    void inTheDesksHoursARequestPassesTheDeskWhichSeesNoPatientAndNeverHoldsItPastTheAnswerTime() {
        World w = worlds.create();
        long office = jdbc.queryForObject("SELECT run_by_facility_id FROM bed_programme WHERE id = ?", Long.class, w.programme());
        RequestInfo first = worlds.request(requests, w, w.hospitalA(), false);
        // confirmed in the desk's hours (the service decides by the clock; here the row says so)
        jdbc.update("UPDATE bed_request SET status = 'AT_DESK', desk_facility_id = ?, at_desk_since = ? WHERE id = ?", office,
                java.sql.Timestamp.from(Instant.now()), first.id());
        assertThat(queries.forHospital(w.mswA())).as("the hospital sees it once the desk passes it on").noneMatch(r -> r.id() == first.id());
        assertThatThrownBy(() -> queries.details(w.mswA(), first.id())).isInstanceOf(AccessRefusedException.class);
        RequestOverview atDesk = queries.overview(w.area().admin()).stream().filter(o -> o.id() == first.id()).findFirst().orElseThrow();
        assertThat(atDesk.mayPassOn()).isTrue();
        assertThat(atDesk.status()).isEqualTo(RequestStatus.AT_DESK);
        assertThatThrownBy(() -> requests.passOn(w.mswA(), first.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> requests.passOn(w.nurse(), first.id())).isInstanceOf(ConflictException.class);
        assertThat(requests.passOn(w.area().admin(), first.id()).status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(queries.forHospital(w.mswA())).anyMatch(r -> r.id() == first.id());
        assertThat(queries.details(w.nurse(), first.id()).timeline()).extracting(RequestInfo.Step::step).contains("SENT");

        requests.withdraw(w.doctor(), first.id());
        RequestInfo second = worlds.request(requests, w, w.hospitalA(), false);
        jdbc.update("UPDATE bed_request SET status = 'AT_DESK', desk_facility_id = ?, at_desk_since = ? WHERE id = ?", office,
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(31))), second.id());
        assertThat(clock.sendOnFromDesks(Instant.now())).as("30 minutes at the desk: the portal sends it on").isPositive();
        assertThat(queries.details(w.mswA(), second.id()).status()).isEqualTo(RequestStatus.REQUESTED);
    }

    @Test
    void onlyTheNamedStaffOfTheHospitalAreToldOfARequest() {
        World w = worlds.create();
        programmes.setResponders(w.area().admin(), w.hospitalA(), List.of(w.mswA().memberId()));
        assertThatThrownBy(() -> programmes.setResponders(w.area().admin(), w.hospitalA(), List.of(w.mswB().memberId())))
                .as("only the hospital's staff").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> programmes.setResponders(w.nurse(), w.hospitalA(), List.of(w.mswA().memberId())))
                .isInstanceOf(AccessRefusedException.class);
        RequestInfo sent = worlds.request(requests, w, w.hospitalA(), true);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM notice WHERE member_id = ? AND message_key = 'notice.beds-request-received' AND link = ?",
                Long.class, w.mswA().memberId(), "beds/requests/" + sent.id())).isEqualTo(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE member_id = ? AND message_key = 'notice.beds-request-received'",
                Long.class, w.a().admin().memberId())).as("the hospital's other staff are not").isZero();
    }

    @Test
    void onlyTheHospitalsStaffUpdateItsFreeBedsAndEveryOpenBoardHearsAtOnce() {
        World w = worlds.create();
        List<BedEvent.AvailabilityUpdated> heard = new CopyOnWriteArrayList<>();
        Runnable stop = feed.listen(w.area().association().id(), heard::add);
        try {
            assertThatThrownBy(() -> availability.update(w.mswC(), w.hospitalA(), 3)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> availability.update(w.doctor(), w.hospitalA(), 3)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> availability.update(w.mswA(), w.hospitalA(), -1)).isInstanceOf(InvalidInputException.class);
            HospitalInfo h = availability.update(w.mswA(), w.hospitalA(), 3);
            assertThat(h.freeBeds()).isEqualTo(3);
            assertThat(h.fresh()).isTrue();
            assertThat(heard).singleElement().extracting(BedEvent.AvailabilityUpdated::freeBeds).isEqualTo(3);
            jdbc.update("UPDATE bed_hospital SET free_updated_at = ? WHERE id = ?",
                    java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(25))), w.hospitalB());
            List<HospitalInfo> board = availability.board(w.nurse());
            assertThat(board).filteredOn(x -> x.id() == w.hospitalB()).singleElement().extracting(HospitalInfo::fresh).isEqualTo(false);
            assertThat(board.getFirst().id()).as("fresh figures first, most free beds first").isEqualTo(w.hospitalA());
        } finally {
            stop.run();
        }
    }

    @Test
    void aPatientIsRegisteredAtTwoHospitalsAtMostAndTheHospitalAcknowledges() {
        World w = worlds.create();
        LocalDate review = LocalDate.now(TimeConfiguration.TOKYO).plusMonths(3);
        assertThatThrownBy(() -> registrations.register(w.outsider(), w.patient(), w.hospitalA(), review, Translations.JAPANESE))
                .isInstanceOf(AccessRefusedException.class);
        RegistrationInfo r = registrations.register(w.doctor(), w.patient(), w.hospitalA(), review, Translations.JAPANESE);
        assertThat(registrations.forHospital(w.mswA(), Translations.JAPANESE)).filteredOn(x -> x.id() == r.id()).singleElement()
                .satisfies(x -> {
                    assertThat(x.sheet()).isNotNull();
                    assertThat(x.mayAcknowledge()).isTrue();
                });
        assertThatThrownBy(() -> registrations.acknowledge(w.mswB(), r.id(), Translations.JAPANESE)).isInstanceOf(AccessRefusedException.class);
        registrations.acknowledge(w.mswA(), r.id(), Translations.JAPANESE);
        assertThatThrownBy(() -> registrations.register(w.doctor(), w.patient(), w.hospitalA(), review, Translations.JAPANESE))
                .isInstanceOf(ConflictException.class);
        registrations.register(w.doctor(), w.patient(), w.hospitalB(), review, Translations.JAPANESE);
        long third = programmes.addHospital(w.area().admin(), w.programme(), w.c().facilityId(), 1, "03-0000-0003", "平日").hospitals()
                .stream().filter(h -> h.facilityId() == w.c().facilityId()).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> registrations.register(w.doctor(), w.patient(), third, review, Translations.JAPANESE))
                .hasMessageContaining("beds.registered-enough");
        assertThatThrownBy(() -> programmes.create(w.nurse(), w.area().districtId(), "x", new BedProgramme.Rules(null,
                EnumSet.of(Purpose.PNEUMONIA), 14, 0, null, false, 30, 240))).isInstanceOf(AccessRefusedException.class);
    }
}
