package org.renkei.preparedness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.directory.Profession;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.SummaryService;
import org.renkei.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The disaster board with 200 users and 20 checkers recording at once: every committed check reaches every open board
 * (counted), and how long a change takes from the checker's tap to each board, and a board's re-read, are measured and
 * logged (docs/benchmarks.md; timing is never asserted).
 */
@RenkeiTest
class PreparednessLiveBoardTest {

    private static final Logger log = LoggerFactory.getLogger(PreparednessLiveBoardTest.class);
    private static final int USERS = 200;
    private static final int CHECKERS = 20;
    private static final int BOARDS = 10;

    @Autowired Fixtures fixtures;
    @Autowired PlanService plans;
    @Autowired DisasterService disasters;
    @Autowired BoardQueries boards;
    @Autowired PrepBoardFeed feed;
    @Autowired CareTeamService teams;
    @Autowired SummaryService summaries;

    @Test
    void twoHundredUsersAndTwentyCheckersAtOnceReachEveryOpenBoard() throws Exception {
        PrepWorld w = PrepWorld.create(fixtures, teams, summaries);
        List<Actor> checkers = new ArrayList<>();
        for (int i = 0; i < CHECKERS; i++) {
            checkers.add(fixtures.actor(fixtures.member(w.desk(), Profession.PUBLIC_HEALTH_NURSE).id()));
        }
        Map<Long, Actor> checkerOf = new ConcurrentHashMap<>();
        for (int i = 0; i < USERS; i++) {
            long patient = i == 0 ? w.patient() : fixtures.patient(w.nurse());
            PlanDetails p = plans.start(w.nurse(), patient);
            Actor checker = checkers.get(i % CHECKERS);
            plans.assignChecker(w.hokenshi(), p.id(), checker.memberId());
            checkerOf.put(patient, checker);
        }
        EventInfo e = disasters.declare(w.hokenshi(), w.area().districtId(), EventKind.BLACKOUT, "負荷試験 停電", null);
        Board full = boards.board(w.hokenshi(), e.id());
        assertThat(full.rows()).hasSize(USERS);

        Map<Long, Long> tappedAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger[] received = new AtomicInteger[BOARDS];
        List<Runnable> stops = new ArrayList<>();
        for (int b = 0; b < BOARDS; b++) {
            AtomicInteger count = new AtomicInteger();
            received[b] = count;
            stops.add(feed.listen(e.id(), change -> {
                if (change instanceof PrepEvent.CheckRecorded r) {
                    Long start = tappedAt.get(r.checkId());
                    if (start != null) {
                        latencies.add(System.nanoTime() - start);
                    }
                    count.incrementAndGet();
                }
            }));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CHECKERS);
        List<Future<?>> done = new ArrayList<>();
        for (Actor checker : checkers) {
            List<Board.Row> mine = full.rows().stream().filter(r -> checkerOf.get(r.patientId()).memberId() == checker.memberId()).toList();
            done.add(pool.submit(() -> {
                go.await();
                for (Board.Row r : mine) {
                    tappedAt.put(r.checkId(), System.nanoTime());
                    disasters.record(checker, e.id(), r.checkId(), r.checkId() % 3 == 0 ? CheckState.NEEDS_HELP : CheckState.SAFE,
                            r.checkId() % 3 == 0 ? 3 : null, null);
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Arrays.stream(received).allMatch(c -> c.get() == USERS));
        assertThat(Arrays.stream(received).mapToInt(AtomicInteger::get)).as("every change on every board, once").containsOnly(USERS);
        Board after = boards.refresh(w.hokenshi(), e.id());
        assertThat(after.event().counts().get(CheckState.UNCHECKED)).isZero();
        assertThat(after.rows()).allMatch(r -> r.state() != CheckState.UNCHECKED);

        long[] refresh = new long[20];
        for (int i = 0; i < refresh.length; i++) {
            long t = System.nanoTime();
            boards.refresh(w.hokenshi(), e.id());
            refresh[i] = System.nanoTime() - t;
        }
        stops.forEach(Runnable::run);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Arrays.sort(refresh);
        log.info("Disaster board: {} checks by {} checkers at once in {} ms ({} checks/s); {} deliveries to {} boards; tap to board "
                        + "p50 {} ms, p95 {} ms, p99 {} ms, max {} ms; a board re-read of {} rows p50 {} ms, p95 {} ms",
                USERS, CHECKERS, elapsed / 1_000_000, Math.round(USERS * 1e9 / elapsed), sorted.length, BOARDS, ms(sorted, 0.50),
                ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0), USERS, ms(refresh, 0.50), ms(refresh, 0.95));
    }

    private static String ms(long[] sorted, double q) {
        int i = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
        return String.format(java.util.Locale.ROOT, "%.1f", sorted[Math.max(0, i)] / 1e6);
    }
}
