package org.renkei.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.renkei.audit.AuditChain;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditRecord;
import org.renkei.audit.AuditTrailService;
import org.renkei.audit.ChainReport;
import org.renkei.kit.Forms;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Dates;

/**
 * 操作履歴: who did what to whom and when, newest first, for the association's administrators (their
 * association) and the portal's operators (all). Filters by day, action, actor and target; exports the
 * filtered log as CSV; checks the hash chain.
 */
@Route("admin/audit")
@Menu(title = "audit.title", order = 80, icon = "vaadin:clipboard-text")
@RolesAllowed({"ASSOCIATION_ADMIN", "SYSTEM_ADMIN"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<String> action = new ComboBox<>();
    final TextField actorName = new TextField();
    final TextField target = new TextField();
    final IntegerField patientId = new IntegerField();
    final IntegerField actorId = new IntegerField();
    final Grid<AuditRecord> grid = new Grid<>();
    final Button check = new Button();
    final Span count = new Span();
    private final AuditTrailService trail;
    private final Actor viewer;

    AuditView(AuditTrailService trail, AuditChain chain, CurrentActor currentActor, Translations translations) {
        this.trail = trail;
        this.viewer = currentActor.require();
        addClassName("page");
        setSizeFull();
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setValue(LocalDate.now(TimeConfiguration.TOKYO).minusDays(30));
        action.setLabel(getTranslation("audit.action"));
        action.setItems(translations.keys("audit.action."));
        action.setItemLabelGenerator(this::actionName);
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());
        actorName.setLabel(getTranslation("audit.actor"));
        target.setLabel(getTranslation("audit.target"));
        for (TextField f : new TextField[] {actorName, target}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> refresh());
        }
        patientId.setLabel(getTranslation("audit.patient-id"));
        patientId.setHelperText(getTranslation("audit.patient-id-help"));
        actorId.setLabel(getTranslation("audit.actor-id"));
        actorId.setHelperText(getTranslation("audit.actor-id-help"));
        for (var f : new IntegerField[] {patientId, actorId}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Dates.dateTimeWithSeconds(r.occurredAt(), getLocale())).setHeader(getTranslation("audit.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Button who = new Button(r.actorName(), e -> {
                if (r.actorId() != null) {
                    actorId.setValue(r.actorId().intValue());
                }
            });
            who.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return who;
        }).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(r -> actionName(r.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            if (r.patientId() == null) {
                return new Span(r.targetLabel());
            }
            Button patient = new Button(r.targetLabel(),
                    e -> patientId.setValue(r.patientId().intValue()));
            patient.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return patient;
        }).setHeader(getTranslation("audit.target")).setFlexGrow(2);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.setSizeFull();

        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] csv = trail.export(viewer, filter(), CsvFiles.Encoding.UTF_8, this::actionName, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(csv), "audit-" + LocalDate.now(TimeConfiguration.TOKYO) + ".csv",
                    "text/csv; charset=UTF-8", csv.length);
        }), "");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("export.csv")));
        export.addClassName("button-link");

        check.setText(getTranslation("audit.check"));
        check.setIcon(VaadinIcon.SHIELD.create());
        check.addClickListener(e -> {
            chain.seal();
            ChainReport report = chain.verify();
            if (report.intact()) {
                Forms.success(getTranslation("audit.intact", report.checked()));
            } else {
                Forms.error(this, getTranslation("audit.broken", report.firstBrokenEvent() != null ? report.firstBrokenEvent()
                        : "seq " + report.firstBrokenSeq(), report.problem()));
            }
        });

        Div filters = new Div(from, to, action, actorName, target, patientId, actorId);
        filters.addClassName("filters");
        Div tools = new Div(count, export, check);
        tools.addClassName("filters");
        add(filters, tools, grid);
        refresh();
    }

    private String actionName(String code) {
        String key = "audit.action." + code;
        String text = getTranslation(key);
        return text.startsWith("!") ? code : text;
    }

    private AuditFilter filter() {
        return new AuditFilter(from.getValue(), to.getValue(), action.getValue(), actorName.getValue(), target.getValue(),
                actorId.getValue() == null ? null : actorId.getValue().longValue(), null,
                patientId.getValue() == null ? null : patientId.getValue().longValue());
    }

    private void refresh() {
        AuditFilter f = filter();
        grid.setItems(q -> trail.search(viewer, f, q.getOffset(), q.getLimit()).stream());
        count.setText(getTranslation("list.count", trail.count(viewer, f)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
