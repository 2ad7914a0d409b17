package org.renkei.messaging.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A connection opened as {@code /ws?frames=binary}: each STOMP frame goes out as one binary WebSocket frame of its
 * UTF-8 bytes, as RabbitMQ's Web-STOMP does with {@code ws_frame = binary}. Spring encodes a frame to bytes and makes
 * a text message of them (a {@code String}); the server then encodes that string to UTF-8 again, character by
 * character (6 % of the node's CPU at 1,000 posts a second, docs/benchmarks.md). A binary frame sends the bytes
 * Spring made. The frames' content is the same; clients that read binary frames (stomp.js, Spring's and the JDK's
 * WebSocket clients) ask for it, and the others keep text frames.
 */
final class BinaryFrames extends WebSocketSessionDecorator {

    BinaryFrames(WebSocketSession session) {
        super(session);
    }

    /** Whether the client asked for binary frames in the query of its handshake. */
    static boolean asked(WebSocketSession session) {
        URI uri = session.getUri();
        return uri != null && UriComponentsBuilder.fromUri(uri).build().getQueryParams().getOrDefault("frames", List.of())
                .contains("binary");
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) throws IOException {
        if (message instanceof TextMessage text) {
            super.sendMessage(new BinaryMessage(text.asBytes(), text.isLast()));
        } else {
            super.sendMessage(message);
        }
    }
}
