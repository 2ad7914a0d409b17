package org.renkei.shell;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/** Lets a view adapt to a phone-sized window (fewer grid columns, stacked forms). */
public final class Responsive {

    /** Below this width (CSS pixels) a page is laid out for a phone. */
    public static final int PHONE_WIDTH = 700;

    private Responsive() {}

    /** Calls {@code compact} with true on a phone-sized window, once the browser has told its size. */
    public static void onPhone(Component view, Consumer<Boolean> compact) {
        view.addAttachListener(e -> e.getUI().getPage().retrieveExtendedClientDetails(
                details -> compact.accept(details.getWindowInnerWidth() < PHONE_WIDTH)));
    }
}
