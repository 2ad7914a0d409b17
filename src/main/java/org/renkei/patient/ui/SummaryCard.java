package org.renkei.patient.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.SummaryText;

/**
 * The summary to read: safety flags and allergies first (what a visitor must not miss), then the sections
 * in the order of the admission sheet. Empty sections say so rather than disappear.
 */
class SummaryCard extends Div {

    private static final List<String> ORDER = List.of("safety", "allergies", "problems", "medications", "levels", "adl",
            "devices", "acp", "oncall", "contacts", "child", "notes");

    SummaryCard(PatientSummary summary, boolean child) {
        addClassName("summary");
        Map<String, List<String>> sections = SummaryText.sections(summary, this::getTranslation);
        for (String key : ORDER) {
            if (key.equals("child") && !child) {
                continue;
            }
            List<String> lines = sections.get(key);
            Div section = new Div(new H3(getTranslation("summary.section." + key)));
            section.addClassName("summary-section");
            section.addClassName("summary-" + key);
            if ((key.equals("safety") || key.equals("allergies")) && !lines.isEmpty()) {
                section.addClassName("attention");
            }
            if (lines.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("summary.none"));
                none.addClassName("summary-none");
                section.add(none);
            } else {
                UnorderedList list = new UnorderedList();
                lines.forEach(l -> list.add(new ListItem(l)));
                section.add(list);
            }
            add(section);
        }
    }
}
