package org.renkei.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.ConversationSummary;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.NewMessage;
import org.renkei.messaging.Posted;
import org.renkei.platform.api.ApiPage;
import org.renkei.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * ConversationService over HTTP (scopes {@code messages.read}, {@code messages.write}): the list, the history after
 * a sequence number (what a client missed), and posting with a client id so a retried post is stored once.
 * Live delivery is on the STOMP endpoint, with the same token.
 */
@RestController
@RequestMapping("/api/conversations")
@Tag(name = "conversations", description = "Patient rooms, groups and direct messages")
class ConversationApi {

    private final ConversationService conversations;
    private final MessageService messages;

    ConversationApi(ConversationService conversations, MessageService messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The conversations the client's member is in, most recent first")
    List<ConversationSummary> list(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "50") int limit) {
        ApiPage.check(0, limit);
        return conversations.mine(actor, limit);
    }

    @GetMapping("/patient/{patientId}")
    @Operation(summary = "The room of a patient on the facility's team")
    Conversation patientRoom(@AuthenticationPrincipal Actor actor, @PathVariable long patientId) {
        return conversations.patientRoom(actor, patientId);
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "MessageService after a sequence number, oldest first (0 for the beginning)")
    ApiPage<ChatMessage> messages(@AuthenticationPrincipal Actor actor, @PathVariable long id,
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        ApiPage.check(0, limit);
        List<ChatMessage> fetched = messages.after(actor, id, after, limit + 1);
        return ApiPage.of(fetched, 0, limit);
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Posts a message; the same clientId again returns the stored one (200) instead of a second copy (201)")
    ResponseEntity<ChatMessage> post(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody NewMessage message) {
        Posted posted = messages.post(actor, id, message);
        if (posted.duplicate()) {
            return ResponseEntity.ok(posted.message());
        }
        return ResponseEntity.created(URI.create("/api/conversations/" + id + "/messages?after=" + (posted.message().seq() - 1)))
                .body(posted.message());
    }
}
