package org.renkei.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.renkei.safety.HelpInfo;
import org.renkei.safety.HelpService;
import org.renkei.security.Actor;

/**
 * 相談窓口: Tokyo's consultation line for home-care staff (its hours; its number and page when configured, one tap to
 * call), and the facility's own procedure with the number to call, which its administrators write here.
 */
final class HelpPanel extends Div {

    final Div line = new Div();
    final Div procedure = new Div();
    private final HelpService help;
    private final Actor actor;

    HelpPanel(HelpService help, Actor actor) {
        this.help = help;
        this.actor = actor;
        addClassName("oncall-section");
        line.addClassNames("summary-section", "safety-help-line");
        line.setId("safety-help-line");
        procedure.addClassNames("summary-section", "safety-procedure");
        procedure.setId("safety-procedure");
        add(line, procedure);
    }

    void refresh() {
        HelpInfo h = help.help(actor);
        line.removeAll();
        line.add(new H3(getTranslation("safety.help-line.name")), new Paragraph(getTranslation("safety.help-line.hours")));
        if (h.linePhone() != null) {
            line.add(Parts.phone(h.linePhone()));
        }
        if (h.linePhone() == null && h.lineUrl() == null) {
            line.add(Parts.note(this, "safety.page.line-unset"));
        }
        if (h.lineUrl() != null) {
            Anchor page = new Anchor(h.lineUrl(), getTranslation("safety.page.line-page"));
            page.setTarget("_blank");
            line.add(page);
        }
        procedure.removeAll();
        procedure.add(new H3(getTranslation("safety.page.procedure")));
        if (h.procedure() == null) {
            procedure.add(Parts.empty(this, "safety.page.no-procedure"));
        } else {
            Paragraph text = new Paragraph(h.procedure());
            text.addClassName("sheet-value");
            text.setId("safety-procedure-text");
            procedure.add(text);
        }
        if (h.procedurePhone() != null) {
            procedure.add(Parts.phone(h.procedurePhone()));
        }
        if (h.mayEdit()) {
            Button edit = new Button(getTranslation("safety.page.edit-procedure"), VaadinIcon.EDIT.create(),
                    e -> new ProcedureDialog(help, actor, h, this::refresh).open());
            edit.setId("safety-edit-procedure");
            procedure.add(edit);
        }
    }
}
