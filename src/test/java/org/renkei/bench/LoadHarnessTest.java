package org.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.datagen.DataGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The load harness, small: 40 members in 5 rooms of eight, logged in with password and TOTP, posting every two
 * seconds and reading history and summaries, for 12 seconds. Every stored message reaches all eight members
 * of its room exactly once; after every connection drops at once, all reconnect and catch up without gaps.
 * The full run is {@code LoadBenchmark} (docs/benchmarks.md); this keeps the harness from rotting.
 */
@RenkeiTest
// a context of its own: the members it generates log in, connect and post in bulk, apart from the other tests
@TestPropertySource(properties = "renkei.test.context=load-harness")
class LoadHarnessTest {

    @LocalServerPort int port;
    @Autowired DataGenerator generator;

    @Test
    void fortyMembersInRoomsOfEightLoseAndDuplicateNothing() throws Exception {
        generator.generate(300, 120, 7);
        Path manifest = Path.of("target", "bench", "test-rooms.csv");
        generator.generateLoad(5, 3000, manifest);
        List<LoadHarness.Room> rooms = LoadHarness.manifest(manifest);
        assertThat(rooms).hasSize(5).allSatisfy(r -> assertThat(r.logins()).hasSize(8));

        try (LoadHarness harness = new LoadHarness("http://127.0.0.1:" + port, DataGenerator.PASSWORD, DataGenerator.TOTP_SECRET)) {
            assertThat(harness.connect(rooms, 8)).as("members that could not connect: " + harness.errorSamples()).isZero();
            assertThat(harness.connected()).isEqualTo(40);
            harness.resetCounters();
            harness.startLoad(30, Duration.ofSeconds(5));
            Thread.sleep(12_000);
            harness.stopLoad();
            LoadHarness.Period period = harness.measure(Duration.ofSeconds(12), Duration.ofSeconds(3));
            System.out.println("load harness (small): " + period);
            assertThat(period.errors()).as(harness.errorSamples().toString()).isZero();
            assertThat(period.acked()).isGreaterThan(100);
            assertThat(period.lost()).isZero();
            assertThat(period.duplicates()).isZero();
            assertThat(period.delivered()).isEqualTo(period.acked() * 8);
            assertThat(period.p99()).isLessThan(2000);
            assertThat(period.historyReads()).isPositive();
            assertThat(period.summaryReads()).isPositive();

            Duration back = harness.reconnectAll(16);
            assertThat(harness.connected()).isEqualTo(40);
            assertThat(harness.catchUpGaps(Duration.ofSeconds(20))).isZero();
            System.out.println("load harness (small): all 40 reconnected in " + back.toMillis() + " ms");
        }
    }
}
