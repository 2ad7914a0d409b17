package org.renkei.messaging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.renkei.kit.Forms;
import org.renkei.messaging.AttachmentInfo;
import org.renkei.messaging.Importance;
import org.renkei.kit.BoundedUpload;
import org.renkei.messaging.MessageService;
import org.renkei.messaging.NewMessage;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;

/**
 * Where a member writes into a conversation: the importance, an attachment (shown as pending above the bar until
 * it is posted) and the text.
 */
final class Composer extends Div {

    final MessageInput input = new MessageInput();
    final Select<Importance> importance = new Select<>();
    final Upload upload = new Upload();
    /** The attachment waiting to go with the next post; the page places it above the bar. */
    final Span pendingAttachment = new Span();
    private final MessageService messages;
    private final Actor actor;
    private final LongSupplier conversationId;
    private @Nullable AttachmentInfo attachment;

    Composer(MessageService messages, Actor actor, LongSupplier conversationId) {
        this.messages = messages;
        this.actor = actor;
        this.conversationId = conversationId;
        importance.setItems(Importance.values());
        importance.setItemLabelGenerator(i -> getTranslation("importance." + i));
        importance.setValue(Importance.NORMAL);
        importance.setAriaLabel(getTranslation("messages.importance"));
        importance.addClassName("chat-importance");
        input.setI18n(new MessageInputI18n().setMessage(getTranslation("messages.input")).setSend(getTranslation("messages.send")));
        input.setWidthFull();
        input.addSubmitListener(e -> post(e.getValue()));
        upload.setUploadHandler(new BoundedUpload(MessageService.MAX_ATTACHMENT_BYTES,
                getTranslation("form.too-large", MessageService.MAX_ATTACHMENT_BYTES / (1024 * 1024)), (fileName, bytes) -> {
                    try {
                        attachment = messages.attach(actor, conversationId.getAsLong(), fileName, bytes);
                        pendingAttachment.setText("📎 " + attachment.fileName());
                    } catch (RenkeiException e) {
                        Forms.error(this, e);
                    }
                    upload.clearFileList();
                }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MessageService.MAX_ATTACHMENT_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", ".jpg", ".jpeg",
                ".png", ".gif", ".webp", ".pdf");
        upload.setDropAllowed(false);
        Button attach = new Button(VaadinIcon.PAPERCLIP.create());
        attach.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        attach.setAriaLabel(getTranslation("messages.attach"));
        upload.setUploadButton(attach);
        upload.addFileRejectedListener(e -> Forms.error(this, e.getErrorMessage()));
        upload.addClassName("chat-upload");
        add(importance, upload, input);
        addClassName("chat-input");
    }

    /** A member who may only read (a patient's room they do not write in) sees the text field disabled and nothing else. */
    void allowPosting(boolean mayPost) {
        input.setEnabled(mayPost);
        upload.setVisible(mayPost);
        importance.setVisible(mayPost);
    }

    void post(String text) {
        try {
            messages.post(actor, conversationId.getAsLong(), new NewMessage(UUID.randomUUID().toString(), text,
                    importance.getValue(), attachment == null ? null : attachment.id()));
            attachment = null;
            pendingAttachment.setText("");
            importance.setValue(Importance.NORMAL);
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }
}
