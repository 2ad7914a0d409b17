package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's entry point ({@code docker/start.sh}) with a stand-in {@code java} on the path that writes down how it
 * was called: a training run at the first start of a build, the cache mapped at every later one, a cache of another
 * build thrown away, and a failed training that neither hides the failure nor blocks the start. The real JVM's side of
 * it (the cache written and used, 5.8 s to the login page) is measured by {@code StartupBenchmark -Dbench.only=aot}.
 */
class ImageStartScriptTest {

    @TempDir Path dir;
    Path app;
    Path cacheDir;
    Path calls;

    @BeforeEach
    void anExtractedJarAndAStandInJava() throws IOException {
        app = Files.createDirectories(dir.resolve("app")).resolve("renkei.jar");
        Files.writeString(app, "jar");
        Files.writeString(dir.resolve("app/build-id"), "b1\n");
        cacheDir = Files.createDirectories(dir.resolve("cache"));
        calls = dir.resolve("calls");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // the stand-in: records its arguments; as a training run it writes the cache unless told to fail
        Files.writeString(bin.resolve("java"), """
                #!/bin/sh
                echo "$*" >> "$CALLS"
                for a in "$@"; do
                  case "$a" in
                    -XX:AOTCacheOutput=*)
                      [ "$TRAINING" = fail ] && exit 1
                      [ "$TRAINING" = nothing ] && exit 0
                      echo cache > "${a#-XX:AOTCacheOutput=}"; exit 0 ;;
                  esac
                done
                exit "${START_STATUS:-0}"
                """);
        assertThat(bin.resolve("java").toFile().setExecutable(true)).isTrue();
    }

    @Test
    void theFirstStartOfABuildTrainsAndEveryLaterOneMapsTheCache() throws Exception {
        assertThat(start("ok", "--server.port=1")).isZero();
        Path cache = cacheDir.resolve("renkei-b1.aot");
        assertThat(cache).exists();
        assertThat(Files.readAllLines(calls)).containsExactly(
                "-XX:AOTCacheOutput=" + cache + " -Dspring.context.exit=onRefresh -jar " + app + " --server.port=1",
                "-XX:AOTCache=" + cache + " -jar " + app + " --server.port=1");

        Files.delete(calls);
        assertThat(start("fail", "--server.port=1")).isZero();
        assertThat(Files.readAllLines(calls)).containsExactly("-XX:AOTCache=" + cache + " -jar " + app + " --server.port=1");
    }

    @Test
    void aCacheOfAnotherBuildIsThrownAwayAndMadeAnew() throws Exception {
        Files.writeString(cacheDir.resolve("renkei-b0.aot"), "old");
        assertThat(start("ok")).isZero();
        try (var files = Files.list(cacheDir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("renkei-b1.aot");
        }
    }

    @Test
    void aFailedTrainingStartsWithoutACacheAndTheStartsOwnStatusIsTheExit() throws Exception {
        // a wrong configuration fails the training; the start then fails as it would without the script, with its status
        assertThat(start("fail", 1)).isEqualTo(1);
        assertThat(Files.readAllLines(calls)).hasSize(2).last().asString().startsWith("-jar " + app);
        assertThat(cacheDir.resolve("renkei-b1.aot")).doesNotExist();

        // a training that exits well but writes nothing: the portal runs, uncached, and the next start trains again
        Files.delete(calls);
        assertThat(start("nothing", 0)).isZero();
        assertThat(Files.readAllLines(calls)).hasSize(2).last().asString().startsWith("-jar " + app);
        assertThat(cacheDir.resolve("renkei-b1.aot")).doesNotExist();
    }

    private int start(String training, String... args) throws Exception {
        return start(training, 0, args);
    }

    private int start(String training, int startStatus, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", Path.of("docker", "start.sh").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("RENKEI_APP", app.toString());
        pb.environment().put("RENKEI_AOT_DIR", cacheDir.toString());
        pb.environment().put("CALLS", calls.toString());
        pb.environment().put("TRAINING", training);
        pb.environment().put("START_STATUS", String.valueOf(startStatus));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(out).isTrue();
        return p.exitValue();
    }
}
