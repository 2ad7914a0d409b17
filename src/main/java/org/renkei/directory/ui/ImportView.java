package org.renkei.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.MemberImportService;
import org.renkei.kit.Forms;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * 職員の一括登録: upload a CSV file (UTF-8 or Shift_JIS from Excel), see every row with its problems,
 * and import all rows once none is left. Nothing is imported while any row is wrong.
 */
@Route("staff/import")
@RolesAllowed("FACILITY_ADMIN")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    final RadioButtonGroup<CsvFiles.Encoding> encoding = new RadioButtonGroup<>();
    final Upload upload = new Upload();
    final Grid<MemberImportService.Row> preview = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button importAll = new Button();
    private final MemberImportService imports;
    private final Actor actor;
    private final long facility;
    private byte @Nullable [] file;

    ImportView(MemberImportService imports, CurrentActor currentActor) {
        this.imports = imports;
        this.actor = currentActor.require();
        this.facility = Objects.requireNonNull(actor.facilityId());
        addClassName("page");
        setSizeFull();

        Paragraph help = new Paragraph(getTranslation("import.help"));
        Pre sample = new Pre(getTranslation("import.sample"));
        sample.addClassName("sample");

        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(CsvFiles.Encoding.values());
        encoding.setItemLabelGenerator(e -> getTranslation("import.encoding." + e));
        encoding.setValue(CsvFiles.Encoding.AUTO);
        encoding.addValueChangeListener(e -> showPreview());

        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            file = bytes;
            showPreview();
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MemberImportService.MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", "application/vnd.ms-excel");
        upload.addFileRejectedListener(e -> Forms.error(this, e.getErrorMessage()));

        preview.addThemeVariants(GridVariant.LUMO_COMPACT);
        preview.addColumn(MemberImportService.Row::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(MemberImportService.Row::loginId).setHeader(getTranslation("member.login-id")).setAutoWidth(true);
        preview.addColumn(MemberImportService.Row::name).setHeader(getTranslation("member.name")).setAutoWidth(true);
        preview.addColumn(MemberImportService.Row::nameKana).setHeader(getTranslation("member.name-kana")).setAutoWidth(true);
        preview.addColumn(MemberImportService.Row::profession).setHeader(getTranslation("member.profession")).setAutoWidth(true);
        preview.addColumn(MemberImportService.Row::email).setHeader(getTranslation("member.email")).setAutoWidth(true);
        preview.addColumn(r -> r.problems().stream()
                        .map(p -> (p.field().isEmpty() ? "" : getTranslation("import.field." + p.field()) + ": ")
                                + getTranslation(p.messageKey(), p.arguments().toArray()))
                        .collect(Collectors.joining(" / ")))
                .setHeader(getTranslation("import.problems")).setFlexGrow(3);
        preview.setPartNameGenerator(r -> r.valid() ? null : "error-row");
        preview.setVisible(false);

        importAll.setText(getTranslation("import.submit"));
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.setEnabled(false);
        importAll.addClickListener(e -> runImport());

        add(new Anchor("staff", getTranslation("staff.back")), help, sample, encoding, upload, summary, importAll, preview);
    }

    private void showPreview() {
        if (file == null) {
            return;
        }
        try {
            MemberImportService.Preview p = imports.preview(actor, facility, file, encoding.getValue());
            preview.setItems(p.rows().stream().sorted((a, b) -> Boolean.compare(a.valid(), b.valid())).toList());
            preview.setVisible(true);
            summary.setText(getTranslation(p.importable() ? "import.summary-ok" : "import.summary-errors",
                    p.rows().size(), p.errorRows(), p.charset().displayName()));
            summary.setClassName(p.importable() ? "summary-ok" : "summary-errors");
            importAll.setEnabled(p.importable());
        } catch (InvalidInputException e) {
            preview.setVisible(false);
            importAll.setEnabled(false);
            summary.setClassName("summary-errors");
            summary.setText(e.problems().stream().map(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                    .collect(Collectors.joining(" ")));
        }
    }

    private void runImport() {
        try {
            int count = imports.importAll(actor, facility, Objects.requireNonNull(file), encoding.getValue());
            Forms.success(getTranslation("import.done", count));
            getUI().ifPresent(ui -> ui.navigate(StaffView.class));
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.name");
    }
}
