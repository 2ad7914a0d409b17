package org.renkei.messaging.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationService;
import org.renkei.security.CurrentActor;

/** {@code messages/patient/<id>}: the patient's room, created on first use; the patient page links here. */
@Route("messages/patient/:patientId")
@RolesAllowed("MEMBER")
class PatientRoomView extends Div implements BeforeEnterObserver {

    private final ConversationService conversations;
    private final CurrentActor currentActor;

    PatientRoomView(ConversationService conversations, CurrentActor currentActor) {
        this.conversations = conversations;
        this.currentActor = currentActor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long patient = event.getRouteParameters().getLong("patientId").orElse(-1L);
        Conversation room = conversations.patientRoom(currentActor.require(), patient);
        event.forwardTo(ChatView.class, new RouteParameters("id", String.valueOf(room.id())));
    }
}
