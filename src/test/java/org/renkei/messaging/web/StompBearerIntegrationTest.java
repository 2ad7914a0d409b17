package org.renkei.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.StompMember;
import org.renkei.directory.ApiClientService;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.Importance;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.NewMessage;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The STOMP endpoint takes the API's bearer tokens on CONNECT, with the same scopes and the same refusals. */
@RenkeiTest
class StompBearerIntegrationTest {

    @LocalServerPort int port;
    @Autowired HandoffWorld worlds;
    @Autowired ApiClientService clients;
    @Autowired ConversationService conversations;
    @Autowired MessageService messages;

    @Test
    void aProgramWithATokenFollowsThePatientRoomLiveAndPostsOnlyWithTheWriteScope() throws Exception {
        World w = worlds.create();
        long room = conversations.patientRoom(w.hospNurse(), w.patient()).id();
        var reader = clients.register(w.admin(), w.hospital(), "reader", EnumSet.of(ApiScope.MESSAGES_READ), null, null);
        var writer = clients.register(w.admin(), w.hospital(), "writer", EnumSet.of(ApiScope.MESSAGES_READ, ApiScope.MESSAGES_WRITE), null, null);
        ApiHttp api = new ApiHttp(port);

        StompMember.Connection watching = StompMember.withToken(api.token(reader.clientId(), reader.secret(), null), port).connect();
        BlockingQueue<JsonNode> seen = watching.subscribeConfirmed("/topic/conversations." + room);
        messages.post(w.cm(), room, new NewMessage("bearer-1", "退院日が決まりました", Importance.NORMAL, null));
        JsonNode live = StompMember.next(seen);
        assertThat(live.toString()).contains("退院日が決まりました");

        StompMember.Connection posting = StompMember.withToken(api.token(writer.clientId(), writer.secret(), null), port).connect();
        posting.send("/app/conversations." + room + ".send", Map.of("clientId", "bearer-2", "body", "病院システムから投稿", "importance", "NORMAL"));
        JsonNode posted = StompMember.next(seen);
        assertThat(posted.toString()).contains("病院システムから投稿").contains("連携システム");

        // the reader may not post
        watching.send("/app/conversations." + room + ".send", Map.of("clientId", "bearer-3", "body", "x", "importance", "NORMAL"));
        assertThat(watching.errors.poll(10, TimeUnit.SECONDS)).contains("scope");
    }

    @Test
    void aBadTokenIsRefusedAtConnect() throws Exception {
        StompMember.Connection refused;
        try {
            refused = StompMember.withToken("not-a-token", port).connect();
        } catch (ExecutionException e) {
            assertThat(e.getCause().getMessage()).isNotBlank();
            return;
        }
        assertThat(refused.errors.poll(10, TimeUnit.SECONDS)).contains("bearer token refused");
    }
}
