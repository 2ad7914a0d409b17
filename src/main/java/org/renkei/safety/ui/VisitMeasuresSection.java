package org.renkei.safety.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.BiFunction;
import org.renkei.patient.Access;
import org.renkei.patient.PatientHeader;
import org.renkei.patient.PatientPageSection;
import org.renkei.patient.PatientStatus;
import org.renkei.safety.MeasureService;
import org.renkei.security.Actor;
import org.springframework.core.annotation.Order;

/** 訪問時の対策 on the patient page, first under the header: what a visitor must do, before anything else. */
@org.springframework.stereotype.Component
@Order(1)
class VisitMeasuresSection implements PatientPageSection {

    private final MeasureService measures;

    VisitMeasuresSection(MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public Optional<Component> section(Actor actor, PatientHeader header, BiFunction<String, Object[], String> translate) {
        if (header.status() != PatientStatus.ACTIVE || (header.access() != Access.TEAM && header.access() != Access.COVER)) {
            return Optional.empty();
        }
        MeasuresCard card = new MeasuresCard(measures, actor, header.id());
        return card.hasSomething() ? Optional.of(card) : Optional.empty();
    }
}
