package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Deadlines are Tokyo days whatever zone the server runs in (the build runs tests in UTC): an admission
 * sheet is due by the end of the third day after admission, 23:59:59 in Tokyo, which is 14:59:59 UTC.
 */
class LatenessTest {

    private static final LocalDate ADMITTED = LocalDate.of(2026, 11, 20);
    /** 2026-11-24 00:00 in Tokyo. */
    private static final Instant DUE = Instant.parse("2026-11-23T15:00:00Z");

    @Test
    void theServerRunsInUtcForTheseTests() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
    }

    @Test
    void anAdmissionSheetIsDueWhenTheThirdDayAfterAdmissionEndsInTokyo() {
        assertThat(Deadlines.due(HandoffKind.ADMISSION, ADMITTED)).isEqualTo(DUE);
        // admitted late in the evening in Tokyo, which is still the same UTC day: the same deadline
        assertThat(Deadlines.due(HandoffKind.ADMISSION, LocalDate.of(2026, 12, 31))).isEqualTo(Instant.parse("2027-01-03T15:00:00Z"));
    }

    @Test
    void anUnsentDraftTurnsLateAtTokyoMidnightNotAtUtcMidnight() {
        Instant lastSecond = Instant.parse("2026-11-23T14:59:59Z"); // 23:59:59 on the 23rd in Tokyo
        Instant midnightTokyo = DUE; // 00:00 on the 24th in Tokyo, still the 23rd in UTC
        Instant utcMidnight = Instant.parse("2026-11-24T00:00:00Z");
        assertThat(Lateness.senderLate(HandoffKind.ADMISSION, HandoffStatus.DRAFT, DUE, null, lastSecond)).isFalse();
        assertThat(Lateness.senderLate(HandoffKind.ADMISSION, HandoffStatus.DRAFT, DUE, null, midnightTokyo)).isTrue();
        assertThat(Lateness.senderLate(HandoffKind.ADMISSION, HandoffStatus.DRAFT, DUE, null, utcMidnight)).isTrue();
        // a day-based check in the server's zone would get this one wrong: UTC says it is still the 23rd
        assertThat(LocalDate.ofInstant(midnightTokyo, TimeZone.getDefault().toZoneId())).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aSheetSentAfterItsDeadlineStaysMarkedLateAndOneSentInTimeIsNot() {
        Instant now = Instant.parse("2026-11-30T00:00:00Z");
        assertThat(Lateness.senderLate(HandoffKind.ADMISSION, HandoffStatus.SENT, DUE, DUE.minusSeconds(1), now)).isFalse();
        assertThat(Lateness.senderLate(HandoffKind.ADMISSION, HandoffStatus.SENT, DUE, DUE, now)).isTrue();
        assertThat(Lateness.senderLate(HandoffKind.ADMISSION, HandoffStatus.COMPLETED, DUE, DUE, now)).isFalse();
        assertThat(Lateness.senderLate(HandoffKind.ADMISSION, HandoffStatus.CANCELLED, DUE, null, now)).isFalse();
    }

    @Test
    void aRecipientWhoHasNotAnsweredIsLateFromTheDeadlineOnAndAnAnswerEndsIt() {
        assertThat(Lateness.recipientLate(HandoffStatus.SENT, RecipientStatus.RECEIVED, DUE, DUE.minusSeconds(1))).isFalse();
        assertThat(Lateness.recipientLate(HandoffStatus.SENT, RecipientStatus.SENT, DUE, DUE)).isTrue();
        assertThat(Lateness.recipientLate(HandoffStatus.SENT, RecipientStatus.RECEIVED, DUE, DUE.plusSeconds(3600))).isTrue();
        assertThat(Lateness.recipientLate(HandoffStatus.SENT, RecipientStatus.ACCEPTED, DUE, DUE.plusSeconds(3600))).isFalse();
        assertThat(Lateness.recipientLate(HandoffStatus.SENT, RecipientStatus.DECLINED, DUE, DUE.plusSeconds(3600))).isFalse();
        assertThat(Lateness.recipientLate(HandoffStatus.CANCELLED, RecipientStatus.SENT, DUE, DUE.plusSeconds(3600))).isFalse();
    }

    @Test
    void aDischargeIsDueBeforeThePlannedDayBeginsInTokyo() {
        assertThat(Deadlines.due(HandoffKind.DISCHARGE, LocalDate.of(2026, 12, 1))).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
    }
}
