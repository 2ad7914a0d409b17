package org.renkei.oncall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.renkei.kit.Forms;
import org.renkei.oncall.BriefService;
import org.renkei.oncall.BriefService.BriefStatus;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;

/**
 * 申し送り (my patients): the 主治医's patients with the brief a covering doctor gets (full, or minimal: まつど方式), what
 * a full one still lacks, and a preview of it as the covering doctor will read it.
 */
final class MyBriefsPanel extends Div {

    private final BriefService briefs;
    private final Actor actor;

    MyBriefsPanel(BriefService briefs, Actor actor) {
        this.briefs = briefs;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("oncall-briefs");
    }

    void refresh() {
        removeAll();
        List<BriefStatus> mine = briefs.mine(actor, getLocale());
        Paragraph intro = new Paragraph(getTranslation("oncall.page.briefs.intro"));
        intro.addClassName("patient-meta");
        add(intro);
        if (mine.isEmpty()) {
            add(Parts.empty(this, "oncall.page.briefs.none"));
        }
        long incomplete = mine.stream().filter(b -> !b.missing().isEmpty()).count();
        if (incomplete > 0) {
            Paragraph warning = new Paragraph(getTranslation("oncall.page.briefs.incomplete", incomplete));
            warning.addClassName("emergency-banner");
            add(warning);
        }
        mine.forEach(b -> add(row(b)));
    }

    private Div row(BriefStatus b) {
        Anchor name = new Anchor("patients/" + b.patientId(), b.name());
        name.addClassName("patient-name");
        RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>();
        choice.setItems(false, true);
        choice.setItemLabelGenerator(minimal -> getTranslation(minimal ? "oncall.page.briefs.minimal" : "oncall.page.briefs.full"));
        choice.setValue(b.minimal());
        choice.setAriaLabel(getTranslation("oncall.page.briefs.choice"));
        choice.setId("brief-choice-" + b.patientId());
        choice.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                briefs.choose(actor, b.patientId(), e.getValue());
                Forms.success(getTranslation("oncall.page.briefs.chosen"));
                refresh();
            } catch (RenkeiException x) {
                choice.setValue(e.getOldValue());
                Forms.error(this, x);
            }
        });
        Button preview = new Button(getTranslation("oncall.page.briefs.preview"), VaadinIcon.EYE.create(), e -> preview(b.patientId()));
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        preview.setId("preview-brief-" + b.patientId());
        Div top = new Div(name, choice, preview);
        top.addClassName("patient-card-top");
        Div row = new Div(top);
        row.addClassName("oncall-card");
        row.setId("brief-status-" + b.patientId());
        if (!b.minimal() && !b.missing().isEmpty()) {
            row.add(BriefCards.missing(this, b.missing()));
        } else {
            Div state = new Div(b.minimal() ? Badge.of(getTranslation("oncall.page.briefs.minimal-note"), Badge.Tone.NEUTRAL)
                    : Badge.of(getTranslation("oncall.page.briefs.complete"), Badge.Tone.SUCCESS));
            state.addClassName("badges");
            row.add(state);
        }
        return row;
    }

    private void preview(long patientId) {
        try {
            Dialog d = new Dialog(getTranslation("oncall.page.briefs.preview"));
            d.add(BriefCards.card(this, getLocale(), briefs.preview(actor, patientId, getLocale()), null));
            d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
            d.setWidth("min(40rem, 95vw)");
            d.open();
        } catch (RenkeiException x) {
            Forms.error(this, x);
        }
    }
}
