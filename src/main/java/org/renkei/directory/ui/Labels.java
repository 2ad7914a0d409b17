package org.renkei.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.MemberStatus;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.AccountState;
import org.renkei.shell.Badge;

/** How the directory's states and times read on screen. */
final class Labels {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
            .withZone(TimeConfiguration.TOKYO);

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

    static Span account(Component c, AccountState s) {
        Badge.Tone tone = switch (s) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case LOCKED, INVITATION_EXPIRED -> Badge.Tone.DANGER;
            case INVITED, PASSWORD_SET -> Badge.Tone.INFO;
            case NONE -> Badge.Tone.NEUTRAL;
        };
        return Badge.of(c.getTranslation("account-state." + s), tone);
    }

    static String time(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
