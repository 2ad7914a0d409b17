package org.renkei.preparedness.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import java.util.function.BiFunction;
import org.renkei.kit.Forms;
import org.renkei.patient.PatientHeader;
import org.renkei.patient.PatientPageSection;
import org.renkei.patient.PatientStatus;
import org.renkei.platform.RenkeiException;
import org.renkei.preparedness.PlanDetails;
import org.renkei.preparedness.PlanQueries;
import org.renkei.preparedness.PlanService;
import org.renkei.preparedness.PlanState;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;

/**
 * 災害時個別支援計画 on the patient page, for a patient on a powered device: the plan's state and next review with a link to
 * it, or, where there is none yet, a button to start one (the team's or the desk's, as the plan decides).
 */
@org.springframework.stereotype.Component
class PlanSection implements PatientPageSection {

    private final PlanQueries queries;
    private final PlanService service;

    PlanSection(PlanQueries queries, PlanService service) {
        this.queries = queries;
        this.service = service;
    }

    @Override
    public Optional<Component> section(Actor actor, PatientHeader header, BiFunction<String, Object[], String> translate) {
        if (header.status() != PatientStatus.ACTIVE) {
            return Optional.empty();
        }
        Optional<PlanDetails> plan;
        try {
            plan = queries.forPatient(actor, header.id());
        } catch (RenkeiException notForThisMember) {
            return Optional.empty();
        }
        if (plan.isEmpty() && !queries.usesPoweredDevices(header.id())) {
            return Optional.empty();
        }
        Div section = new Div(new H3(t(translate, "preparedness.section.title")));
        section.addClassNames("summary-section", "prep-plan-section");
        section.setId("prep-plan-section");
        if (plan.isPresent()) {
            PlanDetails p = plan.get();
            Badge.Tone tone = p.state() == PlanState.CONFIRMED ? Badge.Tone.SUCCESS
                    : p.state() == PlanState.NEEDS_REVIEW ? Badge.Tone.WARNING : Badge.Tone.INFO;
            if (p.state() == PlanState.NEEDS_REVIEW) {
                section.addClassName("attention");
            }
            Span state = Badge.of(t(translate, "preparedness.state." + p.state()), tone);
            state.setId("prep-plan-section-state");
            Anchor open = new Anchor(PlanPage.href(p.id()), t(translate, "preparedness.section.open", p.planVersion()));
            section.add(new Div(state, new Span(" "), open));
            if (p.reviewReason() != null && p.state() == PlanState.NEEDS_REVIEW) {
                section.add(new Paragraph(t(translate, "preparedness.review." + p.reviewReason())));
            }
        } else {
            section.add(new Paragraph(t(translate, "preparedness.section.none")));
            Button start = new Button(t(translate, "preparedness.section.start"), VaadinIcon.PLUS.create(), e -> {
                try {
                    PlanDetails p = service.start(actor, header.id());
                    UI.getCurrent().navigate(PlanPage.href(p.id()));
                } catch (RenkeiException refused) {
                    Forms.error(section, refused);
                }
            });
            start.setId("prep-plan-start");
            section.add(start);
        }
        return Optional.of(section);
    }

    private static String t(BiFunction<String, Object[], String> translate, String key, Object... args) {
        return translate.apply(key, args);
    }
}
