package org.renkei.oncall.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import org.renkei.oncall.PeriodKind;
import org.renkei.oncall.Times;

/** The kit's page pieces, and how the on-call pages name a period. */
final class Parts extends org.renkei.kit.Parts {

    private Parts() {}

    /** "輪番 12/3 18:00〜12/4 09:00" */
    static String period(Component owner, PeriodKind kind, Instant from, Instant to) {
        return owner.getTranslation("oncall.page.period", owner.getTranslation("oncall.period-kind." + kind), Times.period(from, to));
    }
}
