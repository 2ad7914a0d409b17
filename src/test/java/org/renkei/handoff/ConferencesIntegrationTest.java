package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 退院前カンファレンス of a sent discharge: a time is proposed, answered and fixed by the sender (the other
 * proposals withdrawn), and its minutes are attached and read by those involved. Refused: a time in the
 * past, neither place nor link, a link that is not https, a recipient fixing the time, a file that is not
 * a PDF or image, an outsider.
 */
@RenkeiTest
class ConferencesIntegrationTest {

    private static final LocalDate SOON = LocalDate.now(TimeConfiguration.TOKYO).plusDays(7);
    private static final byte[] PDF = "%PDF-1.4\n% minutes\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired HandoffWorld worlds;
    @Autowired HandoffService handoffs;
    @Autowired HandoffDraftService drafts;
    @Autowired HandoffTimeline timelines;
    @Autowired ConferenceService conferences;

    @Test
    void aTimeIsProposedAnsweredFixedAndItsMinutesAttached() {
        World w = worlds.create();
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(SOON), HandoffWorld.homeTeam(w));
        handoffs.send(w.hospNurse(), id);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        refusedAs("conference.in-the-past", () -> conferences.propose(w.hospNurse(), id, Instant.now().minusSeconds(60), "病棟", null));
        refusedAs("conference.place-or-link", () -> conferences.propose(w.hospNurse(), id, tomorrow, " ", null));
        refusedAs("conference.link-https", () -> conferences.propose(w.hospNurse(), id, tomorrow, null, "http://meet.example/x"));
        long first = conferences.propose(w.hospNurse(), id, tomorrow, "4階 面談室", null);
        long second = conferences.propose(w.nurse(), id, tomorrow.plus(Duration.ofHours(2)), null, "https://meet.example/renkei");
        conferences.answer(w.nurse(), first, ConferenceService.Answer.MAYBE);

        refusedAs("handoff.only-sender", () -> conferences.agree(w.nurse(), first));
        conferences.agree(w.hospNurse(), first);
        // the other proposal is withdrawn: the list shows the agreed time only
        assertThat(conferences.of(w.nurse(), id)).extracting(Conference::id, Conference::status)
                .containsExactly(Tuple.tuple(first, "AGREED"));

        refusedAs("form.type", () -> conferences.attachMinutes(w.nurse(), first, "minutes.txt", "議事録".getBytes(StandardCharsets.UTF_8)));
        conferences.attachMinutes(w.nurse(), first, "議事録.pdf", PDF);
        AttachedFile minutes = conferences.minutes(w.hospNurse(), first);
        assertThat(minutes.content()).isEqualTo(PDF);
        assertThat(minutes.fileName()).isEqualTo("議事録.pdf");
        assertThat(minutes.contentType()).isEqualTo("application/pdf");
        refusedAs("handoff.not-yours", () -> conferences.minutes(w.outsider(), first));
        assertThat(timelines.of(w.hospNurse(), id)).extracting(TimelineEntry::kind)
                .contains("conference-proposed", "conference-agreed");
    }

    private static void refusedAs(String key, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RenkeiException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
