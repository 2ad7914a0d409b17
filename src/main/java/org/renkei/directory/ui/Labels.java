package org.renkei.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.Intake;
import org.renkei.directory.MemberStatus;
import org.renkei.security.AccountState;
import org.renkei.shell.Badge;

/** How the directory's states read on screen. */
final class Labels {

    private Labels() {}

    static Span status(Component c, FacilityStatus s) {
        Badge.Tone tone = switch (s) {
            case PENDING -> Badge.Tone.WARNING;
            case ACTIVE -> Badge.Tone.SUCCESS;
            case SUSPENDED, REJECTED -> Badge.Tone.DANGER;
        };
        return Badge.of(c.getTranslation("facility-status." + s), tone);
    }

    static Span status(Component c, MemberStatus s) {
        Badge.Tone tone = switch (s) {
            case PENDING -> Badge.Tone.WARNING;
            case ACTIVE -> Badge.Tone.SUCCESS;
            case SUSPENDED, REJECTED -> Badge.Tone.DANGER;
            case DETACHED, SYSTEM -> Badge.Tone.NEUTRAL;
        };
        return Badge.of(c.getTranslation("member-status." + s), tone);
    }

    /** 受け入れ: green when accepting, amber to ask, red when full, grey when unknown (never said, or confirmed too long ago). */
    static Span intake(Component c, Intake i) {
        Badge.Tone tone = switch (i) {
            case ACCEPTING -> Badge.Tone.SUCCESS;
            case ASK -> Badge.Tone.WARNING;
            case FULL -> Badge.Tone.DANGER;
            case UNKNOWN -> Badge.Tone.NEUTRAL;
        };
        return Badge.of(c.getTranslation("intake." + i), tone);
    }

    static Span account(Component c, AccountState s) {
        Badge.Tone tone = switch (s) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case LOCKED, INVITATION_EXPIRED -> Badge.Tone.DANGER;
            case INVITED, PASSWORD_SET -> Badge.Tone.INFO;
            case NONE -> Badge.Tone.NEUTRAL;
        };
        return Badge.of(c.getTranslation("account-state." + s), tone);
    }
}
