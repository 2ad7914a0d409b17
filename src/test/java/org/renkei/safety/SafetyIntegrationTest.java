package org.renkei.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.internal.PairVisit;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Safe visits through the services, on the real database: a nurse's report with a photo, read and acted on by the
 * station's administrator only, every read and refusal in the access log; measures the whole team sees and confirms;
 * two-person visits and their CSV; the association's counts without names.
 */
@RenkeiTest
class SafetyIntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

    @Autowired Fixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportQueries queries;
    @Autowired MeasureService measures;
    @Autowired PairVisitService visits;
    @Autowired SafetyFiguresService figures;
    @Autowired HelpService help;
    @Autowired CareTeamService teams;
    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;

    /** A station (administrator, nurse, colleague), the patient's 主治医, another station on the team, an outsider clinic. */
    record World(Area area, Place station, Actor admin, Actor nurse, Actor colleague, Actor doctor, Place otherStation, Actor outsider,
            long patient) {}

    World world() {
        Area area = fixtures.area();
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Place other = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place outside = fixtures.facility(area, FacilityType.CLINIC);
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor colleague = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor doctor = fixtures.actor(fixtures.member(clinic, Profession.PHYSICIAN).id());
        long patient = fixtures.patient(station.admin());
        teams.addMember(station.admin(), patient, nurse.memberId(), TeamRole.VISITING_NURSE);
        teams.addMember(station.admin(), patient, doctor.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        teams.addFacility(station.admin(), patient, other.facilityId(), TeamRole.VISITING_NURSE);
        return new World(area, station, station.admin(), nurse, colleague, doctor, other, outside.admin(), patient);
    }

    static Incident verbal(long patientId) {
        return new Incident(Instant.now().minusSeconds(1800), "玄関", Set.of(IncidentKind.VERBAL, IncidentKind.THREAT), Perpetrator.FAMILY,
                false, null, false, null, "長男から大声で「訴えるぞ」と繰り返し言われた", "退室して管理者に電話した", patientId);
    }

    private void noticed(Actor actor, String key, long count) {
        // notices reach the notification module after the commit (the event publication registry)
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM notice WHERE member_id = ? AND message_key = ?", Long.class, actor.memberId(), key)).isEqualTo(count));
    }

    private long audited(Actor actor, String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = ?", Long.class, actor.memberId(), action);
    }

    @Test
    void aNurseReportsWithAPhotoAndTheAdministratorActsOnIt() {
        World w = world();
        ReportDetails draft = reports.report(w.nurse(), verbal(w.patient()), false);
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.patientName()).isNotBlank();
        ReportDetails withPhoto = reports.attach(w.nurse(), draft.id(), "玄関.png", PNG);
        assertThat(withPhoto.evidence()).singleElement().satisfies(e -> assertThat(e.contentType()).isEqualTo("image/png"));
        assertThatThrownBy(() -> reports.attach(w.nurse(), draft.id(), "photo.jpg", "<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("safety.evidence-type"));
        assertThat(queries.facility(w.admin())).as("a draft is the reporter's").extracting(ReportRow::id).doesNotContain(draft.id());
        reports.submit(w.nurse(), draft.id());
        noticed(w.admin(), "notice.safety-submitted", 1);
        assertThat(queries.facility(w.admin())).extracting(ReportRow::id).contains(draft.id());
        ReportDetails seen = queries.details(w.admin(), draft.id());
        assertThat(seen.allowed()).contains(ReportAction.ACKNOWLEDGE, ReportAction.RECORD_ACTION);
        assertThat(queries.evidence(w.admin(), draft.id(), seen.evidence().getFirst().id()).content()).isEqualTo(PNG);
        reports.acknowledge(w.admin(), draft.id());
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        reports.respond(w.admin(), draft.id(), ResponseKind.CONSULTED_TOKYO_LINE, "対応方法を相談", today);
        ReportDetails closed = reports.close(w.admin(), draft.id());
        assertThat(closed.status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(closed.timeline()).extracting(ReportDetails.Step::step)
                .containsExactly("DRAFTED", "EVIDENCE", "SUBMITTED", "ACKNOWLEDGED", "RESPONDED", "CLOSED");
        assertThat(audited(w.admin(), "safety.report-viewed")).isEqualTo(1);
        assertThat(audited(w.admin(), "safety.evidence-viewed")).isEqualTo(1);
        noticed(w.nurse(), "notice.safety-closed", 1);
        // the access log names the report by number: neither the patient nor the words
        assertThat(jdbc.queryForList("SELECT CONCAT(target_label, COALESCE(detail, '')) FROM audit_event WHERE target_type = 'safety-report'"
                + " AND target_id = ?", String.class, draft.id())).allSatisfy(l -> assertThat(l).doesNotContain("試験", "訴える"));
        reports.reopen(w.nurse(), draft.id());
        assertThat(queries.details(w.nurse(), draft.id()).status()).isEqualTo(ReportStatus.IN_PROGRESS);
    }

    @Test
    void nobodyElseReadsAReportOrItsEvidenceAndEachRefusalIsLogged() {
        World w = world();
        ReportDetails r = reports.report(w.nurse(), verbal(w.patient()), true);
        long evidence = reports.attach(w.nurse(), r.id(), "a.png", PNG).evidence().getFirst().id();
        Actor otherStationAdmin = fixtures.actor(w.otherStation().admin().memberId());
        List<Actor> refused = List.of(w.doctor(), w.colleague(), otherStationAdmin, w.outsider(), w.area().admin(), fixtures.operator());
        for (Actor a : refused) {
            assertThatThrownBy(() -> queries.details(a, r.id())).as(a.loginId()).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> queries.evidence(a, r.id(), evidence)).as(a.loginId()).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> reports.acknowledge(a, r.id())).as(a.loginId()).isInstanceOf(AccessRefusedException.class);
            assertThat(audited(a, "safety.report-refused")).as(a.loginId()).isEqualTo(2);
        }
        assertThatThrownBy(() -> queries.facility(w.nurse())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> queries.facility(w.doctor())).isInstanceOf(AccessRefusedException.class);
        assertThat(queries.facility(otherStationAdmin)).as("another facility's administrator sees only their own").extracting(ReportRow::id).doesNotContain(r.id());
        // a suspended administrator reads nothing, even with the Actor of an earlier login
        Actor secondAdmin = fixtures.actor(fixtures.member(w.station(), Profession.NURSE).id());
        members.setFacilityAdmin(w.area().admin(), secondAdmin.memberId(), true);
        Actor before = fixtures.actor(secondAdmin.memberId());
        assertThat(queries.details(before, r.id()).id()).isEqualTo(r.id());
        members.suspend(w.area().admin(), secondAdmin.memberId(), "調査中");
        assertThatThrownBy(() -> queries.details(before, r.id())).isInstanceOf(AccessRefusedException.class);
        // nor acts on it: the report stays as it was
        assertThatThrownBy(() -> reports.acknowledge(before, r.id())).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("safety.member-not-active");
        assertThatThrownBy(() -> reports.close(before, r.id())).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("safety.member-not-active");
        assertThat(queries.details(w.nurse(), r.id()).status()).isEqualTo(r.status());
        // a reporter suspended since logging in writes no report, and edits no draft of theirs
        Actor reporter = fixtures.actor(fixtures.member(w.station(), Profession.NURSE).id());
        teams.addMember(w.admin(), w.patient(), reporter.memberId(), TeamRole.VISITING_NURSE);
        ReportDetails draft = reports.report(reporter, verbal(w.patient()), false);
        members.suspend(w.area().admin(), reporter.memberId(), "調査中");
        assertThatThrownBy(() -> reports.report(reporter, verbal(w.patient()), true)).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("safety.member-not-active");
        assertThatThrownBy(() -> reports.submit(reporter, draft.id())).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("safety.member-not-active");
        assertThat(reportsOf(reporter)).as("only the draft, not submitted").containsExactly(ReportStatus.DRAFT);
    }

    private List<ReportStatus> reportsOf(Actor reporter) {
        return jdbc.queryForList("SELECT status FROM safety_report WHERE reporter_id = ?", String.class, reporter.memberId())
                .stream().map(ReportStatus::valueOf).toList();
    }

    @Test
    void theTeamSeesAndConfirmsMeasuresAndTheAdministratorSeesWhoHasNot() {
        World w = world();
        assertThatThrownBy(() -> measures.set(w.nurse(), w.patient(), MeasureKind.TWO_PERSON, null, null))
                .as("a member who is not an administrator or the 主治医").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> measures.set(w.outsider(), w.patient(), MeasureKind.TWO_PERSON, null, null))
                .isInstanceOf(AccessRefusedException.class);
        MeasuresPage set = measures.set(w.admin(), w.patient(), MeasureKind.TWO_PERSON, "長男在宅時は二人で", null);
        assertThat(set.measures()).singleElement().satisfies(m -> assertThat(m.unconfirmed()).contains(w.nurse().name(), w.doctor().name()));
        assertThatThrownBy(() -> measures.set(w.admin(), w.patient(), MeasureKind.TWO_PERSON, "重複", null))
                .isInstanceOf(ConflictException.class);
        measures.set(w.doctor(), w.patient(), MeasureKind.CALL_BEFORE, "到着前に次男へ電話", null);
        noticed(w.nurse(), "notice.safety-measure-set", 2);
        assertThat(measures.pendingFor(w.nurse(), List.of(w.patient()))).containsEntry(w.patient(), 2);
        assertThat(measures.unconfirmed(w.admin())).extracting(Unconfirmed::memberId).contains(w.nurse().memberId());
        MeasuresPage forNurse = measures.onPatientPage(w.nurse(), w.patient());
        assertThat(forNurse.mayManage()).isFalse();
        assertThat(forNurse.measures()).allSatisfy(m -> assertThat(m.unconfirmed()).as("only managers see who").isEmpty());
        measures.confirmAll(w.nurse(), w.patient());
        assertThat(measures.pendingFor(w.nurse(), List.of(w.patient()))).isEmpty();
        assertThat(measures.unconfirmed(w.admin())).extracting(Unconfirmed::memberId).doesNotContain(w.nurse().memberId());
        assertThatThrownBy(() -> measures.confirmAll(w.nurse(), w.patient())).isInstanceOf(ConflictException.class);
        long twoPerson = forNurse.measures().stream().filter(m -> m.kind() == MeasureKind.TWO_PERSON).findFirst().orElseThrow().id();
        measures.change(w.admin(), twoPerson, "常に二人で", null);
        assertThat(measures.pendingFor(w.nurse(), List.of(w.patient()))).as("a change is confirmed again").containsEntry(w.patient(), 1);
        assertThatThrownBy(() -> measures.onPatientPage(w.outsider(), w.patient())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> measures.measures(w.outsider(), w.patient())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> measures.confirmAll(w.outsider(), w.patient())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> measures.unconfirmed(w.nurse())).isInstanceOf(AccessRefusedException.class);
        assertThat(measures.measures(w.doctor(), w.patient()).measures()).hasSize(2);
        assertThat(audited(w.doctor(), "safety.measures-viewed")).isEqualTo(1);
    }

    @Test
    void twoPersonVisitsAreLoggedAndExportedForTheSubsidyWithoutFormulas() {
        World w = world();
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        PairVisitRow row = visits.log(w.nurse(), new PairVisit.Visit(w.patient(), today, LocalTime.of(10, 0), 60, w.nurse().memberId(),
                null, "=HYPERLINK(\"http://x\")", PairBasis.SUBSIDY, null));
        assertThat(row.partner()).startsWith("=");
        visits.log(w.admin(), new PairVisit.Visit(w.patient(), today, null, null, w.admin().memberId(), w.colleague().memberId(), null,
                PairBasis.FEE, null));
        assertThatThrownBy(() -> visits.log(w.admin(), new PairVisit.Visit(w.patient(), today, null, null, w.doctor().memberId(), null,
                "補助", PairBasis.FEE, null))).as("staff of another facility").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> visits.log(w.outsider(), new PairVisit.Visit(w.patient(), today, null, null,
                w.outsider().memberId(), null, "補助", PairBasis.FEE, null))).isInstanceOf(AccessRefusedException.class);
        YearMonth month = YearMonth.from(today);
        assertThat(visits.month(w.admin(), month)).hasSize(2);
        assertThat(visits.month(w.nurse(), month)).as("a member sees the visits they made").hasSize(1);
        assertThat(visits.month(w.colleague(), month)).hasSize(1);
        assertThatThrownBy(() -> visits.csv(w.nurse(), month, k -> k)).isInstanceOf(AccessRefusedException.class);
        String csv = new String(visits.csv(w.admin(), month, k -> k), StandardCharsets.UTF_8);
        assertThat(csv).contains("safety.pair.csv.date", "safety.pair-basis.SUBSIDY", "'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(visits.month(w.otherStation().admin(), month)).isEmpty();
    }

    @Test
    void theAssociationSeesCountsWithSmallOnesSuppressedAndNobodyElseSeesThem() {
        World w = world();
        for (int i = 0; i < 5; i++) {
            reports.report(w.nurse(), verbal(w.patient()), true);
        }
        reports.report(w.nurse(), new Incident(Instant.now().minusSeconds(60), null, Set.of(IncidentKind.PHYSICAL), Perpetrator.PATIENT,
                true, "腕にあざ", false, null, "腕をつかまれた", null, null), true);
        reports.report(w.nurse(), verbal(w.patient()), false);
        LocalDate today = LocalDate.now(TimeConfiguration.TOKYO);
        int fiscal = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        SafetyFigures f = figures.figures(w.area().admin(), w.area().association().id(), fiscal);
        SafetyFigures.Line now = f.byMonth().stream().filter(l -> l.label().equals(YearMonth.from(today).toString())).findFirst().orElseThrow();
        assertThat(now.counts().get(IncidentKind.VERBAL)).as("drafts are not counted").isEqualTo(5);
        assertThat(now.counts().get(IncidentKind.THREAT)).isEqualTo(5);
        assertThat(now.counts().get(IncidentKind.PHYSICAL)).as("one is suppressed").isNull();
        assertThat(now.counts().get(IncidentKind.SEXUAL)).isZero();
        assertThat(f.total()).as("a total would give the suppressed cell away").isNull();
        assertThat(new String(figures.csv(w.area().admin(), w.area().association().id(), fiscal, k -> k), StandardCharsets.UTF_8))
                .contains("<5").doesNotContain("試験");
        for (Actor a : List.of(w.admin(), w.doctor(), fixtures.area().admin())) {
            assertThatThrownBy(() -> figures.figures(a, w.area().association().id(), fiscal)).isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void theFacilitysProcedureIsWrittenByItsAdministratorsOnly() {
        World w = world();
        assertThat(help.help(w.nurse()).procedure()).isNull();
        assertThatThrownBy(() -> help.saveProcedure(w.nurse(), "手順", null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> help.saveProcedure(w.admin(), "手順", "not a phone")).isInstanceOf(InvalidInputException.class);
        help.saveProcedure(w.admin(), "1. 退室する 2. 管理者に電話", "090-1111-2222");
        assertThat(help.help(w.nurse())).satisfies(h -> {
            assertThat(h.procedure()).startsWith("1. 退室する");
            assertThat(h.procedurePhone()).isEqualTo("090-1111-2222");
            assertThat(h.mayEdit()).isFalse();
        });
        assertThat(help.help(w.doctor()).procedure()).as("another facility's").isNull();
    }
}
