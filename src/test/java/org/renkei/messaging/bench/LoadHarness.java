package org.renkei.messaging.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * The load generator: members as real STOMP clients over WebSocket, each logged in with password and TOTP
 * like a person, in patient rooms of eight. Each member posts at a given rate, reads the room's history and
 * the patient's summary now and then, and counts every message it receives. The harness knows every message
 * it sent and who should get it, so it reports end-to-end latency (post to each receiver), losses and
 * duplicates exactly. Used by {@code LoadBenchmark} (the full run, docs/benchmarks.md) and by
 * {@code LoadHarnessTest} (a small run in the test suite, so that the harness cannot rot).
 */
public final class LoadHarness implements AutoCloseable {

    /** A patient room of the manifest: its conversation, its patient, the members on its team. */
    public record Room(long conversationId, long patientId, List<String> logins) {}

    /** What one measured period showed. */
    public record Period(int connected, long posts, long acked, long expected, long delivered, long lost, long duplicates,
            double p50, double p95, double p99, double max, double postsPerSecond, long historyReads, long summaryReads,
            long errors, long busy, Duration length, String split) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "connected=%d posts=%d acked=%d deliveries=%d/%d lost=%d duplicates=%d p50=%.0fms p95=%.0fms p99=%.0fms max=%.0fms "
                            + "posts/s=%.1f historyReads=%d summaryReads=%d errors=%d busy=%d in %ds; %s",
                    connected, posts, acked, delivered, expected, lost, duplicates, p50, p95, p99, max, postsPerSecond, historyReads,
                    summaryReads, errors, busy, length.toSeconds(), split);
        }
    }

    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":\"(b-[^\"]+)\"");
    private static final Pattern SENT_AT = Pattern.compile("\\[t=(\\d+)]");
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private final String base;
    private final String password;
    private final String totpSecret;
    private final HttpClient http;
    /**
     * The members' WebSockets, spread over several clients: each JDK client reads all its sockets on one selector
     * thread, and with 10,000 sockets on one thread, sharing two cores with the node, frames waited in the kernel's
     * buffers for that thread (commit to received p99 576 ms while the node had written them within 28 ms).
     */
    private final List<HttpClient> sockets;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "load-timer");
        t.setDaemon(true);
        return t;
    });
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    private final List<Member> members = new ArrayList<>();
    private final Map<String, Post> posts = new ConcurrentHashMap<>();
    /**
     * Delivery latencies in nanoseconds, end to end. Histograms of fixed size (HdrHistogram, which Micrometer brings), not a list: a list of half
     * a million boxed numbers a minute made the harness's own GC pause for up to half a second, which it then measured.
     */
    private final Histogram latencies = histogram();
    /** From a post's sending to its commit on the node (once a post), and from the commit to each member's receiving it. */
    private final Histogram toCommit = histogram();
    private final Histogram fromCommit = histogram();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong historyReads = new AtomicLong();
    private final AtomicLong summaryReads = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong busyRefusals = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger postCounter = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();

    /** A message the harness sent: when, to which room, and who has received it. */
    private static final class Post {
        final long sentNanos;
        final int roomSize;
        /** Who received it: one bit per member of the room (its place in the room's list), no object per delivery. */
        final AtomicLong receivers = new AtomicLong();
        volatile boolean acked;
        volatile boolean counted = true;

        Post(long sentNanos, int roomSize) {
            this.sentNanos = sentNanos;
            this.roomSize = roomSize;
        }

        /** Marks the member at this place as having received it; false when it had already (a duplicate). */
        boolean receivedBy(int place) {
            long bit = 1L << place;
            return (receivers.getAndUpdate(r -> r | bit) & bit) == 0;
        }

        int receivedCount() {
            return Long.bitCount(receivers.get());
        }
    }

    /** One connected member. */
    private final class Member {
        final int index;
        final String login;
        final Room room;
        volatile @Nullable StompWire wire;
        volatile @Nullable String cookie;
        volatile long lastSeq;
        volatile boolean up;
        @Nullable ScheduledFuture<?> posting;
        @Nullable ScheduledFuture<?> reading;
        int sent;
        /** Posts sent and not yet acknowledged: client id → frame body (sent again, safely, when the node was busy). */
        final Map<String, String> unacked = new ConcurrentHashMap<>();
        /** A retry after a busy answer is scheduled: further busy answers until then add nothing. */
        final AtomicBoolean retrying = new AtomicBoolean();

        /** This member's place in its room's list (a bit of {@link Post#receivers}). */
        final int place;

        Member(int index, String login, Room room) {
            this.index = index;
            this.login = login;
            this.room = room;
            this.place = room.logins().indexOf(login);
            if (place < 0 || place >= 64) {
                throw new IllegalArgumentException("a room of at most 64 members, with " + login);
            }
        }

        void onFrame(StompWire.Frame f) {
            switch (f.command()) {
                case "MESSAGE" -> {
                    String sub = f.headers().getOrDefault("subscription", "");
                    if (sub.equals("room")) {
                        received(f.body(), f.headers().get("renkei-committed"));
                    } else if (sub.startsWith("c-")) {
                        catchUpReply(sub, f.body());
                    } else if (sub.startsWith("h-")) {
                        historyReads.incrementAndGet();
                    } else if (sub.startsWith("s-")) {
                        summaryReads.incrementAndGet();
                    } else if (sub.equals("acks")) {
                        Matcher m = CLIENT_ID.matcher(f.body());
                        if (m.find()) {
                            unacked.remove(m.group(1));
                            Post p = posts.get(m.group(1));
                            if (p != null) {
                                p.acked = true;
                            }
                        }
                    } else if (sub.equals("errors")) {
                        if (f.body().contains("message.node-busy")) {
                            busy(f.body());
                        } else {
                            error("problem: " + f.body());
                        }
                    }
                }
                case "ERROR" -> error("ERROR frame for " + login + ": " + f.headers().get("message"));
                default -> { }
            }
        }

        void received(String body, @Nullable String committedHeader) {
            long now = System.nanoTime();
            Matcher seq = SEQ.matcher(body);
            if (seq.find()) {
                lastSeq = Math.max(lastSeq, Long.parseLong(seq.group(1)));
            }
            Matcher id = CLIENT_ID.matcher(body);
            if (!id.find()) {
                return;
            }
            Post p = posts.get(id.group(1));
            if (p == null) {
                return;
            }
            if (!p.receivedBy(place)) {
                duplicates.incrementAndGet();
                return;
            }
            if (p.counted) {
                record(latencies, now - p.sentNanos);
                // the node's commit, on the same monotonic clock (one machine): the way in and the way out apart
                if (committedHeader != null) {
                    long committed = Long.parseLong(committedHeader);
                    record(fromCommit, now - committed);
                    if (p.receivedCount() == 1) {
                        record(toCommit, committed - p.sentNanos);
                    }
                }
            }
        }

        /**
         * The node was busy and did nothing: like a real client, try again in 1 to 3 s: the posts not acknowledged
         * (with the same client ids, so nothing is stored twice), or the catch-up request.
         */
        void busy(String problem) {
            busyRefusals.incrementAndGet();
            long delay = 1000 + ThreadLocalRandom.current().nextLong(2000);
            if (problem.contains(".send\"")) {
                if (!retrying.compareAndSet(false, true)) {
                    return;
                }
                timers.schedule(() -> {
                    retrying.set(false);
                    StompWire w = wire;
                    if (w != null && up) {
                        unacked.forEach((clientId, json) -> {
                            try {
                                w.sendJson("/app/conversations." + room.conversationId() + ".send", json);
                            } catch (RuntimeException e) {
                                error("send failed: " + e.getMessage());
                            }
                        });
                    }
                }, delay, TimeUnit.MILLISECONDS);
            } else if (problem.contains(".after.") && catchUps.containsKey("c-" + index)) {
                long since = catchUps.get("c-" + index)[0];
                timers.schedule(() -> {
                    StompWire w = wire;
                    if (w != null && up) {
                        w.subscribe("c-" + index, "/app/conversations." + room.conversationId() + ".after." + since);
                    }
                }, delay, TimeUnit.MILLISECONDS);
            }
        }

        void post() {
            StompWire w = wire;
            if (w == null || !up) {
                return;
            }
            String clientId = "b-" + run + "-" + index + "-" + (++sent);
            long now = System.nanoTime();
            posts.put(clientId, new Post(now, room.logins().size()));
            postCounter.incrementAndGet();
            String json = "{\"clientId\":\"" + clientId + "\",\"body\":\"負荷試験の投稿です [t=" + now + "]\",\"importance\":\"NORMAL\"}";
            unacked.put(clientId, json);
            try {
                w.sendJson("/app/conversations." + room.conversationId() + ".send", json);
            } catch (RuntimeException e) {
                posts.remove(clientId);
                error("send failed: " + e.getMessage());
            }
        }

        void read() {
            StompWire w = wire;
            if (w == null || !up) {
                return;
            }
            try {
                String n = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
                w.subscribe("h-" + n, "/app/conversations." + room.conversationId() + ".after." + Math.max(0, lastSeq - 20));
                w.subscribe("s-" + n, "/app/patients." + room.patientId() + ".summary");
            } catch (RuntimeException e) {
                error("read failed: " + e.getMessage());
            }
        }
    }

    public LoadHarness(String base, String password, String totpSecret) {
        this.base = base;
        this.password = password;
        this.totpSecret = totpSecret;
        this.http = client();
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("bench.socket-clients", 8); i++) {
            clients.add(client());
        }
        this.sockets = List.copyOf(clients);
    }

    /**
     * The STOMP endpoint; with binary frames (the default, {@code -Dbench.binary-frames=false} for text frames) the node
     * sends the bytes it encoded instead of encoding them a second time, and the harness decodes them once.
     */
    private String wsUrl() {
        return base.replaceFirst("^http", "ws") + (Boolean.parseBoolean(System.getProperty("bench.binary-frames", "true"))
                ? "/ws?frames=binary" : "/ws");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The rooms a generator wrote: conversation id, patient id, then the members' login ids. */
    public static List<Room> manifest(Path csv) throws IOException {
        List<Room> rooms = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            String[] cells = line.split(",");
            if (cells.length >= 3) {
                rooms.add(new Room(Long.parseLong(cells[0]), Long.parseLong(cells[1]), List.of(Arrays.copyOfRange(cells, 2, cells.length))));
            }
        }
        return rooms;
    }

    public int connected() {
        return (int) members.stream().filter(m -> m.up).count();
    }

    /** Every member that was ever connected (up or not). */
    public int size() {
        return members.size();
    }

    /**
     * Logs in and connects the members of these rooms ({@code parallel} at a time), each subscribed to its
     * room, its receipts and its errors. Returns how many could not connect (refused or failed).
     */
    public int connect(List<Room> rooms, int parallel) throws InterruptedException {
        List<Member> fresh = new ArrayList<>();
        for (Room room : rooms) {
            for (String login : room.logins()) {
                Member m = new Member(members.size() + fresh.size(), login, room);
                fresh.add(m);
            }
        }
        members.addAll(fresh);
        return connectAll(fresh, parallel);
    }

    private int connectAll(List<Member> list, int parallel) throws InterruptedException {
        Semaphore slots = new Semaphore(parallel);
        CountDownLatch done = new CountDownLatch(list.size());
        AtomicInteger failed = new AtomicInteger();
        for (Member m : list) {
            slots.acquire();
            Thread.startVirtualThread(() -> {
                try {
                    connect(m);
                } catch (Exception e) {
                    failed.incrementAndGet();
                    error("connect " + m.login + ": " + e.getMessage());
                } finally {
                    slots.release();
                    done.countDown();
                }
            });
        }
        done.await();
        return failed.get();
    }

    private void connect(Member m) throws Exception {
        if (m.cookie == null) {
            m.cookie = login(m.login);
            logins.incrementAndGet();
        }
        StompWire wire;
        try {
            wire = StompWire.open(sockets.get(m.index % sockets.size()), wsUrl(), m.cookie, null, base,
                    m::onFrame, e -> m.up = false)
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                // the node turned the connection away (503 past its limit): no point in logging in again
                throw new IllegalStateException("handshake refused with HTTP " + refused.getResponse().statusCode());
            }
            // the session is gone (a node that crashed, or had to drop it), so CONNECT was refused: log in again once
            m.cookie = login(m.login);
            logins.incrementAndGet();
            wire = StompWire.open(sockets.get(m.index % sockets.size()), wsUrl(), m.cookie, null, base,
                    m::onFrame, x -> m.up = false)
                    .get(30, TimeUnit.SECONDS);
        }
        wire.subscribe("acks", "/user/queue/acks");
        wire.subscribe("errors", "/user/queue/errors");
        wire.subscribe("room", "/topic/conversations." + m.room.conversationId());
        m.wire = wire;
        m.up = true;
    }

    /** Password, then TOTP, as the login page does; returns the session cookie. */
    String login(String loginId) throws IOException, InterruptedException {
        HttpResponse<Void> first = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(loginId) + "&password=" + enc(password))).build(),
                HttpResponse.BodyHandlers.discarding());
        String cookie = cookie(first, null);
        String location = first.headers().firstValue("Location").orElse("");
        if (cookie == null || !location.endsWith("/login/verify")) {
            throw new IllegalStateException("password step for " + loginId + ": " + first.statusCode() + " " + location);
        }
        int status = 0;
        for (int attempt = 0; attempt < 2; attempt++) {
            long step = Instant.now().getEpochSecond() / 30 + attempt;
            HttpResponse<Void> second = http.send(HttpRequest.newBuilder(URI.create(base + "/login/totp"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString("code=" + totp(step))).build(), HttpResponse.BodyHandlers.discarding());
            status = second.statusCode();
            if (status == 204) {
                String rotated = cookie(second, cookie);
                return rotated == null ? cookie : rotated;
            }
            if (attempt == 0) {
                // the code of this step was used already (a login a moment ago): wait for the next step
                Thread.sleep(Math.max(0, (step + 1) * 30_000 - System.currentTimeMillis()) + 200);
            }
        }
        throw new IllegalStateException("TOTP step for " + loginId + " refused with HTTP " + status);
    }

    /**
     * The cookies a browser would send next: the session's and the login's ({@code RENKEI_LOGIN}, which lets a node that
     * does not know the session, after a crash, resume the login without password and code), as one Cookie header.
     */
    private static @Nullable String cookie(HttpResponse<?> r, @Nullable String earlier) {
        Map<String, String> cookies = new LinkedHashMap<>();
        if (earlier != null) {
            for (String pair : earlier.split("; ")) {
                cookies.put(pair.substring(0, pair.indexOf('=')), pair);
            }
        }
        for (String c : r.headers().allValues("Set-Cookie")) {
            String pair = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            String name = pair.substring(0, Math.max(0, pair.indexOf('=')));
            if (name.equals("JSESSIONID") || name.equals("RENKEI_LOGIN")) {
                cookies.put(name, pair);
            }
        }
        if (!cookies.containsKey("JSESSIONID")) {
            return null;
        }
        String session = cookies.get("JSESSIONID");
        String login = cookies.get("RENKEI_LOGIN");
        if (login != null && login.equals("RENKEI_LOGIN=")) {
            login = null; // cleared
        }
        return login == null ? session : session + "; " + login;
    }

    /**
     * Every member posts {@code postsPerMinute} times a minute (spread at random over the minute) and reads the
     * history and the summary every {@code readEvery}; until {@link #stopLoad()}.
     */
    public void startLoad(double postsPerMinute, Duration readEvery) {
        long periodMicros = (long) (60_000_000 / postsPerMinute);
        for (Member m : members) {
            if (m.posting != null) {
                m.posting.cancel(false);
            }
            if (m.reading != null) {
                m.reading.cancel(false);
            }
            m.posting = timers.scheduleAtFixedRate(m::post, ThreadLocalRandom.current().nextLong(periodMicros), periodMicros,
                    TimeUnit.MICROSECONDS);
            long readMillis = readEvery.toMillis();
            m.reading = timers.scheduleAtFixedRate(m::read, ThreadLocalRandom.current().nextLong(readMillis), readMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    public void stopLoad() {
        for (Member m : members) {
            if (m.posting != null) {
                m.posting.cancel(false);
            }
            if (m.reading != null) {
                m.reading.cancel(false);
            }
        }
    }

    /** Starts a measured period: what was counted before is forgotten. */
    public void resetCounters() {
        posts.values().forEach(p -> p.counted = false);
        posts.clear();
        latencies.reset();
        toCommit.reset();
        fromCommit.reset();
        duplicates.set(0);
        historyReads.set(0);
        summaryReads.set(0);
        errors.set(0);
        busyRefusals.set(0);
        postCounter.set(0);
        errorSamples.clear();
    }

    /**
     * Ends a measured period: waits {@code grace} for deliveries in flight, then counts. A message is lost when
     * it was stored (acknowledged to its sender) and a member of its room that was connected throughout did
     * not receive it.
     */
    public Period measure(Duration length, Duration grace) throws InterruptedException {
        Thread.sleep(grace.toMillis());
        long acked = 0;
        long expected = 0;
        long delivered = 0;
        for (Post p : posts.values()) {
            if (p.acked) {
                acked++;
                expected += p.roomSize;
                delivered += Math.min(p.roomSize, p.receivedCount());
            }
        }
        Histogram sorted = latencies.copy();
        Histogram in = toCommit.copy();
        Histogram out = fromCommit.copy();
        String split = String.format(Locale.ROOT, "sent to commit p50=%.0fms p99=%.0fms, commit to received p50=%.0fms p99=%.0fms",
                percentile(in, 50), percentile(in, 99), percentile(out, 50), percentile(out, 99));
        return new Period(connected(), postCounter.get(), acked, expected, delivered, expected - delivered, duplicates.get(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.getTotalCount() == 0 ? 0 : sorted.getMaxValue() / 1e6, acked / Math.max(1.0, length.toMillis() / 1000.0),
                historyReads.get(), summaryReads.get(), errors.get(), busyRefusals.get(), length, split);
    }

    /** Tries to connect this many more members beyond the node's limit; returns how many were refused. */
    public int probeRefusals(List<Room> rooms) throws InterruptedException {
        return connect(rooms, 64);
    }

    /** How a reconnect of everyone went: how long, and how many had to log in again (their session was gone). */
    public record Reconnect(Duration took, int loggedInAgain) {}

    /**
     * Drops every connection at once (the node went away) and reconnects all of them at once, each with its
     * session cookie first, as a browser would, and with a new login (password + TOTP) when the node no longer
     * knows the session.
     */
    public Reconnect reconnectAll(int parallel) throws InterruptedException {
        for (Member m : members) {
            m.up = false;
            StompWire w = m.wire;
            if (w != null) {
                w.abort();
            }
        }
        logins.set(0);
        errorSamples.clear();
        long started = System.nanoTime();
        int failed = connectAll(members, parallel);
        if (failed > 0) {
            // the ones refused (node still busy) try again once
            connectAll(members.stream().filter(m -> !m.up).toList(), parallel);
        }
        return new Reconnect(Duration.ofNanos(System.nanoTime() - started), logins.get());
    }

    /**
     * After a reconnect: every member asks for the messages after the last number it saw and checks that the
     * numbers continue without a gap. Returns the gaps found (0 when nothing was lost).
     */
    public long catchUpGaps(Duration wait) throws InterruptedException {
        Map<Long, Long> lastByRoom = new ConcurrentHashMap<>();
        for (Member m : members) {
            lastByRoom.merge(m.room.conversationId(), m.lastSeq, Math::max);
        }
        AtomicLong gaps = new AtomicLong();
        CountDownLatch replies = new CountDownLatch(members.size());
        for (Member m : members) {
            StompWire w = m.wire;
            if (w == null || !m.up) {
                gaps.incrementAndGet();
                replies.countDown();
                continue;
            }
            long since = m.lastSeq;
            long target = lastByRoom.get(m.room.conversationId());
            // the reply's numbers must run since+1 … at least target, without holes
            String id = "c-" + m.index;
            catchUps.put(id, new long[] {since, target});
            pendingCatchUps.put(id, replies);
            Thread.startVirtualThread(() -> {
                try {
                    w.subscribe(id, "/app/conversations." + m.room.conversationId() + ".after." + since);
                } catch (RuntimeException e) {
                    gaps.incrementAndGet();
                }
            });
        }
        replies.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        gaps.addAndGet(replies.getCount());
        gaps.addAndGet(catchUpHoles.get());
        return gaps.get();
    }

    private final Map<String, long[]> catchUps = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> pendingCatchUps = new ConcurrentHashMap<>();
    private final AtomicLong catchUpHoles = new AtomicLong();

    /** Checks a catch-up reply (called for MESSAGE frames of subscriptions "c-…"). */
    void catchUpReply(String subscription, String body) {
        long[] range = catchUps.remove(subscription);
        CountDownLatch latch = pendingCatchUps.remove(subscription);
        if (range == null || latch == null) {
            return;
        }
        Matcher seq = SEQ.matcher(body);
        long expect = range[0] + 1;
        while (seq.find()) {
            long s = Long.parseLong(seq.group(1));
            if (s != expect) {
                catchUpHoles.incrementAndGet();
                break;
            }
            expect++;
        }
        if (expect - 1 < range[1]) {
            catchUpHoles.incrementAndGet();
        }
        latch.countDown();
    }

    public List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    private void error(String text) {
        errors.incrementAndGet();
        if (errorSamples.size() < 20) {
            errorSamples.add(text);
        }
    }

    @Override
    public void close() {
        stopLoad();
        for (Member m : members) {
            StompWire w = m.wire;
            if (w != null) {
                try {
                    w.close();
                } catch (RuntimeException ignored) {
                    // already gone
                }
            }
        }
        timers.shutdownNow();
    }

    private static double percentile(Histogram h, int p) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(p) / 1e6;
    }

    /** Up to 10 minutes, with 3 significant digits. */
    private static Histogram histogram() {
        return new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
    }

    private static void record(Histogram h, long nanos) {
        h.recordValue(Math.max(0, Math.min(nanos, h.getHighestTrackableValue())));
    }

    private String totp(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(totpSecret), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[h.length - 1] & 0xf;
            int code = ((h[o] & 0x7f) << 24 | (h[o + 1] & 0xff) << 16 | (h[o + 2] & 0xff) << 8 | (h[o + 3] & 0xff)) % 1_000_000;
            return String.format("%06d", code);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
