package org.renkei.patient;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.BiFunction;
import org.renkei.security.Actor;

/**
 * A module's contribution to the patient page, shown under the header on the summary tab (今夜の連絡先, say), so the
 * patient module does not depend on the modules that add to it. Asked again each time the summary tab is shown.
 */
public interface PatientPageSection {

    /**
     * @param header the patient as the page shows them (the member may read them)
     * @param translate a key and its arguments to the member's language
     * @return the section, or empty when it has nothing for this member and patient
     */
    Optional<Component> section(Actor actor, PatientHeader header, BiFunction<String, Object[], String> translate);
}
