package org.renkei.coordination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.coordination.CoordinationAction;
import org.renkei.coordination.CoordinationEvent;
import org.renkei.coordination.CoordinationStatus;
import org.renkei.coordination.InquiryAnswer;
import org.renkei.coordination.InquiryReason;
import org.renkei.coordination.Need;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The request to the desk without a database: who takes which step in which state, and the late rule. */
class CoordinationUnitTest {

    static final long DESK = 1, HOSPITAL = 2, CLINIC_A = 3, CLINIC_B = 4, ELSEWHERE = 9;
    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Actor at(long facility, long member, Role... roles) {
        Set<Role> all = new java.util.HashSet<>(List.of(roles));
        all.add(Role.MEMBER);
        return new Actor(member, "m" + member, "職員" + member, facility, "施設" + facility, 100L, all);
    }

    final Actor clerk = at(DESK, 10);
    final Actor msw = at(HOSPITAL, 20);
    final Actor mswColleague = at(HOSPITAL, 21);
    final Actor doctorA = at(CLINIC_A, 30);
    final Actor doctorB = at(CLINIC_B, 40);
    final Actor stranger = at(ELSEWHERE, 90);

    @SuppressWarnings("unchecked")
    static List<Object> events(Object aggregate) {
        List<Object> events = List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(aggregate, "domainEvents"));
        ReflectionTestUtils.invokeMethod(aggregate, "clearDomainEvents");
        return events;
    }

    CoordinationRequest filed() {
        CoordinationRequest r = CoordinationRequest.file(msw, 100, DESK, new CoordinationRequest.Ask(Need.HOME_DOCTOR,
                Set.of("VENTILATOR"), 5, TODAY.plusDays(7), "人工呼吸器（TPPV）", null, 72, "MALE"), NOW.plusSeconds(86_400), TODAY, NOW);
        ReflectionTestUtils.setField(r, "id", 77L);
        return r;
    }

    static void ids(CoordinationRequest r) {
        long n = 500;
        for (Inquiry i : r.inquiries()) {
            if (i.idOrNull() == null) {
                ReflectionTestUtils.setField(i, "id", n++);
            }
        }
    }

    @Test
    void anAnonymousRequestNeedsAnAgeAndAStartWithinAYear() {
        assertThatThrownBy(() -> CoordinationRequest.file(msw, 100, DESK, new CoordinationRequest.Ask(Need.HOME_DOCTOR, Set.of(), 5,
                TODAY.minusDays(1), null, null, null, null), NOW, TODAY, NOW)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactly("startOn", "patientAge"));
        Actor operator = new Actor(1, "op", "運営", null, null, null, Set.of(Role.MEMBER, Role.SYSTEM_ADMIN));
        assertThatThrownBy(() -> CoordinationRequest.file(operator, 100, DESK, new CoordinationRequest.Ask(Need.HOME_DOCTOR, Set.of(),
                5, TODAY, null, null, 70, null), NOW, TODAY, NOW)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theDeskAsksFacilitiesEachAnswersItsOwnAndTheRequesterAcceptsTheProposal() {
        CoordinationRequest r = filed();
        assertThat(r.allowedActions(clerk)).contains(CoordinationAction.INQUIRE).doesNotContain(CoordinationAction.PROPOSE);
        assertThat(r.allowedActions(msw)).containsExactlyInAnyOrder(CoordinationAction.WITHDRAW, CoordinationAction.LINK_PATIENT);
        assertThatThrownBy(() -> r.inquire(msw, List.of(CLINIC_A), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.inquire(stranger, List.of(CLINIC_A), NOW)).isInstanceOf(AccessRefusedException.class);
        Actor deskProgram = at(DESK, 11, Role.API_CLIENT);
        assertThatThrownBy(() -> r.inquire(deskProgram, List.of(CLINIC_A), NOW)).as("a person works the queue")
                .isInstanceOf(AccessRefusedException.class);
        r.inquire(clerk, List.of(CLINIC_A, CLINIC_B), NOW);
        ids(r);
        assertThat(r.status()).isEqualTo(CoordinationStatus.INQUIRING);
        assertThat(events(r)).singleElement().isInstanceOf(CoordinationEvent.Inquired.class);
        assertThatThrownBy(() -> r.inquire(clerk, List.of(CLINIC_A), NOW)).hasMessageContaining("coordination.already-asked");
        long a = r.inquiries().get(0).id();
        long b = r.inquiries().get(1).id();
        assertThatThrownBy(() -> r.answer(doctorB, a, InquiryAnswer.ACCEPT, null, null, NOW)).as("only its own inquiry")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> r.answer(doctorA, a, InquiryAnswer.DECLINE, null, null, NOW)).as("a refusal gives its reason")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.answer(doctorA, a, InquiryAnswer.DECLINE, InquiryReason.OTHER, " ", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(r.late(NOW.plusSeconds(90_000))).as("no answer after the due time").isTrue();
        r.answer(doctorA, a, InquiryAnswer.DECLINE, InquiryReason.CAPACITY, null, NOW);
        assertThat(r.late(NOW.plusSeconds(90_000))).as("answered: not late").isFalse();
        assertThatThrownBy(() -> r.answer(doctorA, a, InquiryAnswer.ACCEPT, null, null, NOW)).as("answered once")
                .hasMessageContaining("coordination.already-answered");
        assertThatThrownBy(() -> r.propose(clerk, a)).as("nobody can take the patient yet").isInstanceOf(ConflictException.class);
        r.answer(doctorB, b, InquiryAnswer.ACCEPT, null, "月曜から可", NOW);
        assertThatThrownBy(() -> r.propose(clerk, a)).hasMessageContaining("coordination.propose-an-acceptance");
        r.propose(clerk, b);
        assertThat(r.allowedActions(mswColleague)).as("a colleague of the requester").contains(CoordinationAction.ACCEPT_MATCH);
        assertThatThrownBy(() -> r.acceptMatch(clerk, NOW)).as("the requester accepts, not the desk").isInstanceOf(ConflictException.class);
        r.declineMatch(msw);
        assertThat(r.status()).isEqualTo(CoordinationStatus.INQUIRING);
        r.propose(clerk, b);
        r.acceptMatch(msw, NOW);
        assertThat(r.status()).isEqualTo(CoordinationStatus.MATCHED);
        assertThat(r.matchedFacilityId()).isEqualTo(CLINIC_B);
        assertThatThrownBy(() -> r.answer(doctorA, a, InquiryAnswer.ACCEPT, null, null, NOW)).as("closed to answers")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.withdraw(msw, NOW)).isInstanceOf(ConflictException.class);
        r.complete(clerk, NOW);
        assertThat(r.status()).isEqualTo(CoordinationStatus.COMPLETED);
    }

    @Test
    void theDeskClosesAnUnmatchedRequestSayingWhatWasMissing() {
        CoordinationRequest r = filed();
        assertThatThrownBy(() -> r.closeUnmatched(clerk, " ", NOW)).isInstanceOf(InvalidInputException.class);
        r.closeUnmatched(clerk, "人工呼吸器に対応できる在宅医が地区内に不足", NOW);
        assertThat(r.status()).isEqualTo(CoordinationStatus.UNMATCHED);
        assertThat(r.allowedActions(msw)).isEmpty();
    }
}
