package org.renkei.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.BiConsumer;
import org.renkei.kit.BoundedUpload;
import org.renkei.kit.Forms;
import org.renkei.safety.ReportService;

/** Photos, recordings and PDFs for a report, at most 10 MB each; the phone offers its camera and recorder. */
final class EvidenceUpload {

    private EvidenceUpload() {}

    static Upload create(com.vaadin.flow.component.Component owner, String id, BiConsumer<String, byte[]> received) {
        Upload upload = new Upload();
        upload.setId(id);
        upload.setUploadHandler(new BoundedUpload(ReportService.MAX_EVIDENCE_BYTES,
                owner.getTranslation("form.too-large", ReportService.MAX_EVIDENCE_BYTES / (1024 * 1024)), received));
        upload.setMaxFileSize(ReportService.MAX_EVIDENCE_BYTES);
        upload.setAcceptedFileTypes("image/*", "audio/*", "application/pdf", ".jpg", ".jpeg", ".png", ".heic", ".m4a", ".mp3", ".wav",
                ".amr", ".webm", ".ogg", ".pdf");
        upload.setDropAllowed(false);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(owner.getTranslation("form.too-large", ReportService.MAX_EVIDENCE_BYTES / (1024 * 1024)))
                .setIncorrectFileType(owner.getTranslation("safety.page.file-type"))
                .setTooManyFiles(owner.getTranslation("safety.page.file-type"))));
        Button add = new Button(owner.getTranslation("safety.page.add-files"), VaadinIcon.CAMERA.create());
        upload.setUploadButton(add);
        upload.addFileRejectedListener(e -> Forms.error(owner, e.getErrorMessage()));
        upload.setWidthFull();
        return upload;
    }
}
