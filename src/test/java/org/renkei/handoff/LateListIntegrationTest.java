package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.platform.TimeConfiguration;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "what is late" lists of both sides, asked at chosen instants around an admission sheet's deadline
 * (admitted 2030-01-10: due 2030-01-14 00:00 in Tokyo = 2030-01-13 15:00 UTC), with the server in UTC.
 */
@RenkeiTest
class LateListIntegrationTest {

    private static final LocalDate ADMITTED = LocalDate.of(2030, 1, 10);
    private static final Instant LAST_SECOND = Instant.parse("2030-01-13T14:59:59Z");
    private static final Instant TOKYO_MIDNIGHT = Instant.parse("2030-01-13T15:00:00Z");

    @Autowired HandoffWorld worlds;
    @Autowired HandoffService handoffs;
    @Autowired HandoffDraftService drafts;
    @Autowired HandoffListService lists;

    @Test
    void anUnsentDraftIsLateForTheCareManagerFromTokyoMidnight() {
        World w = worlds.create();
        long id = drafts.draftAdmission(w.cm(), w.patient(), w.hospital(), HandoffWorld.admission(ADMITTED));
        assertThat(ids(lists.late(w.cm(), LAST_SECOND))).doesNotContain(id);
        assertThat(ids(lists.late(w.cm(), TOKYO_MIDNIGHT))).contains(id);
        // still the 13th in UTC, already the 14th in Tokyo
        assertThat(ids(lists.late(w.cm(), TOKYO_MIDNIGHT.plusSeconds(8 * 3600)))).contains(id);
        // the hospital cannot see a draft, so it is not on its list
        assertThat(ids(lists.late(w.hospNurse(), TOKYO_MIDNIGHT))).doesNotContain(id);
    }

    @Test
    void aSentSheetNobodyAnsweredIsLateOnBothSidesUntilTheHospitalAccepts() {
        World w = worlds.create();
        long id = drafts.draftAdmission(w.cm(), w.patient(), w.hospital(), HandoffWorld.admission(ADMITTED));
        handoffs.send(w.cm(), id);
        assertThat(ids(lists.late(w.cm(), LAST_SECOND))).doesNotContain(id);
        assertThat(ids(lists.late(w.hospNurse(), LAST_SECOND))).doesNotContain(id);
        assertThat(ids(lists.late(w.cm(), TOKYO_MIDNIGHT))).contains(id);
        assertThat(ids(lists.late(w.hospNurse(), TOKYO_MIDNIGHT))).contains(id);
        assertThat(lists.toAnswer(w.hospNurse())).extracting(HandoffCard::id).contains(id);

        handoffs.accept(w.hospNurse(), id, handoffs.view(w.hospNurse(), id).mineToAnswer().getFirst());
        assertThat(ids(lists.late(w.cm(), TOKYO_MIDNIGHT))).doesNotContain(id);
        assertThat(ids(lists.late(w.hospNurse(), TOKYO_MIDNIGHT))).doesNotContain(id);
        assertThat(lists.toAnswer(w.hospNurse())).extracting(HandoffCard::id).doesNotContain(id);
    }

    @Test
    void aSheetSentAfterItsDeadlineIsMarkedLateForTheSender() {
        World w = worlds.create();
        // admitted five days ago in Tokyo: the deadline has passed before it is sent
        LocalDate admitted = LocalDate.now(TimeConfiguration.TOKYO).minusDays(5);
        long id = drafts.draftAdmission(w.cm(), w.patient(), w.hospital(), HandoffWorld.admission(admitted));
        handoffs.send(w.cm(), id);
        handoffs.accept(w.hospNurse(), id, handoffs.view(w.hospNurse(), id).mineToAnswer().getFirst());
        assertThat(ids(lists.late(w.cm()))).contains(id);
        assertThat(handoffs.view(w.cm(), id).late()).isTrue();
        assertThat(lists.sentByUs(w.cm())).filteredOn(c -> c.id() == id).first().satisfies(c -> assertThat(c.late()).isTrue());
    }

    private static List<Long> ids(List<HandoffCard> cards) {
        return cards.stream().map(HandoffCard::id).toList();
    }
}
