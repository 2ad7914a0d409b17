package org.renkei.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.renkei.platform.TimeConfiguration;

/** A download link for a CSV file made when it is clicked (so it holds what the list shows then). */
final class Exports {

    private Exports() {}

    static Anchor csvLink(Component view, String labelKey, String filePrefix, Supplier<byte[]> csv) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get();
            String name = filePrefix + "-" + LocalDate.now(TimeConfiguration.TOKYO) + ".csv";
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/csv; charset=UTF-8", bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(view.getTranslation(labelKey)));
        link.addClassName("button-link");
        return link;
    }
}
