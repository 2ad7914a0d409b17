package org.renkei.safety.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.streams.DownloadHandler;

/** An {@code <audio controls>} that plays a recording from the server (Flow has no component for it). */
@Tag("audio")
final class Audio extends HtmlContainer {

    Audio(DownloadHandler source) {
        getElement().setAttribute("controls", true);
        getElement().setAttribute("preload", "none");
        getElement().setAttribute("src", source);
        addClassName("safety-audio");
    }
}
