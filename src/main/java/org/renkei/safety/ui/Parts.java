package org.renkei.safety.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import java.util.stream.Collectors;
import org.renkei.safety.IncidentKind;
import org.renkei.safety.ReportStatus;
import org.renkei.shell.Badge;

/** What the safety pages share besides the kit: a report's state as a badge, its kinds as words. */
final class Parts extends org.renkei.kit.Parts {

    private Parts() {}

    static Span status(Component owner, ReportStatus status) {
        Badge.Tone tone = switch (status) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case SUBMITTED -> Badge.Tone.WARNING;
            case ACKNOWLEDGED, IN_PROGRESS -> Badge.Tone.INFO;
            case CLOSED -> Badge.Tone.SUCCESS;
        };
        return Badge.of(owner.getTranslation("safety.status." + status), tone);
    }

    static String kinds(Component owner, Set<IncidentKind> kinds) {
        return kinds.stream().sorted().map(k -> owner.getTranslation("safety.kind." + k)).collect(Collectors.joining(owner.getTranslation("join.list")));
    }
}
