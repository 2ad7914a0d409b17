package org.renkei.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.StompMember;
import org.renkei.directory.FacilityService;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationService;
import org.renkei.oncall.OnCallWorld.World;
import org.renkei.patient.Access;
import org.renkei.patient.PatientService;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.patient.SummaryService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.Translations;
import org.renkei.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cover through the services and STOMP: read access follows an accepted absence and ends with it (the clock moved past
 * the end refuses it), stays inside the consent, is logged as cover; calls and the morning report; the rota's gaps and
 * its refusals (non-physician, suspended clinic, overlapping duties, another association).
 */
@RenkeiTest
class OnCallIntegrationTest {

    @LocalServerPort int port;
    @Autowired OnCallWorld worlds;
    @Autowired CoverService covers;
    @Autowired CallService calls;
    @Autowired AbsenceService absences;
    @Autowired AgreementService agreements;
    @Autowired RotaService rota;
    @Autowired CoverPlanner planner;
    @Autowired CoverClock coverClock;
    @Autowired BriefService briefs;
    @Autowired PatientService patients;
    @Autowired SummaryService summaries;
    @Autowired PrimaryPhysicians primaries;
    @Autowired ConversationService conversations;
    @Autowired FacilityService facilities;
    @Autowired Accounts accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void coverAccessFollowsTheAbsenceStaysInsideTheConsentAndEndsWithThePeriod() throws Exception {
        World w = worlds.create();
        Instant now = Instant.now();
        long absence = worlds.absence(w, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)));

        WhoCovers who = covers.whoCovers(w.nurse(), w.patient());
        assertThat(who.now().getFirst().kind()).isEqualTo(ResponderKind.ABSENCE_COVER);
        assertThat(who.now().getFirst().memberId()).isEqualTo(w.coveringDoctor().memberId());
        assertThat(who.gaps()).isEmpty();
        assertThatThrownBy(() -> covers.whoCovers(w.outsider(), w.patient())).isInstanceOf(AccessRefusedException.class);

        assertThat(patients.open(w.coveringDoctor(), w.patient()).header().access()).isEqualTo(Access.COVER);
        assertThatThrownBy(() -> summaries.saveSummary(w.coveringDoctor(), w.patient(), 0, PatientSummary.empty(), null))
                .as("cover reads, never writes").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> patients.open(w.colleague(), w.patient())).as("only the asked doctor")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> patients.open(w.coveringDoctor(), w.excluding())).as("her consent excludes his clinic")
                .isInstanceOf(AccessRefusedException.class);

        List<CoverSheet> tonight = covers.tonight(w.coveringDoctor(), Translations.JAPANESE);
        CoverSheet sheet = tonight.stream().filter(s -> s.period().kind() == PeriodKind.ABSENCE && s.period().sourceId() == absence)
                .findFirst().orElseThrow();
        assertThat(sheet.briefs()).extracting(Brief::patientId).containsExactlyInAnyOrder(w.patient(), w.excluding());
        Brief excluded = sheet.briefs().stream().filter(b -> b.patientId() == w.excluding()).findFirst().orElseThrow();
        assertThat(excluded.outsideConsent()).isTrue();
        assertThat(excluded.diagnoses()).isEmpty();
        Brief full = sheet.briefs().stream().filter(b -> b.patientId() == w.patient()).findFirst().orElseThrow();
        assertThat(full.missing()).as("an empty summary lacks everything").contains("diagnoses", "entry", "last-visit");
        assertThat(absences.list(w.primary()).stream().filter(a -> a.id() == absence).findFirst().orElseThrow().outsideConsent())
                .as("the 主治医 is told to arrange her cover").hasSize(1);
        assertThat(covers.tonight(w.colleague(), Translations.JAPANESE)).isEmpty();

        CallInfo call = calls.record(w.coveringDoctor(), new CallService.NewCall(w.patient(), null, Caller.FAMILY,
                CallOutcome.PHONE_ADVICE, "発熱 38.2℃、頓用を指示"));
        assertThat(call.patientId()).isEqualTo(w.patient());
        assertThatThrownBy(() -> calls.record(w.coveringDoctor(), new CallService.NewCall(w.excluding(), null, Caller.FAMILY,
                CallOutcome.PHONE_ADVICE, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> calls.record(w.colleague(), new CallService.NewCall(w.patient(), null, Caller.FAMILY,
                CallOutcome.PHONE_ADVICE, null))).isInstanceOf(AccessRefusedException.class);

        // the clock moves past the end of the absence
        jdbc.update("UPDATE cover_absence SET starts_at = ?, ends_at = ? WHERE id = ?",
                java.sql.Timestamp.from(now.minus(Duration.ofHours(5))), java.sql.Timestamp.from(Instant.now().minusSeconds(1)), absence);
        assertThatThrownBy(() -> patients.open(w.coveringDoctor(), w.patient())).as("cover access ends with the period")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> calls.record(w.coveringDoctor(), new CallService.NewCall(w.patient(), null, Caller.FAMILY,
                CallOutcome.VISIT, null))).isInstanceOf(AccessRefusedException.class);
        assertThat(covers.tonight(w.coveringDoctor(), Translations.JAPANESE)).noneMatch(s -> s.period().sourceId() == absence);

        long coverReads = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND patient_id = ? AND action IN "
                + "('patient.viewed-cover', 'oncall.brief-viewed')", Long.class, w.coveringDoctor().memberId(), w.patient());
        assertThat(coverReads).as("the access log shows the cover reads").isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND patient_id = ? AND action = "
                + "'patient.access-refused'", Long.class, w.coveringDoctor().memberId(), w.patient())).isPositive();

        // the period is over: the report reaches the 主治医, who confirms it; it is posted in the patient's room
        jdbc.update("UPDATE cover_report SET period_end = ? WHERE id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                calls.reports(w.coveringDoctor()).getFirst().id());
        assertThat(coverClock.release(Instant.now())).isPositive();
        ReportInfo report = calls.reports(w.primary()).getFirst();
        assertThat(report.releasedAt()).isNotNull();
        assertThat(report.calls()).singleElement().extracting(CallInfo::outcome).isEqualTo(CallOutcome.PHONE_ADVICE);
        assertThat(report.allowed()).contains(OnCallAction.CONFIRM);
        assertThatThrownBy(() -> calls.confirm(w.coveringDoctor(), report.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> calls.confirm(w.outsider(), report.id())).isInstanceOf(AccessRefusedException.class);
        assertThat(calls.confirm(w.primary(), report.id()).confirmedAt()).isNotNull();
        assertThatThrownBy(() -> calls.confirm(w.primary(), report.id())).isInstanceOf(ConflictException.class);
        Conversation room = conversations.patientRoom(w.nurse(), w.patient());
        assertThat(jdbc.queryForList("SELECT body FROM message WHERE conversation_id = ? AND author_id = ?", String.class,
                room.id(), w.coveringDoctor().memberId())).anyMatch(b -> b.contains("発熱 38.2℃"));
    }

    @Test
    void theCoveringDoctorSubscribesToTheRoomOnlyWhileTheCoverLasts() throws Exception {
        World w = worlds.create();
        Conversation room = conversations.patientRoom(w.nurse(), w.patient());
        String topic = "/topic/conversations." + room.id();
        StompMember doctor = StompMember.login(accounts, w.coveringDoctor(), port);
        StompMember.Connection before = doctor.connect();
        before.subscribe(topic);
        assertThat(before.errors.poll(10, TimeUnit.SECONDS)).as("no cover yet").contains("not a member");

        long absence = worlds.absence(w, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(2)));
        StompMember.Connection during = doctor.connect();
        during.subscribeConfirmed(topic);
        during.disconnect();
        StompMember colleague = StompMember.login(accounts, w.colleague(), port);
        StompMember.Connection other = colleague.connect();
        other.subscribe(topic);
        assertThat(other.errors.poll(10, TimeUnit.SECONDS)).contains("not a member");

        jdbc.update("UPDATE cover_absence SET ends_at = ? WHERE id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(1)), absence);
        StompMember.Connection after = doctor.connect();
        after.subscribe(topic);
        assertThat(after.errors.poll(10, TimeUnit.SECONDS)).as("the cover ended").contains("not a member");
    }

    @Test
    void fortyEightHoursBeforeACoverTheDoctorIsToldWhichBriefsLackFieldsAndTheMinimalOnesAreLeftOut() {
        World w = worlds.create();
        Instant from = Instant.now().plus(Duration.ofHours(30));
        long absence = worlds.absence(w, from, from.plus(Duration.ofHours(10)));
        briefs.choose(w.primary(), w.excluding(), true);
        assertThatThrownBy(() -> briefs.choose(w.outsider(), w.patient(), true)).as("only the 主治医 or the managing clinic")
                .isInstanceOf(AccessRefusedException.class);
        assertThat(briefs.mine(w.primary(), Translations.JAPANESE)).filteredOn(BriefService.BriefStatus::minimal)
                .extracting(BriefService.BriefStatus::patientId).containsExactly(w.excluding());
        coverClock.run();
        assertThat(jdbc.queryForObject("SELECT briefs_checked_at IS NOT NULL FROM cover_absence WHERE id = ?", Boolean.class, absence))
                .isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT arguments FROM notice WHERE member_id = ? AND message_key = 'notice.oncall-briefs-incomplete'", String.class,
                w.primary().memberId())).as("one patient's full brief lacks fields; the minimal one is not counted")
                .singleElement().asString().startsWith("1\u001f"));
        coverClock.run();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE member_id = ? AND message_key = "
                + "'notice.oncall-briefs-incomplete'", Long.class, w.primary().memberId())).as("told once").isEqualTo(1);
    }

    @Test
    void refusalsOfAbsencesAndAgreements() {
        World w = worlds.create();
        Instant from = Instant.now().plus(Duration.ofDays(3));
        Instant to = from.plus(Duration.ofDays(1));
        assertThatThrownBy(() -> absences.declare(w.primary(), new AbsenceService.Declaration(w.agreement(),
                w.coveringNurse().memberId(), from, to, AbsenceReason.LEAVE, null, true, List.of())))
                .as("a nurse cannot cover a doctor").isInstanceOf(InvalidInputException.class).hasMessageContaining("not-a-physician");
        assertThatThrownBy(() -> absences.declare(w.primary(), new AbsenceService.Declaration(w.agreement(),
                w.outsider().memberId(), from, to, AbsenceReason.LEAVE, null, true, List.of())))
                .as("a doctor of a clinic outside the agreement").hasMessageContaining("not-a-physician");
        assertThatThrownBy(() -> absences.declare(w.outsider(), new AbsenceService.Declaration(w.agreement(),
                w.coveringDoctor().memberId(), from, to, AbsenceReason.LEAVE, null, true, List.of())))
                .isInstanceOf(AccessRefusedException.class);
        long someoneElses = worlds.create().patient();
        assertThatThrownBy(() -> absences.declare(w.primary(), new AbsenceService.Declaration(w.agreement(),
                w.coveringDoctor().memberId(), from, to, AbsenceReason.LEAVE, null, false, List.of(someoneElses))))
                .as("only one's own patients").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> agreements.propose(w.nurse(), new AgreementService.Proposal(AgreementKind.PAIR,
                w.covering().facilityId(), null, true, false, false, true, List.of(), 5, null)))
                .as("a nurse station is not a clinic").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> agreements.propose(w.primary(), new AgreementService.Proposal(AgreementKind.PAIR,
                w.covering().facilityId(), null, true, false, false, true, List.of(), 1, null)))
                .as("two patients, at most one").hasMessageContaining("too-many-patients");

        AbsenceInfo asked = absences.declare(w.primary(), new AbsenceService.Declaration(w.agreement(),
                w.colleague().memberId(), from, to, AbsenceReason.LEAVE, null, true, List.of()));
        assertThat(planner.whoCovers(List.of(primaries.find(w.patient())), from.plusSeconds(60)).getFirst().gaps())
                .as("not accepted: a gap, never silently covered").contains(WhoCovers.Gap.ABSENCE_NOT_ACCEPTED);
        facilities.suspend(w.area().admin(), w.covering().facilityId(), "テスト");
        assertThatThrownBy(() -> absences.declare(w.primary(), new AbsenceService.Declaration(w.agreement(),
                w.coveringDoctor().memberId(), from.plus(Duration.ofDays(2)), to.plus(Duration.ofDays(2)), AbsenceReason.LEAVE,
                null, true, List.of()))).as("a suspended clinic does not cover").isInstanceOf(InvalidInputException.class);
        assertThat(asked.status()).isEqualTo(AbsenceStatus.DECLARED);
    }

    @Test
    void theRotaShowsGapsAndRefusesOverlapsNonPhysiciansAndOtherAssociations() {
        World w = worlds.create();
        long pool = agreements.ensurePool(w.area().admin(), w.area().districtId(), "テスト輪番");
        agreements.accept(w.area().admin(), agreements.propose(w.primary(), new AgreementService.Proposal(AgreementKind.POOL, null,
                pool, true, true, false, true, List.of(), 10, null)).id());
        agreements.accept(w.area().admin(), agreements.propose(w.coveringDoctor(), new AgreementService.Proposal(AgreementKind.POOL,
                null, pool, true, true, false, true, List.of(), 10, null)).id());
        YearMonth month = YearMonth.now(org.renkei.platform.TimeConfiguration.TOKYO);
        int planned = rota.planMonth(w.area().admin(), pool, month) + rota.planMonth(w.area().admin(), pool, month.plusMonths(1));
        assertThat(planned).isGreaterThan(28);
        assertThat(rota.planMonth(w.area().admin(), pool, month)).as("planned once").isZero();
        Instant now = Instant.now();
        List<SlotInfo> future = rota.month(w.area().admin(), pool, month.plusMonths(1));
        SlotInfo first = future.get(0);
        SlotInfo second = future.get(1);
        assertThat(first.gap()).isTrue();

        Instant during = first.startsAt().plusSeconds(60);
        assertThat(planner.whoCovers(List.of(primaries.find(w.patient())), during).getFirst().gaps())
                .contains(WhoCovers.Gap.ROTA_SLOT_EMPTY);
        assertThatThrownBy(() -> rota.assign(w.primary(), first.id(), w.primary().memberId(), null))
                .as("only the association fills the rota").isInstanceOf(AccessRefusedException.class);
        World elsewhere = worlds.create();
        assertThatThrownBy(() -> rota.assign(elsewhere.area().admin(), first.id(), w.primary().memberId(), null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> rota.month(w.outsider(), pool, month)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> rota.assign(w.area().admin(), first.id(), w.coveringNurse().memberId(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not-a-physician");
        assertThatThrownBy(() -> rota.assign(w.area().admin(), first.id(), w.outsider().memberId(), null))
                .as("not a clinic of the pool").hasMessageContaining("not-a-physician");

        rota.assign(w.area().admin(), first.id(), w.primary().memberId(), w.coveringDoctor().memberId());
        WhoCovers covered = planner.whoCovers(List.of(primaries.find(w.patient())), during).getFirst();
        assertThat(covered.gaps()).doesNotContain(WhoCovers.Gap.ROTA_SLOT_EMPTY);
        assertThat(covered.now()).extracting(Responder::kind).contains(ResponderKind.ROTA, ResponderKind.ROTA_BACKUP);

        // one doctor, one duty at a time: an absence accepted over the second slot, then the slot refused
        long absence = worlds.absence(w, second.startsAt(), second.endsAt());
        assertThatThrownBy(() -> rota.assign(w.area().admin(), second.id(), w.coveringDoctor().memberId(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("doctor-busy");
        AbsenceInfo overFirst = absences.declare(w.primary(), new AbsenceService.Declaration(w.agreement(),
                w.colleague().memberId(), first.startsAt(), first.endsAt(), AbsenceReason.LEAVE, null, true, List.of()));
        assertThat(absences.accept(w.colleague(), overFirst.id()).status()).as("the colleague is free").isEqualTo(AbsenceStatus.ACCEPTED);
        assertThatThrownBy(() -> absences.declare(w.primary(), new AbsenceService.Declaration(w.agreement(),
                w.colleague().memberId(), first.startsAt(), first.endsAt(), AbsenceReason.LEAVE, null, true, List.of())))
                .as("one absence at a time").isInstanceOf(ConflictException.class).hasMessageContaining("absence-overlaps");
        absences.cancel(w.primary(), overFirst.id());
        AbsenceInfo overBackup = absences.declare(w.primary(), new AbsenceService.Declaration(w.agreement(),
                w.coveringDoctor().memberId(), first.startsAt(), first.endsAt().minusSeconds(1), AbsenceReason.LEAVE, null, true,
                List.of()));
        assertThatThrownBy(() -> absences.accept(w.coveringDoctor(), overBackup.id())).as("backing up the first slot")
                .isInstanceOf(ConflictException.class).hasMessageContaining("doctor-busy");
        assertThat(absence).isPositive();
        assertThat(now).isBefore(first.endsAt());
    }
}
