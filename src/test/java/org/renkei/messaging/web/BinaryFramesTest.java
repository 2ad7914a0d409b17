package org.renkei.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.StompMember;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.messaging.Conversation;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that opens {@code /ws?frames=binary} gets every STOMP frame as a binary WebSocket frame of the same UTF-8
 * bytes; one that does not ask keeps text frames. Through a real socket (the JDK's WebSocket client), with a post in
 * Japanese that must arrive whole; a suspended member's binary connection is closed like a text one.
 */
@RenkeiTest
class BinaryFramesTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;
    @Autowired MemberService members;

    /** What a socket received, and whether each came as text or binary. */
    record Received(boolean binary, String frame) {}

    static final class Recorder implements WebSocket.Listener {
        final BlockingQueue<Received> frames = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                frames.add(new Received(false, text.toString()));
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] b = new byte[data.remaining()];
            data.get(b);
            bytes.writeBytes(b);
            if (last) {
                frames.add(new Received(true, bytes.toString(StandardCharsets.UTF_8)));
                bytes.reset();
            }
            ws.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        /** The next frame that is not a heart-beat. */
        Received next() throws InterruptedException {
            while (true) {
                Received r = frames.poll(10, TimeUnit.SECONDS);
                assertThat(r).as("a frame within 10 s").isNotNull();
                if (!r.frame().isBlank()) {
                    return r;
                }
            }
        }
    }

    private WebSocket open(String path, StompMember member, Recorder recorder) {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", member.cookies()).header("Origin", "http://127.0.0.1:" + port)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + path), recorder).join();
    }

    private static void send(WebSocket ws, String frame) {
        ws.sendText(frame + "\0", true).join();
    }

    @Test
    void framesAreBinaryOnlyForAClientThatAsks() throws Exception {
        Fixtures.Team team = fixtures.team();
        Actor nurse = team.nurse();
        Actor doctor = team.doctor();
        Conversation room = team.room();
        StompMember doctorLogin = StompMember.login(accounts, doctor, port);
        StompMember nurseLogin = StompMember.login(accounts, nurse, port);

        Recorder binary = new Recorder();
        WebSocket b = open("/ws?frames=binary", doctorLogin, binary);
        Recorder text = new Recorder();
        WebSocket t = open("/ws", nurseLogin, text);
        for (WebSocket ws : new WebSocket[] {b, t}) {
            send(ws, "CONNECT\naccept-version:1.2\nhost:renkei\nheart-beat:0,0\n\n");
        }
        Received connected = binary.next();
        assertThat(connected.binary()).isTrue();
        assertThat(connected.frame()).startsWith("CONNECTED\n");
        assertThat(text.next()).satisfies(r -> {
            assertThat(r.binary()).isFalse();
            assertThat(r.frame()).startsWith("CONNECTED\n");
        });

        for (WebSocket ws : new WebSocket[] {b, t}) {
            send(ws, "SUBSCRIBE\nid:room\ndestination:/topic/conversations." + room.id() + "\nreceipt:r-1\n\n");
        }
        assertThat(binary.next()).satisfies(r -> {
            assertThat(r.binary()).isTrue();
            assertThat(r.frame()).startsWith("RECEIPT\n").contains("receipt-id:r-1");
        });
        assertThat(text.next().frame()).startsWith("RECEIPT\n");

        String words = "夜間の吸引は2回、SpO2 96%。";
        send(t, "SEND\ndestination:/app/conversations." + room.id() + ".send\ncontent-type:application/json\n\n"
                + "{\"clientId\":\"bin-1\",\"body\":\"" + words + "\",\"importance\":\"NORMAL\"}");
        Received delivered = binary.next();
        assertThat(delivered.binary()).as("the message reaches the binary client as a binary frame").isTrue();
        assertThat(delivered.frame()).startsWith("MESSAGE\n").contains("content-type:application/json").contains(words);
        // its content-length counts the UTF-8 bytes of the body, which the binary frame carries unchanged
        String body = delivered.frame().substring(delivered.frame().indexOf("\n\n") + 2, delivered.frame().lastIndexOf('\0'));
        String length = delivered.frame().lines().filter(l -> l.startsWith("content-length:")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(length.substring("content-length:".length())))
                .isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        Received same = text.next();
        assertThat(same.binary()).as("the client that did not ask keeps text frames").isFalse();
        assertThat(same.frame()).startsWith("MESSAGE\n").contains(words);

        // a binary connection is closed like any other when its member is suspended: by the end of the member's HTTP
        // session (1008, Spring) or by the node's own check (4403), whichever comes first
        members.suspend(team.area().admin(), doctor.memberId(), "試験");
        assertThat(binary.closed.get(10, TimeUnit.SECONDS)).as("closed on suspension")
                .isIn(1008, StompSessions.ACCESS_CHANGED.getCode());
        t.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    /**
     * The binary door refuses as the text one does: an outsider of the same district (a pharmacy off the team), a member
     * of another association and the association's office get an ERROR frame (binary, since they asked) for the room,
     * never its receipt, and their connection is closed.
     */
    @Test
    void aBinaryConnectionIsRefusedTheRoomToAnOutsiderAnotherAssociationAndTheOffice() throws Exception {
        Fixtures.Team team = fixtures.team();
        Actor elsewhere = fixtures.actor(fixtures.member(fixtures.facility(fixtures.area(), FacilityType.CLINIC), Profession.PHYSICIAN).id());
        for (Actor refused : java.util.List.of(team.outsider(), elsewhere, team.area().admin())) {
            Recorder recorder = new Recorder();
            WebSocket ws = open("/ws?frames=binary", StompMember.login(accounts, refused, port), recorder);
            send(ws, "CONNECT\naccept-version:1.2\nhost:renkei\nheart-beat:0,0\n\n");
            assertThat(recorder.next().frame()).as(refused.loginId()).startsWith("CONNECTED\n");
            send(ws, "SUBSCRIBE\nid:room\ndestination:/topic/conversations." + team.room().id() + "\nreceipt:r-1\n\n");
            assertThat(recorder.next()).as(refused.loginId()).satisfies(r -> {
                assertThat(r.binary()).isTrue();
                assertThat(r.frame()).startsWith("ERROR\n").doesNotContain("receipt-id:r-1");
            });
            assertThat(recorder.closed.get(10, TimeUnit.SECONDS)).as(refused.loginId() + ": closed").isNotNull();
        }
    }
}
