package org.renkei.messaging.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.renkei.datagen.DataGenerator;

/**
 * The load benchmark of one node (docs/benchmarks.md): the portal runs as its own process on the embedded
 * MariaDB, with 100,000 patients and 10 million messages; the harness, on the same machine, connects members
 * in rooms of eight in steps, each posting once a minute and reading history and a summary every three
 * minutes, and reports for each step the delivery latency, losses, duplicates and heap per member; then the
 * posts per second it sustains; then what a node past its connection limit does; then a restart (SIGTERM: the
 * sessions are kept) and a crash (SIGKILL: every member logs in again), each with every client reconnecting at
 * once.
 *
 * <pre>
 * ./mvnw -Pbenchmark test -Dtest=LoadBenchmark
 *   -Dbench.steps=1000,2000,4000,6000,8000   members connected at each step
 *   -Dbench.step-seconds=120                 measured time per step
 *   -Dbench.max-connections=8000             the node's limit (renkei.stomp.max-connections)
 *   -Dbench.rates=250,500,750,1000           posts per second tried after the ramp
 *   -Dbench.after=false                      stop after the throughput (no limit, restart or crash phase)
 *   -Dbench.heap=3g                          the node's heap
 *   -Dbench.jfr=true                         a flight recording of the node (target/bench/portal-PID.jfr)
 * </pre>
 * The data are generated once into target/bench-db (about 15 minutes) and kept for later runs.
 */
@Tag("benchmark")
class LoadBenchmark {

    static final Path DIR = Path.of("target", "bench");
    static final Path DB = Path.of("target", "bench-db");
    static final Path MANIFEST = DIR.resolve("load-rooms.csv");
    static final int PORT = Integer.getInteger("bench.port", 18080);

    private final List<String> report = new ArrayList<>();

    @Test
    void oneNode() throws Exception {
        Files.createDirectories(DIR);
        List<Integer> steps = Arrays.stream(System.getProperty("bench.steps", "1000,2000,4000,6000,8000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int maxConnections = Integer.getInteger("bench.max-connections", steps.getLast());
        int stepSeconds = Integer.getInteger("bench.step-seconds", 120);
        List<Integer> rates = Arrays.stream(System.getProperty("bench.rates", "250,500,750,1000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int rooms = (maxConnections + 1000) / 8 + 1;

        line("# Load benchmark, " + ZonedDateTime.now(ZoneOffset.UTC));
        line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + "; " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version"));
        if (!Files.exists(MANIFEST) || LoadHarness.manifest(MANIFEST).size() < rooms) {
            // the first time: everything; later, only more rooms of eight on the data already there
            generate(Files.exists(DB) && Files.exists(MANIFEST) ? rooms - LoadHarness.manifest(MANIFEST).size() : Math.max(rooms, 1400),
                    !(Files.exists(DB) && Files.exists(MANIFEST)));
        }
        List<LoadHarness.Room> all = LoadHarness.manifest(MANIFEST);
        line("data: " + dbFacts());

        // sessions a run that was cut short left behind
        Files.deleteIfExists(DIR.resolve("sessions").resolve("SESSIONS.ser"));
        Portal portal = Portal.start(maxConnections);
        line("startup: " + portal.startup.toMillis() + " ms to the first HTTP answer (embedded MariaDB included)");
        long baseline = portal.heapUsedAfterGc();
        line(String.format(Locale.ROOT, "heap after GC, nobody connected: %.0f MB", baseline / 1e6));

        try (LoadHarness harness = new LoadHarness("http://127.0.0.1:" + PORT, DataGenerator.PASSWORD, DataGenerator.TOTP_SECRET)) {
            // 1. members at one post a minute, in steps
            int connectedRooms = 0;
            int best = 0;
            line("");
            line("## Ramp: each member posts once a minute, reads history and the summary every 3 minutes");
            for (int step : steps) {
                int roomsNeeded = step / 8;
                long t0 = System.nanoTime();
                int failed = harness.connect(all.subList(connectedRooms, roomsNeeded), 64);
                connectedRooms = roomsNeeded;
                line(String.format(Locale.ROOT, "- step %d: connected in %.1f s (%d failed)", step, (System.nanoTime() - t0) / 1e9, failed));
                harness.startLoad(1, Duration.ofMinutes(3));
                Thread.sleep(20_000);
                harness.resetCounters();
                Thread.sleep(stepSeconds * 1000L);
                harness.stopLoad();
                LoadHarness.Period p = harness.measure(Duration.ofSeconds(stepSeconds), Duration.ofSeconds(5));
                long heap = portal.heapUsedAfterGc();
                line(String.format(Locale.ROOT, "  %s; heap %.0f MB (%.1f KB per member); cpu %s", p, heap / 1e6,
                        (heap - baseline) / 1024.0 / Math.max(1, p.connected()), portal.cpu()));
                if (p.p99() >= 500 || p.lost() > 0 || p.duplicates() > 0 || failed > 0) {
                    line("  → past the target (p99 < 500 ms, nothing lost or duplicated, everyone connected)");
                    break;
                }
                best = step;
            }
            line("");
            line("most members served with p99 < 500 ms and nothing lost or duplicated: " + best);

            // 2. posts per second
            line("");
            line("## Throughput: the connected members post faster");
            int connected = harness.connected();
            int sustained = 0;
            for (int rate : rates) {
                double perMember = rate * 60.0 / Math.max(1, connected);
                harness.startLoad(perMember, Duration.ofMinutes(3));
                Thread.sleep(10_000);
                harness.resetCounters();
                // the CPU figures cover the measured minute only
                portal.cpu();
                harnessCpu();
                Map<String, Double> before = portal.figures();
                Thread.sleep(60_000);
                harness.stopLoad();
                Map<String, Double> after = portal.figures();
                LoadHarness.Period p = harness.measure(Duration.ofSeconds(60), Duration.ofSeconds(5));
                line(String.format(Locale.ROOT, "- %d posts/s asked: %s; cpu %s, the harness %s; node: %s", rate, p, portal.cpu(), harnessCpu(),
                        Portal.node(before, after, 60)));
                // every rate asked is reported (not only up to the first that misses)
                if (p.p99() < 500 && p.lost() == 0 && p.duplicates() == 0) {
                    sustained = Math.max(sustained, (int) p.postsPerSecond());
                }
            }
            line("posts per second sustained with p99 < 500 ms: " + sustained);
            if (!Boolean.parseBoolean(System.getProperty("bench.after", "true"))) {
                return;
            }

            // 3. past the limit: new connections refused, the others keep their service
            line("");
            line("## Past the limit (" + maxConnections + " connections)");
            harness.startLoad(1, Duration.ofMinutes(3));
            // what the last throughput step left queued drains first; then the same load without newcomers, to
            // compare with
            Thread.sleep(30_000);
            harness.resetCounters();
            Thread.sleep(30_000);
            harness.stopLoad();
            line("- before, at one post a minute each: " + harness.measure(Duration.ofSeconds(30), Duration.ofSeconds(5)));
            harness.startLoad(1, Duration.ofMinutes(3));
            harness.resetCounters();
            int extraRooms = Math.min(all.size() - connectedRooms, 1000 / 8);
            int refused = harness.probeRefusals(all.subList(connectedRooms, connectedRooms + extraRooms));
            connectedRooms += extraRooms;
            Thread.sleep(30_000);
            harness.stopLoad();
            LoadHarness.Period during = harness.measure(Duration.ofSeconds(40), Duration.ofSeconds(5));
            line(String.format(Locale.ROOT, "- %d more members tried to log in and connect: %d refused (HTTP 503)", extraRooms * 8,
                    refused));
            line("- meanwhile, those connected: " + during);
            line("- samples of refusals: " + harness.errorSamples().stream().limit(3).toList());

            // 4. a restart (a deployment: SIGTERM, sessions kept), then a crash (SIGKILL, sessions lost): everyone
            // reconnects at once
            line("");
            line("## Restart (SIGTERM: the sessions are kept) with every client reconnecting at once");
            portal = restart(portal, harness, maxConnections, false);
            line("");
            line("## Crash (SIGKILL): the sessions are lost, every client logs in again at once");
            portal = restart(portal, harness, maxConnections, true);
        } finally {
            portal.stop();
            Files.write(DIR.resolve("load-report.md"), report, StandardCharsets.UTF_8);
        }
    }

    /**
     * Stops the node (gracefully, or killed), starts it again with room for everyone, reconnects every member at
     * once, checks the catch-up, and measures the minute after.
     */
    private Portal restart(Portal portal, LoadHarness harness, int maxConnections, boolean crash) throws Exception {
        if (crash) {
            portal.kill();
        } else {
            portal.stop();
        }
        long down = System.nanoTime();
        Portal again = Portal.start(maxConnections + 2000);
        line(String.format(Locale.ROOT, "- node back after %.1f s (limit raised to %d so that every client fits)",
                (System.nanoTime() - down) / 1e9, maxConnections + 2000));
        LoadHarness.Reconnect back = harness.reconnectAll(256);
        long gaps = harness.catchUpGaps(Duration.ofSeconds(60));
        line(String.format(Locale.ROOT, "- %d members reconnected and resubscribed in %.1f s (%d of them had to log in again with "
                + "password + TOTP; the others resumed their session or their login cookie); catch-up from the last number each had seen: %d gaps", harness.connected(),
                back.took().toMillis() / 1000.0, back.loggedInAgain(), gaps));
        if (harness.connected() < harness.size()) {
            line("- not back: " + (harness.size() - harness.connected()) + "; samples of what they met: "
                    + harness.errorSamples().stream().limit(5).toList());
        }
        harness.resetCounters();
        harness.startLoad(1, Duration.ofMinutes(3));
        Thread.sleep(60_000);
        harness.stopLoad();
        line("- the minute after: " + harness.measure(Duration.ofSeconds(60), Duration.ofSeconds(5)));
        return again;
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }

    private static void generate(int rooms, boolean everything) throws Exception {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=dev", "--server.port=0",
                "--renkei.embedded-db.dir=" + DB, "--spring.devtools.restart.enabled=false", "--renkei.generate.load-rooms=" + rooms));
        Path manifest = MANIFEST;
        if (everything) {
            args.addAll(List.of("--renkei.generate.patients=100000", "--renkei.generate.members=" + Math.max(20_000, rooms * 8 + 2000),
                    "--renkei.generate.messages=10000000"));
        } else {
            manifest = DIR.resolve("more-rooms.csv");
        }
        args.add("--renkei.generate.manifest=" + manifest);
        List<String> command = java(List.of("-Xmx3g"), args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolve("generate.log").toFile())).start();
        if (!p.waitFor(90, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("generation failed: see " + DIR.resolve("generate.log"));
        }
        if (!everything) {
            Files.write(MANIFEST, Files.readAllLines(manifest), StandardOpenOption.APPEND);
        }
    }

    private static String dbFacts() throws IOException {
        String log = Files.exists(DIR.resolve("generate.log")) ? Files.readString(DIR.resolve("generate.log")) : "";
        Matcher m = Pattern.compile("Generated: LoadResult\\[.*").matcher(log);
        Matcher g = Pattern.compile("Generated: Result\\[.*").matcher(log);
        return (g.find() ? g.group() : "") + " " + (m.find() ? m.group() : "");
    }

    static List<String> java(List<String> jvm, List<String> args) {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> c = new ArrayList<>();
        c.add(javaBin);
        c.addAll(jvm);
        c.add("-Duser.timezone=UTC");
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add("org.renkei.RenkeiApplication");
        c.addAll(args);
        return c;
    }

    private static long harnessCpuLast;
    private static long harnessWallLast = System.nanoTime();

    /** This process's (the harness's) CPU since the last call, in cores: it shares the machine with the node. */
    private static String harnessCpu() {
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        long wall = System.nanoTime();
        double cores = (cpu - harnessCpuLast) / (double) Math.max(1, wall - harnessWallLast);
        harnessCpuLast = cpu;
        harnessWallLast = wall;
        return String.format(Locale.ROOT, "%.2f cores", cores);
    }

    private static String memory() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal")) {
                    return l.replaceAll("\\s+", " ");
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return "?";
    }

    /** The portal under test, as its own process. */
    static final class Portal {
        final Process process;
        final Duration startup;
        private long lastCpu;
        private long lastDbCpu;
        private long lastWall = System.nanoTime();

        private Portal(Process process, Duration startup) {
            this.process = process;
            this.startup = startup;
        }

        static Portal start(int maxConnections) throws Exception {
            // -Dbench.heap=4g: the node's heap (about 110 KB a connected member)
            // the heap is fixed at its maximum, as a production node's should be: with -Xms1g G1 kept the heap just above the
            // 1.1 GB that 10,000 members hold, and marked it concurrently without a pause (37 cycles in 5 minutes)
            String heap = System.getProperty("bench.heap", "3g");
            List<String> jvm = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC"));
            if (Boolean.getBoolean("bench.jfr")) {
                // -Dbench.jfr=true: a flight recording of each portal process, for `jfr print`/`jfr view`
                jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + DIR.resolve("portal-%p.jfr"));
            }
            List<String> command = java(jvm, List.of("--spring.profiles.active=dev",
                    "--server.port=" + PORT, "--renkei.embedded-db.dir=" + DB, "--spring.devtools.restart.enabled=false",
                    "--renkei.stomp.max-connections=" + maxConnections, "--server.tomcat.max-connections=30000",
                    "--server.tomcat.threads.max=200",
                    "--server.servlet.session.store-dir=" + DIR.resolve("sessions").toAbsolutePath(), "--logging.level.root=WARN", "--logging.level.org.renkei=INFO",
                    "--management.server.port=" + (PORT + 1),
                    // -Dbench.db-buffer-pool=256M: InnoDB's page cache. The database is about 5 GB (10 million messages); the
                    // unique key of a message's client id takes a random page at every insert, and with the development
                    // default of 256 MB a post waited for disk reads (docs/benchmarks.md). A database server sized for its
                    // data, as production's is, holds that index
                    "--renkei.embedded-db.buffer-pool-size=" + System.getProperty("bench.db-buffer-pool", "2G")));
            // -Dbench.portal-args="--a=1 --b=2": settings to try on the node (pool sizes, threads …)
            String extra = System.getProperty("bench.portal-args", "").trim();
            if (!extra.isEmpty()) {
                command.addAll(Arrays.asList(extra.split("\\s+")));
            }
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolve("portal.log").toFile())).start();
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 600; i++) {
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/readyz"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return new Portal(p, Duration.ofNanos(System.nanoTime() - t0));
                    }
                } catch (IOException notYet) {
                    // starting
                }
                if (!p.isAlive()) {
                    throw new IllegalStateException("the portal exited: see " + DIR.resolve("portal.log"));
                }
                Thread.sleep(250);
            }
            p.destroy();
            throw new IllegalStateException("the portal did not start within 150 s");
        }

        /** The node's own figures (Prometheus on its management port): series name with labels, value. */
        Map<String, Double> figures() {
            Map<String, Double> out = new java.util.HashMap<>();
            try {
                String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (PORT + 1)
                        + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
                for (String l : text.split("\n")) {
                    int space = l.lastIndexOf(' ');
                    if (!l.startsWith("#") && space > 0) {
                        try {
                            out.put(l.substring(0, space), Double.parseDouble(l.substring(space + 1)));
                        } catch (NumberFormatException ignored) {
                            // not a sample
                        }
                    }
                }
            } catch (Exception e) {
                out.put("error", 1.0);
            }
            return out;
        }

        /**
         * What the node says of a period: messages stored per second, frames refused busy, delivery p50/p99 (commit to
         * socket), and of the clients' frames the wait in the inbound queue and the handling (p50/p99).
         */
        static String node(Map<String, Double> a, Map<String, Double> b, int seconds) {
            double stored = b.getOrDefault("renkei_messages_stored_total", 0.0) - a.getOrDefault("renkei_messages_stored_total", 0.0);
            double busy = b.getOrDefault("renkei_stomp_busy_total", 0.0) - a.getOrDefault("renkei_stomp_busy_total", 0.0);
            return String.format(Locale.ROOT, "%.0f stored/s, %.0f refused busy, delivery %s; inbound wait %s, handling %s",
                    stored / seconds, busy, timer(a, b, "renkei_message_delivery_seconds"),
                    timer(a, b, "renkei_stomp_inbound_wait_seconds"), timer(a, b, "renkei_stomp_inbound_handling_seconds"));
        }

        /** p50 and p99 of a timer's histogram over the period (the difference of its buckets), and its count. */
        private static String timer(Map<String, Double> a, Map<String, Double> b, String name) {
            java.util.TreeMap<Double, Double> buckets = new java.util.TreeMap<>();
            Pattern bucket = Pattern.compile(Pattern.quote(name) + "_bucket\\{.*le=\"([^\"]+)\".*");
            for (Map.Entry<String, Double> e : b.entrySet()) {
                Matcher m = bucket.matcher(e.getKey());
                if (m.matches() && !m.group(1).equals("+Inf")) {
                    buckets.put(Double.parseDouble(m.group(1)), e.getValue() - a.getOrDefault(e.getKey(), 0.0));
                }
            }
            double total = b.getOrDefault(name + "_count", 0.0) - a.getOrDefault(name + "_count", 0.0);
            return String.format(Locale.ROOT, "p50 %s p99 %s (%.0f)", quantile(buckets, total, 0.5), quantile(buckets, total, 0.99), total);
        }

        private static String quantile(java.util.TreeMap<Double, Double> cumulative, double total, double q) {
            for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
                if (total > 0 && e.getValue() >= q * total) {
                    return String.format(Locale.ROOT, "≤%.0f ms", e.getKey() * 1000);
                }
            }
            return "-";
        }

        long heapUsedAfterGc() throws Exception {
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
        }

        /** The portal's CPU use since the last call, in cores. */
        String cpu() {
            long cpu = process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            long wall = System.nanoTime();
            // the embedded MariaDB is a child process: its share is reported beside the node's
            long db = process.descendants().mapToLong(h -> h.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
            double cores = (cpu - lastCpu) / (double) Math.max(1, wall - lastWall);
            double dbCores = (db - lastDbCpu) / (double) Math.max(1, wall - lastWall);
            lastCpu = cpu;
            lastDbCpu = db;
            lastWall = wall;
            return String.format(Locale.ROOT, "%.2f cores (its MariaDB %.2f)", cores, dbCores);
        }

        private String jcmd(String what) throws Exception {
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            String jcmd = new File(new File(javaBin).getParentFile(), "jcmd").getPath();
            Process p = new ProcessBuilder(jcmd, String.valueOf(process.pid()), what).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        }

        /** As a crash of the node's machine: the JVM and its embedded MariaDB are killed, nothing is saved. */
        void kill() throws InterruptedException {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle child : children) {
                child.destroyForcibly();
                child.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> child).join();
            }
        }

        void stop() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }
}
