package org.renkei.oncall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.renkei.oncall.Brief;
import org.renkei.oncall.BriefDocumentService;
import org.renkei.oncall.CallService;
import org.renkei.oncall.CoverService;
import org.renkei.oncall.CoverSheet;
import org.renkei.oncall.Times;
import org.renkei.security.Actor;

/**
 * 今夜: the covering doctor's periods under way or starting within 12 hours, each with its patients' briefs and a
 * button to record a call; the PDF of the same briefs to print or keep on the phone.
 */
final class TonightPanel extends Div {

    private final CoverService cover;
    private final CallService calls;
    private final BriefDocumentService documents;
    private final Actor actor;

    TonightPanel(CoverService cover, CallService calls, BriefDocumentService documents, Actor actor) {
        this.cover = cover;
        this.calls = calls;
        this.documents = documents;
        this.actor = actor;
        addClassName("oncall-pane");
        setId("oncall-tonight");
    }

    void refresh() {
        removeAll();
        List<CoverSheet> sheets = cover.tonight(actor, getLocale());
        if (sheets.isEmpty()) {
            add(Parts.empty(this, "oncall.page.tonight.none"));
            return;
        }
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            BriefDocumentService.Document d = documents.tonight(actor, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
        }), "");
        pdf.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("oncall.page.tonight.pdf")));
        pdf.addClassName("button-link");
        pdf.setId("briefs-pdf");
        Div tools = new Div(pdf);
        tools.addClassName("actions");
        add(tools);
        // a patient can be in two periods (a pair's night during an absence): one card with an id and a button
        Set<Long> shown = new HashSet<>();
        for (CoverSheet s : sheets) {
            Div head = new Div(new H3(getTranslation("oncall.period-kind." + s.period().kind())),
                    new Span(Times.period(s.period().start(), s.period().end())));
            head.addClassName("period-head");
            if (!s.principalNames().isBlank()) {
                Span whose = new Span(getTranslation("oncall.page.tonight.principals", s.principalNames()));
                whose.addClassName("patient-meta");
                head.add(whose);
            }
            add(head);
            if (s.briefs().isEmpty()) {
                add(Parts.empty(this, "oncall.page.tonight.no-patients"));
            }
            for (Brief b : s.briefs()) {
                boolean first = shown.add(b.patientId());
                Div card = BriefCards.card(this, getLocale(), b, b.outsideConsent() || !first ? null : recordButton(b));
                if (!first) {
                    card.getElement().removeAttribute("id");
                }
                add(card);
            }
        }
    }

    private Button recordButton(Brief b) {
        return Parts.button(this, "oncall.page.call.record", VaadinIcon.PHONE, "record-call-" + b.patientId(), true,
                () -> new CallDialog(calls, actor, b).open());
    }
}
