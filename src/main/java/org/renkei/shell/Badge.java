package org.renkei.shell;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A small coloured label for a state (申請中, 利用停止 …). */
public final class Badge {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, DANGER, INFO }

    private Badge() {}

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
