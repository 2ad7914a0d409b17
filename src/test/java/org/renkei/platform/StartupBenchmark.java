package org.renkei.platform;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the portal takes from the command to the first answer of {@code /login} (HTTP 200), five runs each,
 * median (issue 21, item 3). Two commands:
 * <ul>
 *   <li>the README's {@code ./mvnw spring-boot:run} (offline, compiled already), on a new and on an existing data
 *       directory of the embedded MariaDB, with the demo data;</li>
 *   <li>the production jar ({@code java -jar target/renkei-*.jar}, built with {@code -Pproduction}), against a
 *       MariaDB server of its own (started here from the embedded binaries), on a new (empty) and on an existing
 *       (migrated) database; then extracted, as the image runs it, with a class-data archive ({@code cds}) and with
 *       the image's start script and its AOT cache ({@code aot}). Skipped when no production jar is in target/.</li>
 * </ul>
 * <pre>
 * ./mvnw -Pbenchmark test -Dtest=StartupBenchmark [-Dbench.runs=5] [-Dbench.only=run|jar|cds|aot]
 * </pre>
 * The figures go to target/bench/startup-report.md.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final Path DIR = Path.of("target", "bench");
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private final List<String> report = new ArrayList<>();

    @Test
    void startTimes() throws Exception {
        Files.createDirectories(DIR);
        line("# Start times, " + java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC) + " (" + RUNS + " runs each, median)");
        String only = System.getProperty("bench.only", "");
        try {
            if (!only.equals("jar") && !only.equals("cds") && !only.equals("aot")) {
                Path data = DIR.resolve("start-db");
                measure("./mvnw spring-boot:run, new data directory", () -> {
                    EmbeddedMariaDb.deleteRecursively(data);
                    return mvnw(data);
                });
                measure("./mvnw spring-boot:run, existing data directory", () -> mvnw(data));
            }
            if (!only.equals("run")) {
                Path jar = productionJar();
                if (jar == null) {
                    line("- production jar: none in target/ (build it with -Pproduction), not measured");
                } else {
                    Path server = DIR.resolve("start-server-db");
                    int port = EmbeddedMariaDb.start(server.toAbsolutePath().normalize(), true, "bootstrap", "256M");
                    String password = EmbeddedMariaDb.password(server.toAbsolutePath().normalize());
                    try {
                        sql(port, password, "CREATE DATABASE IF NOT EXISTS renkei_start");
                        if (!only.equals("cds") && !only.equals("aot")) {
                            measure("java -jar (production), new database", () -> {
                                sql(port, password, "DROP DATABASE IF EXISTS renkei_start", "CREATE DATABASE renkei_start");
                                return jar(jar, port, password);
                            });
                            measure("java -jar (production), existing database", () -> jar(jar, port, password));
                        }
                        // as the Dockerfile runs it: the jar extracted (plain jars, which the JVM's class-data sharing
                        // can archive), with a dynamic class-data archive that the first start writes at its exit
                        Path extracted = DIR.resolve("extracted");
                        EmbeddedMariaDb.deleteRecursively(extracted);
                        Process x = new ProcessBuilder(javaBin(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                                "--destination", extracted.toString()).inheritIO().start();
                        if (x.waitFor() != 0) {
                            throw new IllegalStateException("could not extract " + jar);
                        }
                        Path app = extracted.resolve(jar.getFileName());
                        Path archive = extracted.resolve("renkei.jsa");
                        List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
                        if (!only.equals("aot")) {
                            ProcessBuilder training = jar(app, port, password, cds);
                            training.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolve("startup.log").toFile()));
                            Process first = training.start();
                            untilLogin(first, Integer.parseInt(training.environment().get("BENCH_PORT")), System.nanoTime());
                            untilReady(first, Integer.parseInt(training.environment().get("BENCH_PORT")));
                            stop(first);
                            line("- class-data archive written by the first start: " + (Files.exists(archive) ? Files.size(archive) / 1_000_000 + " MB" : "none"));
                            measure("java -jar (production, extracted, class-data archive), existing database", () -> jar(app, port, password, cds));
                        }
                        if (!only.equals("cds")) {
                            // as the image starts it (docker/start.sh): JDK 25's ahead-of-time cache (JEP 483, 514), written
                            // by a training run at the first start that ends once the context is refreshed
                            Path aotDir = extracted.resolve("aot");
                            Files.createDirectories(aotDir);
                            ProcessBuilder training = script(app, aotDir, port, password);
                            training.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolve("startup.log").toFile()));
                            long t0 = System.nanoTime();
                            Process first = training.start();
                            long firstMillis = untilLogin(first, Integer.parseInt(training.environment().get("BENCH_PORT")), t0);
                            untilReady(first, Integer.parseInt(training.environment().get("BENCH_PORT")));
                            stop(first);
                            try (Stream<Path> caches = Files.list(aotDir)) {
                                line(String.format(Locale.ROOT, "- docker/start.sh, first start (training run, then the start): %.1f s; AOT cache: %s",
                                        firstMillis / 1000.0, caches.map(c -> c.getFileName() + " " + c.toFile().length() / 1_000_000 + " MB").toList()));
                            }
                            measure("docker/start.sh (production, extracted, AOT cache), existing database",
                                    () -> script(app, aotDir, port, password));
                        }
                    } finally {
                        EmbeddedMariaDb.stop(server.toAbsolutePath().normalize());
                    }
                }
            }
        } finally {
            Files.write(DIR.resolve("startup-report.md"), report, StandardCharsets.UTF_8);
        }
    }

    private interface Launch {
        ProcessBuilder prepare() throws Exception;
    }

    private void measure(String what, Launch launch) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            ProcessBuilder pb = launch.prepare();
            int port = Integer.parseInt(pb.environment().get("BENCH_PORT"));
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolve("startup.log").toFile()));
            long t0 = System.nanoTime();
            Process p = pb.start();
            try {
                millis.add(untilLogin(p, port, t0));
                // then let it finish its start (the demo data of a new directory) before stopping it: a run cut short
                // would leave the next one half the demo data
                untilReady(p, port);
            } finally {
                stop(p);
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        line(String.format(Locale.ROOT, "- %s: median %.1f s (runs: %s)", what, sorted.get(sorted.size() / 2) / 1000.0,
                millis.stream().map(m -> String.format(Locale.ROOT, "%.1f", m / 1000.0)).toList()));
    }

    private static long untilLogin(Process p, int port, long t0) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI login = URI.create("http://127.0.0.1:" + port + "/login");
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(180)) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the portal exited: see " + DIR.resolve("startup.log"));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no answer from /login within 180 s");
    }

    private static void untilReady(Process p, int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create("http://127.0.0.1:" + port + "/readyz");
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(300) && p.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the portal did not become ready: see " + DIR.resolve("startup.log"));
    }

    private static ProcessBuilder mvnw(Path data) throws IOException {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder("./mvnw", "-o", "-q", "-B", "spring-boot:run",
                "-Dspring-boot.run.arguments=--server.port=" + port + " --management.server.port=" + freePort()
                        + " --renkei.embedded-db.dir=" + data);
        pb.environment().put("BENCH_PORT", String.valueOf(port));
        return pb;
    }

    private static String javaBin() {
        return new File(ProcessHandle.current().info().command().orElse("java")).getPath();
    }

    private static ProcessBuilder jar(Path jar, int dbPort, String password) throws IOException {
        return jar(jar, dbPort, password, List.of());
    }

    private static ProcessBuilder jar(Path jar, int dbPort, String password, List<String> jvm) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaBin());
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--management.server.port=" + freePort()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("BENCH_PORT", String.valueOf(port));
        pb.environment().put("SPRING_PROFILES_ACTIVE", "mariadb");
        pb.environment().put("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/renkei_start");
        pb.environment().put("SPRING_DATASOURCE_USERNAME", EmbeddedMariaDb.USER);
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", password);
        // the secrets a deployment must give (README); these are for this measurement only
        pb.environment().put("RENKEI_SECURITY_TOTP_KEY", "startup-benchmark-totp-passphrase");
        pb.environment().put("RENKEI_SECURITY_TOTP_SALT", "5f1c2a9e33b04d7e");
        pb.environment().put("RENKEI_AUDIT_CHAIN_KEY", "startup-benchmark-audit-chain-key-of-forty-characters");
        pb.environment().put("RENKEI_AUDIT_ANCHOR_FILE", DIR.resolve("startup-anchors.log").toAbsolutePath().toString());
        return pb;
    }

    /** The image's start script on the extracted jar, with the JVM that runs this benchmark first on the path. */
    private static ProcessBuilder script(Path app, Path aotDir, int dbPort, String password) throws IOException {
        ProcessBuilder pb = jar(app, dbPort, password);
        List<String> command = new ArrayList<>(List.of("sh", Path.of("docker", "start.sh").toString()));
        command.addAll(pb.command().subList(pb.command().indexOf(app.toString()) + 1, pb.command().size()));
        pb.command(command);
        pb.environment().put("RENKEI_APP", app.toAbsolutePath().toString());
        pb.environment().put("RENKEI_AOT_DIR", aotDir.toAbsolutePath().toString());
        pb.environment().put("PATH", new File(javaBin()).getParent() + File.pathSeparator + System.getenv("PATH"));
        return pb;
    }

    private static Path productionJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("renkei-.*\\.jar"))
                    .filter(f -> f.toFile().length() < 300_000_000L) // the production jar leaves the embedded MariaDB out
                    .findFirst().orElse(null);
        }
    }

    private static void sql(int port, String password, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", EmbeddedMariaDb.USER, password);
                Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static void stop(Process p) throws InterruptedException {
        // the whole tree: mvnw's JVM starts the portal's
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        for (ProcessHandle child : children) {
            child.destroy();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            child.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(t -> child).join();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
