package org.renkei.patient.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.Period;
import org.renkei.patient.Sex;
import org.renkei.patient.TeamRole;
import org.renkei.platform.TimeConfiguration;

/** How the patient pages write ages and roles. */
final class Format {

    private Format() {}

    static LocalDate todayInTokyo() {
        return LocalDate.now(TimeConfiguration.TOKYO);
    }

    static String person(Component c, LocalDate birthDate, Sex sex) {
        int age = Period.between(birthDate, todayInTokyo()).getYears();
        return c.getTranslation("patient.person", c.getTranslation("patient.age", age), c.getTranslation("sex." + sex),
                c.getTranslation("patient.born", birthDate.toString()));
    }

    static String role(Component c, TeamRole role) {
        return c.getTranslation("team-role." + role);
    }
}
