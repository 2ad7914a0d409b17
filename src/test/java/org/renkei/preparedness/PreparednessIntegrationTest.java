package org.renkei.preparedness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.PatientService;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.SummaryDiff;
import org.renkei.patient.SummaryHistoryService;
import org.renkei.patient.SummaryService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans, the register and disaster mode through the services: a plan drafted by the nurse, confirmed by the 主治医 and the
 * 区, a grant only then; a device change in the summary marks it 要見直し and shows in the summary's history; the 区 sees
 * its register and nothing else; a checker sees only their own users during an event; each refusal.
 */
@RenkeiTest
class PreparednessIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanService plans;
    @Autowired PlanQueries queries;
    @Autowired PlanDocumentService documents;
    @Autowired DisasterService disasters;
    @Autowired BoardQueries boards;
    @Autowired CareTeamService teams;
    @Autowired SummaryService summaries;
    @Autowired SummaryHistoryService history;
    @Autowired PatientService patients;
    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;
    @Autowired PrepClock prepClock;
    @Autowired PlatformTransactionManager transactions;

    private PrepWorld world() {
        return PrepWorld.create(fixtures, teams, summaries);
    }

    private PlanDetails confirmed(PrepWorld w) {
        PlanDetails p = plans.start(w.nurse(), w.patient());
        p = plans.saveDevices(w.nurse(), p.id(), p.summaryVersion(), PrepWorld.profile(480));
        plans.confirmMedical(w.doctor(), p.id());
        plans.submit(w.nurse(), p.id());
        return plans.recordConsent(w.hokenshi(), p.id(), "妻 試験 花子");
    }

    @Test
    void aPlanIsDraftedConfirmedAndGrantedAndADeviceChangeInTheSummaryMarksItForReview() {
        PrepWorld w = world();
        PlanDetails p = plans.start(w.nurse(), w.patient());
        assertThat(p.state()).isEqualTo(PlanState.DRAFT);
        assertThat(p.deskFacilityId()).as("the district's desk owns it").isEqualTo(w.desk().facilityId());
        assertThat(p.medical().devices()).as("read from the summary").contains(PatientSummary.Device.VENTILATOR);
        assertThatThrownBy(() -> plans.start(w.nurse(), w.patient())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> plans.grant(w.hokenshi(), p.id(), GrantItem.GENERATOR, "IG-900", null, LocalDate.now(), null))
                .as("no grant before the plan is confirmed").isInstanceOf(ConflictException.class);

        int before = p.summaryVersion();
        PlanDetails withDevices = plans.saveDevices(w.nurse(), p.id(), before, PrepWorld.profile(480));
        assertThat(withDevices.summaryVersion()).isEqualTo(before + 1);
        assertThat(withDevices.deviceProfile().batteryRuntimeMinutes()).isEqualTo(180 + 2 * 480);
        SummaryDiff diff = history.diff(w.nurse(), w.patient(), before, before + 1, k -> k);
        assertThat(diff.sections()).extracting(SummaryDiff.SectionChange::section).containsExactly("devices");

        plans.confirmMedical(w.doctor(), p.id());
        assertThatThrownBy(() -> plans.recordConsent(w.hokenshi(), p.id(), "妻")).as("submitted first").isInstanceOf(ConflictException.class);
        plans.submit(w.nurse(), p.id());
        assertThatThrownBy(() -> plans.recordConsent(w.nurse(), p.id(), "妻")).as("the 区 confirms").isInstanceOf(ConflictException.class);
        PlanDetails confirmed = plans.recordConsent(w.hokenshi(), p.id(), "妻 試験 花子");
        assertThat(confirmed.state()).isEqualTo(PlanState.CONFIRMED);
        assertThat(confirmed.reviewDue()).isEqualTo(LocalDate.now(TimeConfiguration.TOKYO).plusYears(1));
        assertThat(confirmed.versions()).hasSize(1);
        PlanDetails granted = plans.grant(w.hokenshi(), p.id(), GrantItem.GENERATOR, "IG-900", "S-1", LocalDate.now(), null);
        assertThat(granted.grants()).singleElement().satisfies(g -> assertThat(g.item()).isEqualTo(GrantItem.GENERATOR));
        assertThatThrownBy(() -> plans.grant(w.nurse(), p.id(), GrantItem.BATTERY, "B", null, LocalDate.now(), null))
                .isInstanceOf(ConflictException.class);

        // a summary saved without a device change leaves the plan as it was
        var current = patients.open(w.nurse(), w.patient()).current();
        summaries.saveSummary(w.nurse(), w.patient(), current.info().version(), withNotes(current.summary(), "夜間は妻が対応"), null);
        assertThat(queries.details(w.nurse(), p.id()).state()).isEqualTo(PlanState.CONFIRMED);
        // a changed battery is a device change: 要見直し
        current = patients.open(w.nurse(), w.patient()).current();
        summaries.saveSummary(w.nurse(), w.patient(), current.info().version(),
                current.summary().withDeviceProfile(PrepWorld.profile(240)), "外部バッテリー交換");
        PlanDetails review = queries.details(w.hokenshi(), p.id());
        assertThat(review.state()).isEqualTo(PlanState.NEEDS_REVIEW);
        assertThat(review.reviewReason()).isEqualTo(ReviewReason.DEVICE_CHANGED);
        assertThat(queries.deskDue(w.hokenshi())).isEqualTo(new PlanQueries.DeskDue(1, 0));
        assertThat(queries.deskDue(w.nurse())).as("not a desk").isEqualTo(new PlanQueries.DeskDue(0, 0));
        assertThatThrownBy(() -> plans.grant(w.hokenshi(), p.id(), GrantItem.BATTERY, "B", null, LocalDate.now(), null))
                .isInstanceOf(ConflictException.class);

        byte[] pdf = documents.planPdf(w.nurse(), p.id(), Locale.JAPANESE).content();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String csv = new String(documents.registerCsv(w.hokenshi(), Locale.JAPANESE).content(), StandardCharsets.UTF_8);
        assertThat(csv).contains(review.patientName(), "要見直し", "11h");
    }

    private static PatientSummary withNotes(PatientSummary s, String notes) {
        return new PatientSummary(s.problems(), s.medications(), s.allergies(), s.contraindications(), s.careLevel(),
                s.careLevelValidUntil(), s.independence(), s.dementia(), s.adl(), s.devices(), s.deviceNotes(), s.contacts(), s.acp(),
                s.safetyFlags(), s.paediatric(), notes, s.onCall(), s.deviceProfile());
    }

    @Test
    void theDeskSeesItsRegisterAndNothingElse() {
        PrepWorld w = world();
        PlanDetails p = confirmed(w);
        long excluding = PrepWorld.ventilated(fixtures, teams, summaries, w.nurse(), w.doctor(), w.desk().facilityId());
        PlanDetails hidden = plans.start(w.nurse(), excluding);

        assertThat(queries.register(w.hokenshi())).extracting(RegisterRow::patientId).as("the consent that leaves the desk out hides")
                .containsExactly(w.patient());
        assertThatThrownBy(() -> queries.details(w.hokenshi(), hidden.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> patients.open(w.hokenshi(), w.patient())).as("the register is not the record")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> plans.edit(w.hokenshi(), hidden.id(), hidden.content())).isInstanceOf(AccessRefusedException.class);

        PrepWorld other = world();
        plans.start(other.nurse(), other.patient());
        assertThat(queries.register(other.hokenshi())).extracting(RegisterRow::patientId).as("another association's desk")
                .containsExactly(other.patient()).doesNotContain(w.patient());
        assertThatThrownBy(() -> queries.details(other.hokenshi(), p.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> queries.details(w.outsider(), p.id())).as("a clinic off the team").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> queries.register(w.outsider())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> queries.register(w.nurse())).as("a team member has plans, not the register")
                .isInstanceOf(AccessRefusedException.class);
        assertThat(queries.mine(w.nurse())).extracting(RegisterRow::patientId).contains(w.patient(), excluding);
        assertThatThrownBy(() -> queries.register(w.area().admin())).as("the association's office reads no register")
                .isInstanceOf(AccessRefusedException.class);

        Actor colleague = fixtures.actor(fixtures.member(w.station(), Profession.NURSE).id());
        teams.addMember(w.nurse(), w.patient(), colleague.memberId(), TeamRole.VISITING_NURSE);
        assertThat(queries.details(colleague, p.id()).allowed()).contains(PlanAction.REVISE);
        members.suspend(w.area().admin(), colleague.memberId(), "試験");
        assertThatThrownBy(() -> queries.details(colleague, p.id())).as("a suspended member").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> plans.revise(colleague, p.id())).isInstanceOf(AccessRefusedException.class);
    }

    /**
     * The family's PDF, the register's CSV and its printed list are read by exactly those who read the plan and the
     * register: a clinic off the team, another association's desk, the association's office and a suspended team member
     * get none of them, and a team member gets the plan's PDF but not the register.
     */
    @Test
    void thePapersOfAPlanAndTheRegisterAreRefusedAsThePagesAre() {
        PrepWorld w = world();
        PlanDetails p = confirmed(w);
        PrepWorld other = world();
        Actor colleague = fixtures.actor(fixtures.member(w.station(), Profession.NURSE).id());
        teams.addMember(w.nurse(), w.patient(), colleague.memberId(), TeamRole.VISITING_NURSE);
        assertThat(documents.planPdf(colleague, p.id(), Locale.JAPANESE).content()).isNotEmpty();
        members.suspend(w.area().admin(), colleague.memberId(), "試験");

        for (Actor refused : List.of(w.outsider(), other.hokenshi(), w.area().admin(), colleague)) {
            assertThatThrownBy(() -> documents.planPdf(refused, p.id(), Locale.JAPANESE)).as("the plan's PDF to " + refused.loginId())
                    .isInstanceOf(AccessRefusedException.class);
        }
        for (Actor refused : List.of(w.outsider(), w.nurse(), w.area().admin(), colleague)) {
            assertThatThrownBy(() -> documents.registerCsv(refused, Locale.JAPANESE)).as("the register's CSV to " + refused.loginId())
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> documents.registerPdf(refused, Locale.JAPANESE)).as("the register's list to " + refused.loginId())
                    .isInstanceOf(AccessRefusedException.class);
        }
        String theirs = new String(documents.registerCsv(other.hokenshi(), Locale.JAPANESE).content(), StandardCharsets.UTF_8);
        assertThat(theirs).as("another association's desk: its own register only").doesNotContain(p.patientName());
        assertThat(new String(documents.registerCsv(w.hokenshi(), Locale.JAPANESE).content(), StandardCharsets.UTF_8))
                .contains(p.patientName());
    }

    @Test
    void inADisasterACheckerSeesOnlyTheirUsersAndTheDeskSeesEveryCheckLive() {
        PrepWorld w = world();
        PlanDetails first = confirmed(w);
        long second = PrepWorld.ventilated(fixtures, teams, summaries, w.nurse(), w.doctor());
        PlanDetails secondPlan = plans.start(w.nurse(), second);
        Actor checker2 = fixtures.actor(fixtures.member(w.desk(), Profession.PUBLIC_HEALTH_NURSE).id());
        plans.assignChecker(w.hokenshi(), first.id(), w.nurse().memberId());
        plans.assignChecker(w.hokenshi(), secondPlan.id(), checker2.memberId());
        assertThatThrownBy(() -> plans.assignChecker(w.hokenshi(), first.id(), w.outsider().memberId()))
                .as("a checker from the desk or the team").isInstanceOf(org.renkei.platform.InvalidInputException.class);
        assertThatThrownBy(() -> plans.assignChecker(w.nurse(), first.id(), w.nurse().memberId())).isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> disasters.declare(w.outsider(), w.area().districtId(), EventKind.BLACKOUT, "停電", null))
                .isInstanceOf(AccessRefusedException.class);
        EventInfo e = disasters.declare(w.hokenshi(), w.area().districtId(), EventKind.BLACKOUT, "北部 停電", null);
        assertThat(e.counts().get(CheckState.UNCHECKED)).isEqualTo(2);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT message_key FROM notice WHERE member_id = ? AND link = ?", String.class, w.nurse().memberId(),
                "preparedness/events/" + e.id())).as("the checker's urgent notice").containsExactly("notice.preparedness-declared"));

        Board mine = boards.board(w.nurse(), e.id());
        assertThat(mine.rows()).extracting(Board.Row::patientId).containsExactly(w.patient());
        assertThat(mine.log()).as("the record is the desk's").isEmpty();
        long nurseCheck = mine.rows().getFirst().checkId();
        long otherCheck = boards.board(w.hokenshi(), e.id()).rows().stream().filter(r -> r.patientId() == second).findFirst()
                .orElseThrow().checkId();
        assertThatThrownBy(() -> disasters.record(w.nurse(), e.id(), otherCheck, CheckState.SAFE, null, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> boards.board(w.outsider(), e.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> boards.board(w.doctor(), e.id())).as("the team's doctor checks nobody here")
                .isInstanceOf(AccessRefusedException.class);

        disasters.acknowledge(w.nurse(), e.id(), nurseCheck);
        disasters.record(w.nurse(), e.id(), nurseCheck, CheckState.NEEDS_HELP, 3, "外部バッテリー稼働中");
        Board desk = boards.board(w.hokenshi(), e.id());
        assertThat(desk.rows()).hasSize(2);
        assertThat(desk.rows()).filteredOn(r -> r.checkId() == nurseCheck).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(CheckState.NEEDS_HELP);
            assertThat(r.hoursLeft()).isEqualTo(3);
            assertThat(r.acknowledgedAt()).isNotNull();
        });
        assertThat(desk.log()).extracting(Board.LogLine::step).containsExactly("DECLARED", "ACKNOWLEDGED", "RECORDED");
        Board office = boards.board(w.area().admin(), e.id());
        assertThat(office.rows()).as("the association sees counts, no names").isEmpty();
        assertThat(office.event().counts().get(CheckState.NEEDS_HELP)).isEqualTo(1);
        assertThatThrownBy(() -> disasters.record(w.area().admin(), e.id(), otherCheck, CheckState.SAFE, null, null))
                .as("the office declares and ends, it does not record a patient's check").isInstanceOf(AccessRefusedException.class);

        assertThat(disasters.remindUnchecked(Instant.now().plus(Duration.ofMinutes(31)))).as("checker2's user is still unchecked")
                .isGreaterThanOrEqualTo(1);
        assertThat(boards.board(w.hokenshi(), e.id()).log()).extracting(Board.LogLine::step).contains("REMINDED");

        members.suspend(w.area().admin(), checker2.memberId(), "試験");
        assertThatThrownBy(() -> disasters.record(checker2, e.id(), otherCheck, CheckState.SAFE, null, null))
                .as("a suspended checker").isInstanceOf(AccessRefusedException.class);
        disasters.end(w.hokenshi(), e.id(), "固定電話以外の連絡先を追加する");
        assertThatThrownBy(() -> disasters.record(w.nurse(), e.id(), nurseCheck, CheckState.SAFE, null, null))
                .isInstanceOf(ConflictException.class);
        assertThat(boards.events(w.nurse())).extracting(EventInfo::id).as("a checker reads the users during the event only")
                .doesNotContain(e.id());
        assertThatThrownBy(() -> boards.board(w.nurse(), e.id())).isInstanceOf(AccessRefusedException.class);
        assertThat(boards.board(w.hokenshi(), e.id()).rows()).as("the desk keeps the record").hasSize(2);
        assertThat(boards.events(w.outsider())).extracting(EventInfo::id).doesNotContain(e.id());
        EventInfo drill = disasters.declare(w.area().admin(), w.area().districtId(), EventKind.DRILL, "訓練", null);
        assertThat(boards.board(w.area().admin(), drill.id()).rows()).as("the association declares, and sees counts").isEmpty();
        assertThat(boards.board(w.hokenshi(), drill.id()).rows()).hasSize(2);
        disasters.end(w.area().admin(), drill.id(), null);
        Integer logged = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'preparedness.check-recorded' AND target_id = ?",
                Integer.class, w.patient());
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void aYearAfterConfirmationThePlanIsDueForReview() {
        PrepWorld w = world();
        PlanDetails p = confirmed(w);
        jdbc.update("UPDATE prep_plan SET review_due = ? WHERE id = ?", java.sql.Date.valueOf(LocalDate.now().minusDays(1)), p.id());
        assertThat(prepClock.markDue(LocalDate.now(TimeConfiguration.TOKYO))).isGreaterThanOrEqualTo(1);
        assertThat(queries.details(w.hokenshi(), p.id()).reviewReason()).isEqualTo(ReviewReason.YEARLY);
        assertThat(prepClock.markDue(LocalDate.now(TimeConfiguration.TOKYO))).as("once").isZero();
    }

    /**
     * Every home page asks for the member's disaster events. However many events an association has had, that is a few
     * statements, not one per event: a nurse who runs none and checks none reads no event at all, and the desk reads its
     * events with their checks at once. Counted as the statements the database received on the one connection of a
     * transaction (MariaDB's session counter {@code Questions}).
     */
    @Test
    void theHomePagesEventsAreAFewStatementsHoweverManyEventsTheAssociationHasHad() {
        PrepWorld w = world();
        plans.start(w.nurse(), w.patient());
        for (int i = 0; i < 12; i++) {
            EventInfo e = disasters.declare(w.hokenshi(), w.area().districtId(), EventKind.DRILL, "訓練 " + i, null);
            disasters.end(w.hokenshi(), e.id(), null);
        }
        Actor colleague = fixtures.actor(fixtures.member(w.station(), Profession.NURSE).id());
        long[] statements = new TransactionTemplate(transactions).execute(status -> new long[] {
                statements(() -> assertThat(boards.events(colleague)).isEmpty()),
                statements(() -> assertThat(boards.events(w.hokenshi())).hasSize(12)),
                statements(() -> assertThat(boards.events(w.area().admin())).hasSize(12))});
        System.out.println("Home page events, statements: a nurse " + statements[0] + ", the desk " + statements[1]
                + ", the office " + statements[2] + " (12 events)");
        assertThat(statements[0]).as("a nurse who runs and checks nothing").isLessThanOrEqualTo(4);
        assertThat(statements[1]).as("the desk, 12 events").isLessThanOrEqualTo(8);
        assertThat(statements[2]).as("the office, 12 events").isLessThanOrEqualTo(8);
    }

    private long statements(Runnable call) {
        long before = questions();
        call.run();
        // the second SHOW is counted as well
        return questions() - before - 1;
    }

    private long questions() {
        return java.util.Objects.requireNonNull(jdbc.queryForObject("SHOW SESSION STATUS LIKE 'Questions'", (rs, n) -> rs.getLong(2)));
    }
}
