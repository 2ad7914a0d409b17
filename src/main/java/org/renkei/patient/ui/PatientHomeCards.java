package org.renkei.patient.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.security.Actor;
import org.renkei.shell.HomeCard;

/** The home page's patient card: how many of my patients changed since I last looked. */
@org.springframework.stereotype.Component
class PatientHomeCards implements HomeCard {

    private final PatientService patients;

    PatientHomeCards(PatientService patients) {
        this.patients = patients;
    }

    @Override
    public List<Component> cards(Actor actor, BiFunction<String, Object[], String> t) {
        List<Component> cards = new ArrayList<>();
        if (actor.facilityId() == null) {
            return cards;
        }
        List<PatientCard> mine = patients.myPatients(actor, null, 0, 200);
        long changed = mine.stream().filter(PatientCard::changedSinceSeen).count();
        cards.add(HomeCard.card(String.valueOf(changed), t.apply("home.patients-changed", new Object[] {mine.size()}),
                "patients", changed > 0));
        return cards;
    }
}
