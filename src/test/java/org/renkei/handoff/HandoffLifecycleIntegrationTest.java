package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditTrailService;
import org.renkei.handoff.HandoffService.RecipientRequest;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.MessageService;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.TeamEntry;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The life of a handoff: every allowed step works and leaves its time on the timeline; every other step is
 * refused with a message naming the state; only recipients answer, only the sender cancels, a decline needs
 * a reason.
 */
@RenkeiTest
class HandoffLifecycleIntegrationTest {

    @Autowired HandoffWorld worlds;
    @Autowired HandoffService handoffs;
    @Autowired HandoffDraftService drafts;
    @Autowired HandoffTimeline timelines;
    @Autowired HandoffListService lists;
    @Autowired CareTeamService teams;
    @Autowired ConversationService conversations;
    @Autowired MessageService messages;
    @Autowired Translations translations;
    @Autowired AuditTrailService audit;

    private static final LocalDate SOON = LocalDate.now(TimeConfiguration.TOKYO).plusDays(7);

    @Test
    void anAdmissionSheetGoesFromDraftToCompletedAndEveryStepIsOnTheTimeline() {
        World w = worlds.create();
        long id = drafts.draftAdmission(w.cm(), w.patient(), w.hospital(), HandoffWorld.admission(SOON.minusDays(7)));
        drafts.editAdmission(w.cm(), id, w.hospital(), HandoffWorld.admission(SOON.minusDays(6)), handoffs.view(w.cm(), id).version());
        handoffs.send(w.cm(), id);
        HandoffDetails atHospital = handoffs.view(w.hospNurse(), id);
        assertThat(atHospital.recipients().getFirst().status()).isEqualTo(RecipientStatus.RECEIVED);
        handoffs.accept(w.hospNurse(), id, atHospital.mineToAnswer().getFirst());
        handoffs.complete(w.cm(), id, null);

        HandoffDetails done = handoffs.view(w.cm(), id);
        assertThat(done.status()).isEqualTo(HandoffStatus.COMPLETED);
        assertThat(done.eventDate()).isEqualTo(SOON.minusDays(6));
        assertThat(done.sentAt()).isNotNull();
        assertThat(done.completedAt()).isAfterOrEqualTo(done.sentAt());
        List<TimelineEntry> timeline = timelines.of(w.cm(), id);
        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly("created", "edited", "sent", "received", "accepted", "completed");
        assertThat(timeline).extracting(TimelineEntry::at).isSorted().doesNotContainNull();
        assertThat(timeline.get(3).actorName()).isEqualTo(w.hospNurse().name());
        assertThat(timeline.get(3).facilityName()).isNotNull();
    }

    @Test
    void aDeclinedRecipientIsReplacedAndTheAcceptingStationJoinsTheTeamAndCompletesWithTheFirstVisit() {
        World w = worlds.create();
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(SOON), HandoffWorld.homeTeam(w));
        handoffs.send(w.hospNurse(), id);
        long vnsRecipient = recipientOf(w, id, w.vns());
        handoffs.decline(w.nurse(), id, vnsRecipient, DeclineReason.NO_CAPACITY, "今月は新規の受入れが難しい");
        drafts.replace(w.hospNurse(), id, vnsRecipient, w.vns2());
        long vns2Recipient = recipientOf(w, id, w.vns2());
        handoffs.accept(w.nurse2(), id, vns2Recipient);

        assertThat(teams.team(w.cm(), w.patient())).anySatisfy(e -> {
            assertThat(e.facilityId()).isEqualTo(w.vns2());
            assertThat(e.role()).isEqualTo(TeamRole.VISITING_NURSE);
        });
        assertThat(teams.team(w.cm(), w.patient())).extracting(TeamEntry::facilityId).doesNotContain(w.vns());
        assertThatThrownBy(() -> handoffs.complete(w.nurse2(), id, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("handoff.first-visit-required"));
        handoffs.complete(w.nurse2(), id, SOON.plusDays(1));

        HandoffDetails done = handoffs.view(w.hospNurse(), id);
        assertThat(done.status()).isEqualTo(HandoffStatus.COMPLETED);
        assertThat(done.firstVisitOn()).isEqualTo(SOON.plusDays(1));
        assertThat(done.recipients()).extracting(RecipientDetails::facilityId, RecipientDetails::status).contains(
                Tuple.tuple(w.vns(), RecipientStatus.REPLACED),
                Tuple.tuple(w.vns2(), RecipientStatus.ACCEPTED));
        assertThat(done.recipients()).filteredOn(r -> r.facilityId() == w.vns()).first()
                .satisfies(r -> assertThat(r.declineReason()).isEqualTo(DeclineReason.NO_CAPACITY));
        assertThat(timelines.of(w.hospNurse(), id)).extracting(TimelineEntry::kind)
                .containsExactly("created", "sent", "received", "declined", "replaced", "received", "accepted", "completed");

        // the patient's room tells the team: sent, accepted, completed
        long room = conversations.patientRoom(w.cm(), w.patient()).id();
        List<String> bodies = messages.after(w.cm(), room, 0, 50).stream().map(ChatMessage::body).toList();
        assertThat(bodies).anyMatch(b -> b.contains("退院時情報提供") && b.contains("送信"))
                .anyMatch(b -> b.contains("受諾")).anyMatch(b -> b.contains("完了"));
    }

    @Test
    void everyStepThatTheStateDoesNotAllowIsRefusedNamingTheState() {
        World w = worlds.create();
        // what each handoff state allows; everything else must be refused
        Map<HandoffStatus, List<String>> allowed = Map.of(
                HandoffStatus.DRAFT, List.of("edit", "send", "cancel"),
                HandoffStatus.SENT, List.of("cancel", "accept", "decline"),
                HandoffStatus.COMPLETED, List.of(),
                HandoffStatus.CANCELLED, List.of());
        List<String> actions = List.of("edit", "send", "cancel", "complete", "accept", "decline", "replace");
        List<String> checked = new ArrayList<>();
        for (HandoffStatus state : HandoffStatus.values()) {
            for (String action : actions) {
                long id = inState(w, state);
                Runnable step = action(w, id, action);
                if (allowed.get(state).contains(action)) {
                    step.run();
                    checked.add(state + " " + action + " ok");
                } else {
                    assertThatThrownBy(step::run).as(state + " " + action)
                            .isInstanceOfSatisfying(ConflictException.class, e -> {
                                assertThat(e.messageKey()).isIn("handoff.transition", "handoff.recipient-transition",
                                        "handoff.nobody-accepted");
                                assertThat(translations.text(e, Locale.JAPANESE)).doesNotContain("!").doesNotContain("handoff-");
                            });
                    checked.add(state + " " + action + " refused");
                }
            }
        }
        assertThat(checked).hasSize(HandoffStatus.values().length * actions.size());

        // the message names the state and the step, in both languages
        long done = inState(w, HandoffStatus.COMPLETED);
        ConflictException e = Assertions.catchThrowableOfType(ConflictException.class,
                () -> handoffs.cancel(w.hospNurse(), done, "重複"));
        assertThat(translations.text(e, Locale.JAPANESE)).isEqualTo("完了の連携は取消できません。");
        assertThat(translations.text(e, Locale.ENGLISH)).isEqualTo("A handoff that is Completed cannot be cancelled.");
    }

    @Test
    void aRecipientAnswersOnceAndOnlyADeclinedOneIsReplaced() {
        World w = worlds.create();
        long id = sentDischarge(w);
        long vns = recipientOf(w, id, w.vns());
        long clinic = recipientOf(w, id, w.clinic());
        handoffs.accept(w.nurse(), id, vns);
        refusedAs("handoff.recipient-transition", () -> handoffs.accept(w.nurse(), id, vns));
        refusedAs("handoff.recipient-transition", () -> handoffs.decline(w.nurse(), id, vns, DeclineReason.OTHER, "やはり無理"));
        refusedAs("handoff.recipient-transition", () -> drafts.replace(w.hospNurse(), id, vns, w.vns2()));
        handoffs.decline(w.doctor(), id, clinic, DeclineReason.OUTSIDE_AREA, null);
        refusedAs("handoff.recipient-transition", () -> handoffs.accept(w.doctor(), id, clinic));
        drafts.replace(w.hospNurse(), id, clinic, w.vns2());
        refusedAs("handoff.recipient-transition", () -> drafts.replace(w.hospNurse(), id, clinic, w.vns2()));
        long vns2 = recipientOf(w, id, w.vns2());
        handoffs.decline(w.nurse2(), id, vns2, DeclineReason.BEYOND_CAPABILITY, null);
        refusedAs("handoff.already-addressed", () -> drafts.replace(w.hospNurse(), id, vns2, w.vns()));
    }

    @Test
    void aDeclineNeedsACodedReasonAndANoteForOther() {
        World w = worlds.create();
        long id = sentDischarge(w);
        long vns = recipientOf(w, id, w.vns());
        assertThatThrownBy(() -> handoffs.decline(w.nurse(), id, vns, null, "理由なし"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("handoff.decline-reason-required"));
        assertThatThrownBy(() -> handoffs.decline(w.nurse(), id, vns, DeclineReason.OTHER, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("handoff.decline-note-required"));
        assertThat(handoffs.view(w.hospNurse(), id).recipients()).filteredOn(r -> r.id() == vns).first()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RecipientStatus.SENT));
        handoffs.decline(w.nurse(), id, vns, DeclineReason.OTHER, "ご家族が別の事業所を希望");
    }

    @Test
    void onlyRecipientsAnswerAndOnlyTheSenderCancelsOrReplaces() {
        World w = worlds.create();
        long id = sentDischarge(w);
        long vns = recipientOf(w, id, w.vns());
        // not the sender, not another recipient, not an outsider: only the addressed facility
        refusedAs("handoff.only-recipient", () -> handoffs.accept(w.hospNurse(), id, vns));
        refusedAs("handoff.only-recipient", () -> handoffs.accept(w.doctor(), id, vns));
        refusedAs("handoff.only-recipient", () -> handoffs.accept(w.outsider(), id, vns));
        refusedAs("handoff.only-recipient", () -> handoffs.decline(w.cm(), id, vns, DeclineReason.NO_CAPACITY, null));
        // only the sending facility cancels, edits, sends, replaces
        refusedAs("handoff.only-sender", () -> handoffs.cancel(w.nurse(), id, "間違い"));
        refusedAs("handoff.only-sender", () -> handoffs.cancel(w.cm(), id, "間違い"));
        refusedAs("handoff.only-sender", () -> handoffs.send(w.nurse(), id));
        handoffs.decline(w.nurse(), id, vns, DeclineReason.NO_CAPACITY, null);
        refusedAs("handoff.only-sender", () -> drafts.replace(w.nurse(), id, vns, w.vns2()));
        // a cancel needs a reason
        assertThatThrownBy(() -> handoffs.cancel(w.hospNurse(), id, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.NotBlank"));
        handoffs.cancel(w.hospNurse(), id, "転院が決まったため");
        assertThat(handoffs.view(w.hospNurse(), id).status()).isEqualTo(HandoffStatus.CANCELLED);
    }

    @Test
    void aDraftIsTheSendersAloneAndAnOutsiderIsRefusedAndLogged() {
        World w = worlds.create();
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(SOON), List.of(
                new RecipientRequest(w.vns(), TeamRole.VISITING_NURSE)));
        refusedAs("handoff.not-yours", () -> handoffs.view(w.nurse(), id));
        handoffs.send(w.hospNurse(), id);
        assertThat(handoffs.view(w.nurse(), id).status()).isEqualTo(HandoffStatus.SENT);
        refusedAs("handoff.not-yours", () -> handoffs.view(w.outsider(), id));
        refusedAs("handoff.not-yours", () -> timelines.of(w.outsider(), id));
        assertThat(audit.search(w.admin(), new AuditFilter(null, null, "handoff.access-refused", null, null, w.outsider().memberId(),
                null, w.patient()), 0, 10)).hasSize(2);
    }

    @Test
    void anAdmissionSheetGoesOnlyToAHospitalAndADischargeOnlyFromOne() {
        World w = worlds.create();
        assertThatThrownBy(() -> drafts.draftAdmission(w.cm(), w.patient(), w.vns(), HandoffWorld.admission(SOON)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("handoff.recipient-not-hospital"));
        assertThatThrownBy(() -> drafts.draftDischarge(w.cm(), w.patient(), HandoffWorld.discharge(SOON), HandoffWorld.homeTeam(w)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(SOON), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("handoff.no-recipient"));
        assertThat(lists.forPatient(w.cm(), w.patient())).isEmpty();
    }

    // ---- helpers ----

    private long sentDischarge(World w) {
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(SOON), HandoffWorld.homeTeam(w));
        handoffs.send(w.hospNurse(), id);
        return id;
    }

    private long recipientOf(World w, long id, long facility) {
        return handoffs.view(w.hospNurse(), id).recipients().stream()
                .filter(r -> r.facilityId() == facility && r.status() != RecipientStatus.REPLACED).findFirst().orElseThrow().id();
    }

    /** A discharge handoff brought to a state through the service, with its VNS recipient having opened it. */
    private long inState(World w, HandoffStatus state) {
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(SOON), HandoffWorld.homeTeam(w));
        if (state == HandoffStatus.DRAFT) {
            return id;
        }
        handoffs.send(w.hospNurse(), id);
        handoffs.view(w.nurse(), id);
        if (state == HandoffStatus.COMPLETED) {
            handoffs.accept(w.nurse(), id, recipientOf(w, id, w.vns()));
            handoffs.complete(w.hospNurse(), id, SOON);
        } else if (state == HandoffStatus.CANCELLED) {
            handoffs.cancel(w.hospNurse(), id, "テスト");
        }
        return id;
    }

    private Runnable action(World w, long id, String action) {
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("edit", () -> drafts.editDischarge(w.hospNurse(), id, HandoffWorld.discharge(SOON.plusDays(1)), HandoffWorld.homeTeam(w),
                handoffs.view(w.hospNurse(), id).version()));
        steps.put("send", () -> handoffs.send(w.hospNurse(), id));
        steps.put("cancel", () -> handoffs.cancel(w.hospNurse(), id, "テスト"));
        steps.put("complete", () -> handoffs.complete(w.hospNurse(), id, SOON));
        steps.put("accept", () -> handoffs.accept(w.nurse(), id, recipientOf(w, id, w.vns())));
        steps.put("decline", () -> handoffs.decline(w.nurse(), id, recipientOf(w, id, w.vns()), DeclineReason.NO_CAPACITY, null));
        steps.put("replace", () -> drafts.replace(w.hospNurse(), id, recipientOf(w, id, w.vns()), w.vns2()));
        return steps.get(action);
    }

    private static void refusedAs(String key, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RenkeiException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
