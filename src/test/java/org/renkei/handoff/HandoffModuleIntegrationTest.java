package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.renkei.TestMail;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditTrailService;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.TimeConfiguration;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The handoff module alone with the modules whose beans it uses (audit, directory, messaging, patient, platform,
 * security; not notification, which it only tells by an event, nor shell, cluster or datagen), on the embedded MariaDB
 * and with the profiles of {@code @RenkeiTest}: a step of the aggregate publishes its {@link HandoffEvent}, and the
 * listeners' effects follow from that event: the timeline, the access log, the {@link NoticeRequest} for the
 * notification module, the care team.
 */
// security by name: the module uses its types (the actor) but, since the demo runner finds its members through the
// directory's DemoCast, none of its beans, and the directory's beans need security's
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "security")
@ActiveProfiles({"dev", "test"})
@ContextConfiguration(initializers = TestMail.Initializer.class)
class HandoffModuleIntegrationTest {

    private static final LocalDate SOON = LocalDate.now(TimeConfiguration.TOKYO).plusDays(7);

    private final HandoffWorld worlds;
    private final HandoffService handoffs;
    private final HandoffDraftService drafts;
    private final HandoffTimeline timelines;
    private final AuditTrailService audit;
    private final CareTeamService teams;

    HandoffModuleIntegrationTest(HandoffWorld worlds, HandoffService handoffs, HandoffDraftService drafts, HandoffTimeline timelines,
            AuditTrailService audit, CareTeamService teams) {
        this.worlds = worlds;
        this.handoffs = handoffs;
        this.drafts = drafts;
        this.timelines = timelines;
        this.audit = audit;
        this.teams = teams;
    }

    @Test
    void sendingPublishesSentAndTheTimelineTheAccessLogAndTheRecipientsNoticeFollow(Scenario scenario,
            AssertablePublishedEvents events) {
        World w = worlds.create();
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(SOON), HandoffWorld.homeTeam(w));

        scenario.stimulate(() -> handoffs.send(w.hospNurse(), id))
                .andWaitForEventOfType(HandoffEvent.Sent.class)
                .matching(sent -> sent.handoffId() == id)
                .toArriveAndVerify(sent -> {
                    assertThat(sent.recipientFacilities()).containsExactlyInAnyOrder(w.vns(), w.clinic(), w.cmo());
                    assertThat(sent.actor().memberId()).isEqualTo(w.hospNurse().memberId());
                    assertThat(timelines.of(w.hospNurse(), id)).extracting(TimelineEntry::kind).containsExactly("created", "sent");
                    assertThat(logged(w, "handoff.sent")).isOne();
                });
        // one notice per recipient facility, by mail too, for its active members
        assertThat(events).contains(NoticeRequest.class)
                .matching(n -> ("handoffs/" + id).equals(n.link()) && n.messageKey().equals("notice.handoff-received")
                        && n.mail() && n.recipients().contains(w.nurse().memberId()));
    }

    @Test
    void acceptingPublishesAcceptedAndTheFacilityJoinsTheTeamInItsRole(Scenario scenario, AssertablePublishedEvents events) {
        World w = worlds.create();
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(SOON), HandoffWorld.homeTeam(w));
        handoffs.send(w.hospNurse(), id);
        long vnsRecipient = handoffs.view(w.hospNurse(), id).recipients().stream()
                .filter(r -> r.facilityId() == w.vns()).findFirst().orElseThrow().id();
        assertThat(teams.team(w.cm(), w.patient())).noneMatch(e -> e.facilityId() == w.vns());

        scenario.stimulate(() -> handoffs.accept(w.nurse(), id, vnsRecipient))
                .andWaitForEventOfType(HandoffEvent.Accepted.class)
                .matching(accepted -> accepted.handoffId() == id)
                .toArriveAndVerify(accepted -> {
                    assertThat(accepted.recipientId()).isEqualTo(vnsRecipient);
                    assertThat(accepted.facilityId()).isEqualTo(w.vns());
                    assertThat(accepted.role()).isEqualTo(TeamRole.VISITING_NURSE);
                    assertThat(teams.team(w.cm(), w.patient())).anySatisfy(e -> {
                        assertThat(e.facilityId()).isEqualTo(w.vns());
                        assertThat(e.role()).isEqualTo(TeamRole.VISITING_NURSE);
                    });
                    assertThat(timelines.of(w.hospNurse(), id)).extracting(TimelineEntry::kind).endsWith("accepted");
                    assertThat(logged(w, "handoff.accepted")).isOne();
                });
        // the sender's facility is told
        assertThat(events).contains(NoticeRequest.class)
                .matching(n -> ("handoffs/" + id).equals(n.link()) && n.messageKey().equals("notice.handoff-accepted")
                        && n.recipients().contains(w.hospNurse().memberId()));
    }

    /** Entries of this action on the world's patient in the access log, as its association's administrator sees them. */
    private long logged(World w, String action) {
        return audit.count(w.admin(), new AuditFilter(null, null, action, null, null, null, null, w.patient()));
    }
}
