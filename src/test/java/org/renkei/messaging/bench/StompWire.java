package org.renkei.messaging.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A minimal STOMP 1.2 client over the JDK's WebSocket: one selector thread serves thousands of connections,
 * which is what a load generator on the same two cores as the server needs. Frames are parsed as they come;
 * the caller gets each MESSAGE/ERROR/RECEIPT/CONNECTED frame.
 */
final class StompWire implements WebSocket.Listener {

    /** A received frame. */
    record Frame(String command, Map<String, String> headers, String body) {}

    private final Consumer<Frame> onFrame;
    private final Consumer<Throwable> onClose;
    private final StringBuilder partial = new StringBuilder();
    private final ByteArrayOutputStream partialBytes = new ByteArrayOutputStream();
    private volatile @Nullable WebSocket socket;
    private final CompletableFuture<Frame> connected = new CompletableFuture<>();

    private StompWire(Consumer<Frame> onFrame, Consumer<Throwable> onClose) {
        this.onFrame = onFrame;
        this.onClose = onClose;
    }

    /** Opens the WebSocket with the session cookie (or none) and sends CONNECT (with a bearer token, or none). */
    static CompletableFuture<StompWire> open(HttpClient http, String wsUrl, @Nullable String cookie, @Nullable String bearer,
            String origin, Consumer<Frame> onFrame, Consumer<Throwable> onClose) {
        StompWire wire = new StompWire(onFrame, onClose);
        WebSocket.Builder b = http.newWebSocketBuilder().header("Origin", origin);
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b.buildAsync(URI.create(wsUrl), wire).thenCompose(ws -> {
            wire.socket = ws;
            Map<String, String> h = new LinkedHashMap<>();
            h.put("accept-version", "1.2");
            h.put("host", "renkei");
            h.put("heart-beat", "0,0");
            if (bearer != null) {
                h.put("Authorization", "Bearer " + bearer);
            }
            wire.send("CONNECT", h, "");
            return wire.connected.thenApply(f -> wire);
        });
    }

    void subscribe(String id, String destination) {
        send("SUBSCRIBE", Map.of("id", id, "destination", destination), "");
    }

    void unsubscribe(String id) {
        send("UNSUBSCRIBE", Map.of("id", id), "");
    }

    void sendJson(String destination, String json) {
        send("SEND", Map.of("destination", destination, "content-type", "application/json"), json);
    }

    void close() {
        WebSocket ws = socket;
        if (ws != null) {
            try {
                send("DISCONNECT", Map.of(), "");
            } catch (RuntimeException ignored) {
                // closing anyway
            }
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }

    void abort() {
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
    }

    private synchronized void send(String command, Map<String, String> headers, String body) {
        WebSocket ws = socket;
        if (ws == null) {
            throw new IllegalStateException("not open");
        }
        StringBuilder f = new StringBuilder(command).append('\n');
        headers.forEach((k, v) -> f.append(k).append(':').append(v).append('\n'));
        f.append('\n').append(body).append('\0');
        ws.sendText(f, true).join();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (last && partial.isEmpty()) {
            parse(data.toString());
            return null;
        }
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            parse(text);
        }
        return null;
    }

    /** A frame as binary (the socket was opened with {@code ?frames=binary}): its UTF-8 bytes, decoded once. */
    @Override
    public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        if (last && partialBytes.size() == 0) {
            parse(new String(bytes, StandardCharsets.UTF_8));
        } else {
            partialBytes.writeBytes(bytes);
            if (last) {
                String text = partialBytes.toString(StandardCharsets.UTF_8);
                partialBytes.reset();
                parse(text);
            }
        }
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        onClose.accept(new IllegalStateException("closed " + statusCode + " " + reason));
        connected.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        onClose.accept(error);
        connected.completeExceptionally(error);
    }

    private void parse(String text) {
        int start = 0;
        while (start < text.length()) {
            // skip heart-beat newlines
            while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                start++;
            }
            if (start >= text.length()) {
                return;
            }
            int end = text.indexOf('\0', start);
            if (end < 0) {
                end = text.length();
            }
            // the command, then header lines up to an empty line, then the body (no copies of the whole frame)
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            String command = text.substring(start, lineEnd).trim();
            Map<String, String> headers = new LinkedHashMap<>();
            int body = end;
            int at = lineEnd + 1;
            while (at < end) {
                int next = text.indexOf('\n', at);
                if (next < 0 || next > end) {
                    next = end;
                }
                if (next == at) {
                    body = at + 1;
                    break;
                }
                int colon = text.indexOf(':', at);
                if (colon > at && colon < next) {
                    headers.putIfAbsent(text.substring(at, colon), text.substring(colon + 1, next));
                }
                at = next + 1;
            }
            Frame f = new Frame(command, headers, body < end ? text.substring(body, end) : "");
            start = end + 1;
            if ("CONNECTED".equals(f.command())) {
                connected.complete(f);
            } else if ("ERROR".equals(f.command()) && !connected.isDone()) {
                connected.completeExceptionally(new IllegalStateException("STOMP ERROR: " + headers.get("message")));
            }
            onFrame.accept(f);
        }
    }
}
