package org.renkei.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.renkei.handoff.AttachedFile;
import org.renkei.handoff.internal.FileTypes;

/** The files of a handoff on its page (a conference's minutes, an admission sheet's care plan): a link and an upload. */
final class Attachments {

    private Attachments() {}

    /** A link that fetches the file when clicked (so the read is logged then, not when the page is drawn). */
    static Anchor download(String label, Supplier<AttachedFile> file) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            AttachedFile f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(), f.content().length);
        }), "");
        a.add(VaadinIcon.FILE_TEXT_O.create(), new Span(label));
        a.addClassName("button-link");
        return a;
    }

    /** An upload button for a PDF or image; {@code attach} gets the file's name and bytes in the UI's session. */
    static Upload upload(Component owner, String label, BiConsumer<String, byte[]> attach) {
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> owner.getUI().ifPresent(ui -> ui.access(() ->
                attach.accept(meta.fileName(), bytes)))));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png");
        upload.setMaxFileSize(FileTypes.MAX_BYTES);
        upload.setUploadButton(new Button(label, VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        upload.addClassName("chat-upload");
        return upload;
    }
}
