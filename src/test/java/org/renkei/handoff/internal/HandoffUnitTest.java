package org.renkei.handoff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.handoff.DeclineReason;
import org.renkei.handoff.HandoffAction;
import org.renkei.handoff.HandoffEvent;
import org.renkei.handoff.HandoffKind;
import org.renkei.handoff.HandoffStatus;
import org.renkei.handoff.RecipientStatus;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The handoff's rules and events, without a database: who may take which step in which state, and what it tells. */
class HandoffUnitTest {

    static final long HOSPITAL = 1, STATION = 2, CLINIC = 3, ELSEWHERE = 9;
    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    static Actor at(long facility, long member) {
        return new Actor(member, "m" + member, "職員" + member, facility, "施設" + facility, 1L, Set.of(Role.MEMBER));
    }

    final Actor nurse = at(HOSPITAL, 10);
    final Actor visiting = at(STATION, 20);
    final Actor doctor = at(CLINIC, 30);
    final Actor outsider = at(ELSEWHERE, 90);

    final Handoff h = withId(Handoff.draft(HandoffKind.DISCHARGE, 5, 1, HOSPITAL, nurse.memberId(), LocalDate.of(2026, 12, 5),
            "{}", NOW), 42);
    final Recipient station = withId(new Recipient(42, STATION, TeamRole.VISITING_NURSE, RecipientStatus.DRAFT), 7);
    final Recipient clinic = withId(new Recipient(42, CLINIC, TeamRole.PRIMARY_PHYSICIAN, RecipientStatus.DRAFT), 8);
    final List<Recipient> to = List.of(station, clinic);

    static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    @SuppressWarnings("unchecked")
    List<Object> events() {
        List<Object> events = List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(h, "domainEvents"));
        ReflectionTestUtils.invokeMethod(h, "clearDomainEvents");
        return events;
    }

    @Test
    void onlyTheSendersFacilitySendsADraftOnceAndEachFacilityIsTold() {
        assertThatThrownBy(() -> h.send(outsider, to, NOW)).isInstanceOf(AccessRefusedException.class);
        assertThat(h.allowedActions(nurse, to)).containsExactlyInAnyOrder(HandoffAction.EDIT, HandoffAction.SEND, HandoffAction.CANCEL);
        assertThat(h.allowedActions(visiting, to)).isEmpty();

        h.send(nurse, to, NOW);

        assertThat(h.status()).isEqualTo(HandoffStatus.SENT);
        assertThat(events()).containsExactly(new HandoffEvent.Sent(42, List.of(STATION, CLINIC), nurse));
        assertThatThrownBy(() -> h.send(nurse, to, NOW)).isInstanceOf(ConflictException.class);
        assertThat(h.allowedActions(visiting, to)).containsExactlyInAnyOrder(HandoffAction.ANSWER, HandoffAction.CONFER);
        assertThat(h.allowedActions(nurse, to)).containsExactlyInAnyOrder(HandoffAction.CANCEL, HandoffAction.CONFER,
                HandoffAction.FIX_CONFERENCE);
        assertThat(h.allowedActions(visiting, to)).doesNotContain(HandoffAction.ATTACH_CARE_PLAN, HandoffAction.FIX_CONFERENCE);
    }

    @Test
    void aRecipientAnswersOnlyForItsOwnFacilityAndAnAnswerOpensItFirst() {
        h.send(nurse, to, NOW);
        events();
        assertThatThrownBy(() -> h.accept(doctor, station, NOW)).isInstanceOf(AccessRefusedException.class);

        h.accept(visiting, station, NOW);

        assertThat(events()).containsExactly(new HandoffEvent.Opened(42, 7, visiting),
                new HandoffEvent.Accepted(42, 7, STATION, TeamRole.VISITING_NURSE, visiting));
        assertThatThrownBy(() -> h.accept(visiting, station, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> h.decline(doctor, clinic, DeclineReason.OTHER, " ", NOW)).isInstanceOf(InvalidInputException.class);
        h.decline(doctor, clinic, DeclineReason.NO_CAPACITY, null, NOW);
        assertThat(events()).last().isEqualTo(new HandoffEvent.Declined(42, 8, CLINIC, DeclineReason.NO_CAPACITY, null, doctor));
        assertThat(h.allowedActions(nurse, to)).contains(HandoffAction.REPLACE, HandoffAction.COMPLETE);
    }

    @Test
    void completingNeedsSomeoneWhoAcceptedAndForADischargeTheFirstVisit() {
        h.send(nurse, to, NOW);
        assertThatThrownBy(() -> h.complete(nurse, to, LocalDate.of(2026, 12, 6), null, NOW)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("handoff.nobody-accepted"));
        h.accept(visiting, station, NOW);
        assertThatThrownBy(() -> h.complete(doctor, to, LocalDate.of(2026, 12, 6), null, NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> h.complete(visiting, to, null, null, NOW)).isInstanceOf(InvalidInputException.class);
        // the patient cannot have left hospital after the first visit at home
        assertThatThrownBy(() -> h.complete(visiting, to, LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 7), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("dischargedOn"));
        assertThat(h.allowedActions(visiting, to)).contains(HandoffAction.COMPLETE);
        events();

        h.complete(visiting, to, LocalDate.of(2026, 12, 6), null, NOW);

        assertThat(events()).containsExactly(new HandoffEvent.Completed(42, LocalDate.of(2026, 12, 6), visiting));
        assertThat(h.dischargedOn()).as("the planned day when no other is given").isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(h.allowedActions(nurse, to)).isEmpty();
        assertThatThrownBy(() -> h.cancel(nurse, "取り下げ", to, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCancellationNeedsAReasonAndTellsTheFacilitiesThatHadIt() {
        assertThatThrownBy(() -> h.cancel(nurse, "  ", to, NOW)).isInstanceOf(InvalidInputException.class);
        h.cancel(nurse, "転院のため", to, NOW);
        // still a draft: nobody had it
        assertThat(events()).containsExactly(new HandoffEvent.Cancelled(42, "転院のため", List.of(), nurse));
    }
}
