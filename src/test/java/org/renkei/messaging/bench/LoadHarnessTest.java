package org.renkei.messaging.bench;

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
 * The node's limit is 40 connections here, so eight more members are then refused at login (503), before
 * their password is checked. The full run is {@code LoadBenchmark} (docs/benchmarks.md); this keeps the harness from rotting.
 */
@RenkeiTest
// a context of its own: the members it generates log in, connect and post in bulk, apart from the other tests
@TestPropertySource(properties = {"renkei.test.context=load-harness", "renkei.stomp.max-connections=40"})
class LoadHarnessTest {

    @LocalServerPort int port;
    @Autowired DataGenerator generator;

    @Test
    void fortyMembersInRoomsOfEightLoseAndDuplicateNothing() throws Exception {
        generator.generate(300, 120, 7);
        Path manifest = Path.of("target", "bench", "test-rooms.csv");
        generator.generateLoad(6, 3000, manifest);
        List<LoadHarness.Room> all = LoadHarness.manifest(manifest);
        assertThat(all).hasSize(6).allSatisfy(r -> assertThat(r.logins()).hasSize(8));
        List<LoadHarness.Room> rooms = all.subList(0, 5);

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

            // the node did not go away, so every session still holds: nobody logs in again
            LoadHarness.Reconnect back = harness.reconnectAll(16);
            assertThat(harness.connected()).isEqualTo(40);
            assertThat(back.loggedInAgain()).isZero();
            assertThat(harness.catchUpGaps(Duration.ofSeconds(20))).isZero();
            System.out.println("load harness (small): all 40 reconnected in " + back.took().toMillis() + " ms");

            // the node is full (40): newcomers are turned away at the password step, those connected stay
            harness.resetCounters();
            assertThat(harness.probeRefusals(all.subList(5, 6))).isEqualTo(8);
            assertThat(harness.errorSamples()).allSatisfy(e -> assertThat(e).contains("password step").contains("503"));
            assertThat(harness.connected()).isEqualTo(40);
        }
    }
}
