package org.renkei.beds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.HospitalInfo;
import org.renkei.beds.RequestStatus;
import org.renkei.shell.Badge;

/** The kit's page pieces, and the bed pages' own: a request's status as a badge, a hospital as a picker names it. */
final class Parts extends org.renkei.kit.Parts {

    private Parts() {}

    static Span status(Component owner, RequestStatus s) {
        Span badge = Badge.of(owner.getTranslation("beds.status." + s), tone(s));
        badge.addClassName("bed-status");
        return badge;
    }

    static Badge.Tone tone(RequestStatus s) {
        return switch (s) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case AT_DESK, REQUESTED -> Badge.Tone.WARNING;
            case ACCEPTED, ADMITTED -> Badge.Tone.SUCCESS;
            case DECLINED, EXPIRED -> Badge.Tone.DANGER;
            case DISCHARGED, WITHDRAWN -> Badge.Tone.INFO;
        };
    }

    /** "桜ヶ丘中央病院（空床 2）" for pickers; a figure older than a day is not given. */
    static String hospitalLabel(Component owner, @Nullable HospitalInfo h) {
        if (h == null) {
            return "";
        }
        return h.fresh() && h.freeBeds() != null ? owner.getTranslation("beds.page.hospital-free", h.name(), h.freeBeds())
                : owner.getTranslation("beds.page.hospital-unknown", h.name());
    }
}
