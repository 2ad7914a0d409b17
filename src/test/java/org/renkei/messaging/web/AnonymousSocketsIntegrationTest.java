package org.renkei.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sockets that never authenticate (no session, no CONNECT) cannot fill the node: they do not count towards the
 * members' limit that the login gate reads, at most a few may be open from one address, and each is closed when it
 * has not authenticated within the connect timeout (the test profile: 5 per address, 3 s). (Attack run, H8.)
 */
@RenkeiTest
class AnonymousSocketsIntegrationTest {

    @LocalServerPort int port;
    @Autowired StompSessions sessions;

    /** A raw WebSocket that says nothing, and how it ended. */
    record Stranger(WebSocket socket, CompletableFuture<Integer> closedWith) {}

    private Stranger open() throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closed.complete(-1);
                    }
                }).get(10, TimeUnit.SECONDS);
        return new Stranger(ws, closed);
    }

    @Test
    void strangersSocketsAreFewPerAddressDoNotCountAsMembersAndAreClosedUnlessTheyAuthenticate() throws Exception {
        int membersBefore = sessions.authenticated();
        List<Stranger> strangers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            strangers.add(open());
        }
        // they are not members: the login gate (and the members' limit) does not see them
        // (at most as many as before: a member of an earlier test may still be leaving)
        assertThat(sessions.authenticated()).isLessThanOrEqualTo(membersBefore);

        // a sixth from the same address is refused at the handshake
        assertThatThrownBy(this::open).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class);

        // none sent a CONNECT: each is closed by the node (4401) within the connect timeout
        for (Stranger s : strangers) {
            assertThat(s.closedWith().get(10, TimeUnit.SECONDS)).isEqualTo(4401);
        }
        // and the address may open sockets again
        Stranger again = open();
        again.socket().abort();
    }
}
