package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A start that fails ends the process: the portal started as an operator would (its own JVM, the main method) on a port
 * that is taken exits with a non-zero status within 10 s of the failure, and its embedded MariaDB is gone with it, so a
 * supervisor sees the failure and restarts it.
 */
class FailedStartTest {

    @Test
    void aStartOnATakenPortExitsWithAnErrorAndStopsTheEmbeddedDatabase() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "failed-start-db");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-cp", classpath, "org.renkei.RenkeiApplication", "--spring.profiles.active=dev,test",
                    "--server.address=127.0.0.1", "--server.port=" + taken.getLocalPort(),
                    "--renkei.embedded-db.dir=" + dir).redirectErrorStream(true).start();
            AtomicLong failedAt = new AtomicLong();
            List<String> output = new ArrayList<>();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (output) {
                            output.add(line);
                        }
                        if (failedAt.get() == 0 && (line.contains("APPLICATION FAILED TO START") || line.contains("already in use"))) {
                            failedAt.set(System.nanoTime());
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            boolean exited = p.waitFor(180, TimeUnit.SECONDS);
            long exitAt = System.nanoTime();
            if (!exited) {
                p.destroyForcibly();
            }
            reader.join(5_000);
            String log;
            synchronized (output) {
                log = String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
            }
            assertThat(exited).as("the process ended\n" + log).isTrue();
            assertThat(p.exitValue()).as(log).isNotZero();
            assertThat(failedAt.get()).as("the failure was reported\n" + log).isNotZero();
            assertThat((exitAt - failedAt.get()) / 1_000_000).as("ms from the failure to the exit").isLessThan(10_000);
            assertThat(log).contains("already in use");
        }
        // no MariaDB server of that data directory is left running (its process may take a moment to be reaped)
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(ProcessHandle.allProcesses()
                .filter(h -> h.info().commandLine().orElse("").contains(dir.toString()))
                .map(h -> h.info().commandLine().orElse("")).toList()).isEmpty());
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
