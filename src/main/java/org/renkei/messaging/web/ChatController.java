package org.renkei.messaging.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.renkei.messaging.ChatMessage;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.NewMessage;
import org.renkei.messaging.Posted;
import org.renkei.patient.PatientPage;
import org.renkei.patient.PatientService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;

/**
 * MessageService over STOMP.
 * <ul>
 *   <li>SEND {@code /app/conversations.<id>.send} with {@code {clientId, body, importance}}: stored, then
 *       delivered to {@code /topic/conversations.<id>}; the sender gets {@code {clientId, seq, messageId,
 *       duplicate}} on {@code /user/queue/acks}.</li>
 *   <li>SUBSCRIBE {@code /app/conversations.<id>.after.<seq>}: one reply with the messages after that number
 *       (at most 500; ask again from the last one).</li>
 *   <li>SEND {@code /app/messages.<id>.ack}: 「確認しました」.</li>
 *   <li>SUBSCRIBE {@code /app/patients.<id>.summary}: one reply with the patient's current summary.</li>
 *   <li>Refusals and bad input arrive on {@code /user/queue/errors} as problem details.</li>
 * </ul>
 */
@Controller
class ChatController {

    /** What the sender hears back once the message is stored. */
    record Receipt(String clientId, long conversationId, long seq, long messageId, boolean duplicate) {}

    /** An error for the sender (RFC 9457 fields). */
    record Problem(String type, String title, int status, String detail, String destination) {

        /** The problem for a message key: the title in English, the detail in Japanese. */
        static Problem of(Translations translations, String key, Object[] arguments, int status, String destination) {
            return new Problem(RenkeiException.PROBLEM_TYPES + key, translations.text(key, Locale.ENGLISH, arguments), status,
                    translations.text(key, Locale.JAPANESE, arguments), destination);
        }
    }

    private final MessageService messages;
    private final PatientService patients;
    private final SimpMessagingTemplate broker;
    private final Translations translations;

    ChatController(MessageService messages, PatientService patients, SimpMessagingTemplate broker, Translations translations) {
        this.messages = messages;
        this.patients = patients;
        this.broker = broker;
        this.translations = translations;
    }

    @MessageMapping("/conversations.{id}.send")
    void send(@DestinationVariable long id, @Payload NewMessage message, Principal principal) {
        Actor actor = actor(principal);
        Posted posted = messages.post(actor, id, message);
        broker.convertAndSendToUser(principal.getName(), "/queue/acks", new Receipt(message.clientId(), id,
                posted.message().seq(), posted.message().id(), posted.duplicate()));
    }

    /** A patient's current summary, for a program following the patient's room (the access rule and log of the pages). */
    @SubscribeMapping("/patients.{id}.summary")
    PatientPage summary(@DestinationVariable long id, Principal principal) {
        return patients.open(actor(principal), id);
    }

    @SubscribeMapping("/conversations.{id}.after.{seq}")
    List<ChatMessage> after(@DestinationVariable long id, @DestinationVariable long seq, Principal principal) {
        return messages.after(actor(principal), id, seq, MessageService.MAX_PAGE);
    }

    @MessageMapping("/messages.{id}.ack")
    void ack(@DestinationVariable long id, Principal principal) {
        messages.ack(actor(principal), id);
    }

    @MessageExceptionHandler(RenkeiException.class)
    void refused(RenkeiException e, Principal principal, Message<?> request) {
        String destination = String.valueOf(request.getHeaders().get("simpDestination"));
        broker.convertAndSendToUser(principal.getName(), "/queue/errors",
                Problem.of(translations, e.messageKey(), e.arguments(), e.status(), destination));
    }

    private static Actor actor(Principal principal) {
        Actor actor = StompAuthorization.actorOf(principal);
        if (actor == null) {
            throw new AccessRefusedException();
        }
        return actor;
    }

}
