package org.renkei;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeoutException;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * A member as a program sees the portal: logs in over HTTP (password, then TOTP at {@code /login/totp})
 * and talks STOMP over a real WebSocket with that session, as the STOMP web client does.
 */
public final class StompMember {

    public static final String PASSWORD = "Stomp-Client-2026";

    private static final ThreadPoolTaskScheduler RECEIPTS = receipts();

    private static ThreadPoolTaskScheduler receipts() {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("stomp-test-receipts-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        return scheduler;
    }

    private final @Nullable Actor actor;
    private final int port;
    private final String cookie;
    private final String loginCookie;
    private @Nullable String bearer;
    private final WebSocketStompClient client;

    private StompMember(@Nullable Actor actor, int port, String cookie, String loginCookie) {
        this.actor = actor;
        this.port = port;
        this.cookie = cookie;
        this.loginCookie = loginCookie;
        // history replies carry up to 500 messages: more than Tomcat's default 8 KB frame buffer
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(2 * 1024 * 1024);
        this.client = new WebSocketStompClient(new StandardWebSocketClient(container));
        this.client.setInboundMessageSizeLimit(2 * 1024 * 1024);
        this.client.setMessageConverter(new JacksonJsonMessageConverter());
        // receipts (a SUBSCRIBE confirmed by the server) are tracked with a timer
        this.client.setTaskScheduler(RECEIPTS);
    }

    /** The session cookie ({@code JSESSIONID=…}), empty for a member with a token. */
    public String cookie() {
        return cookie;
    }

    public Actor actor() {
        return Objects.requireNonNull(actor);
    }

    /** A program with a bearer token instead of a browser session: the token goes in the CONNECT frame. */
    public static StompMember withToken(String token, int port) {
        StompMember m = new StompMember(null, port, "", "");
        m.bearer = token;
        return m;
    }

    /** Gives the member a password and a TOTP secret of their own and logs them in over HTTP. */
    public static StompMember login(Accounts accounts, Actor actor, int port) throws IOException, InterruptedException {
        byte[] key = new byte[20];
        new SecureRandom().nextBytes(key);
        String secret = new Base32().encodeToString(key).replace("=", "");
        accounts.installDemoCredential(actor.memberId(), accounts.hashPassword(PASSWORD), secret);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + port;
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> password = http.send(form(base + "/login", "username=" + enc(actor.loginId()) + "&password=" + enc(PASSWORD)),
                HttpResponse.BodyHandlers.discarding());
        if (!password.headers().firstValue("Location").orElse("").endsWith("/login/verify")) {
            throw new IllegalStateException("password step failed: " + password.headers().firstValue("Location"));
        }
        HttpResponse<Void> code = http.send(form(base + "/login/totp", "code=" + totp(secret)), HttpResponse.BodyHandlers.discarding());
        if (code.statusCode() != 204) {
            throw new IllegalStateException("TOTP step failed: " + code.statusCode());
        }
        HttpCookie session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow();
        return new StompMember(actor, port, "JSESSIONID=" + session.getValue(), loginCookie(cookies));
    }

    /** The signed login cookie that lets another node resume the login ({@code RENKEI_LOGIN=…}). */
    private static String loginCookie(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("RENKEI_LOGIN"))
                .map(c -> "RENKEI_LOGIN=" + c.getValue()).findFirst().orElse("");
    }

    /** Both cookies, as the browser sends them: the session id and the signed login. */
    public String cookies() {
        return loginCookie.isEmpty() ? cookie : cookie.isEmpty() ? loginCookie : cookie + "; " + loginCookie;
    }

    /** The same member as seen from another node: the login cookie (and the old session id) sent to that node's port. */
    public StompMember on(int otherPort) {
        return new StompMember(actor, otherPort, cookie, loginCookie);
    }

    private static HttpRequest form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The TOTP code of a secret now (for tests that log in step by step). */
    public static String totpFor(String secret) {
        return totp(secret);
    }

    static String totp(String secret) {
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), Instant.now());
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An open STOMP connection with what it received. */
    public static final class Connection {
        public final StompSession session;
        public final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        public final CompletableFuture<Throwable> closed = new CompletableFuture<>();

        Connection(StompSession session) {
            this.session = session;
        }

        /** Subscribes; every JSON payload goes into the queue. */
        public BlockingQueue<JsonNode> subscribe(String destination) {
            BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
            session.subscribe(destination, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return JsonNode.class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    received.add((JsonNode) payload);
                }
            });
            return received;
        }

        /**
         * Subscribes and waits for the server's RECEIPT: deliveries after this returns are not missed (where a
         * subscription is expected to be refused, use {@link #subscribe} and read {@link #errors}).
         */
        public BlockingQueue<JsonNode> subscribeConfirmed(String destination) {
            BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setReceipt("subscribe-" + UUID.randomUUID());
            CompletableFuture<Boolean> confirmed = new CompletableFuture<>();
            StompSession.Subscription subscription = session.subscribe(headers, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders h) {
                    return JsonNode.class;
                }

                @Override
                public void handleFrame(StompHeaders h, Object payload) {
                    received.add((JsonNode) payload);
                }
            });
            subscription.addReceiptTask(() -> confirmed.complete(true));
            subscription.addReceiptLostTask(() -> confirmed.complete(false));
            try {
                if (!confirmed.get(20, TimeUnit.SECONDS)) {
                    throw new AssertionError("no RECEIPT for the subscription to " + destination + ": " + errors);
                }
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new AssertionError("no RECEIPT for the subscription to " + destination, e);
            }
            return received;
        }

        public void send(String destination, Object payload) {
            session.send(destination, payload);
        }

        public void disconnect() {
            session.disconnect();
        }
    }

    public Connection connect() throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        if (!cookies().isEmpty()) {
            headers.add("Cookie", cookies());
        }
        headers.setOrigin("http://127.0.0.1:" + port);
        StompHeaders connectHeaders = new StompHeaders();
        if (bearer != null) {
            connectHeaders.add("Authorization", "Bearer " + bearer);
        }
        // read on the client's own thread: an AtomicReference, so that it sees the connection the test thread set
        AtomicReference<Connection> holder = new AtomicReference<>();
        CompletableFuture<StompSession> connected = client.connectAsync("ws://127.0.0.1:" + port + "/ws", headers, connectHeaders,
                new StompSessionHandlerAdapter() {
                    @Override
                    public void handleFrame(StompHeaders h, Object payload) {
                        Connection c = holder.get();
                        if (c != null) {
                            c.errors.add(String.valueOf(h.getFirst("message")));
                        }
                    }

                    @Override
                    public void handleTransportError(StompSession s, Throwable exception) {
                        Connection c = holder.get();
                        if (c != null) {
                            c.closed.complete(exception);
                        }
                    }
                });
        Connection c = new Connection(connected.get(10, TimeUnit.SECONDS));
        holder.set(c);
        return c;
    }

    public static JsonNode next(BlockingQueue<JsonNode> queue) throws InterruptedException {
        JsonNode n = queue.poll(10, TimeUnit.SECONDS);
        if (n == null) {
            throw new AssertionError("nothing received within 10 s");
        }
        return n;
    }

    public static List<JsonNode> drain(BlockingQueue<JsonNode> queue) {
        List<JsonNode> all = new ArrayList<>();
        queue.drainTo(all);
        return all;
    }
}
