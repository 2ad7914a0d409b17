package org.renkei;

import com.vaadin.flow.component.UI;

/** What a browserless test's member reads on the page now shown. */
public final class Pages {

    private Pages() {}

    /**
     * The text of the whole page: the outermost layout of the route shown, with the view in it. (The UI's own element
     * does not hold the route's text, so a probe of it finds nothing, whatever the page shows.)
     */
    public static String text() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast().getElement().getTextRecursively();
    }
}
