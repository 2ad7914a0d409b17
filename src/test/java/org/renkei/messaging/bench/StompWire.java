package org.renkei.messaging.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
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
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            parse(text);
        }
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
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
            String frame = text.substring(start, end);
            start = end + 1;
            int headerEnd = frame.indexOf("\n\n");
            String head = headerEnd < 0 ? frame : frame.substring(0, headerEnd);
            String body = headerEnd < 0 ? "" : frame.substring(headerEnd + 2);
            String[] lines = head.split("\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(lines[i].substring(0, colon), lines[i].substring(colon + 1));
                }
            }
            Frame f = new Frame(lines[0].trim(), headers, body);
            if ("CONNECTED".equals(f.command())) {
                connected.complete(f);
            } else if ("ERROR".equals(f.command()) && !connected.isDone()) {
                connected.completeExceptionally(new IllegalStateException("STOMP ERROR: " + headers.get("message")));
            }
            onFrame.accept(f);
        }
    }
}
