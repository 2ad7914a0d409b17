package org.renkei.preparedness.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientSummary;
import org.renkei.preparedness.CheckState;
import org.renkei.preparedness.PlanDocumentService;
import org.renkei.preparedness.PlanState;
import org.renkei.shell.Badge;

/** The kit's page pieces, and the preparedness pages' own: a plan's state and a check's state as badges, devices, runtime, downloads. */
final class Parts extends org.renkei.kit.Parts {

    private Parts() {}

    static Span state(Component owner, PlanState s) {
        Badge.Tone tone = switch (s) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case AWAITING_CONSENT -> Badge.Tone.INFO;
            case CONFIRMED -> Badge.Tone.SUCCESS;
            case NEEDS_REVIEW -> Badge.Tone.WARNING;
        };
        Span badge = Badge.of(owner.getTranslation("preparedness.state." + s), tone);
        badge.addClassName("plan-state");
        return badge;
    }

    static Span check(Component owner, CheckState s, @Nullable Integer hoursLeft) {
        Badge.Tone tone = switch (s) {
            case UNCHECKED -> Badge.Tone.WARNING;
            case SAFE, TRANSPORTED -> Badge.Tone.SUCCESS;
            case NEEDS_HELP, UNREACHABLE -> Badge.Tone.DANGER;
        };
        String text = s == CheckState.NEEDS_HELP && hoursLeft != null
                ? owner.getTranslation("preparedness.check.needs-help-hours", hoursLeft)
                : owner.getTranslation("preparedness.check." + s);
        Span badge = Badge.of(text, tone);
        badge.addClassNames("check-state", "check-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return badge;
    }

    static @Nullable String devices(Component owner, List<PatientSummary.PoweredKind> kinds) {
        return kinds.isEmpty() ? null : String.join("・", kinds.stream().map(k -> owner.getTranslation("powered-kind." + k)).toList());
    }

    static @Nullable String runtime(Component owner, @Nullable Integer minutes) {
        if (minutes == null) {
            return null;
        }
        return minutes % 60 == 0 ? owner.getTranslation("preparedness.hours", minutes / 60)
                : owner.getTranslation("preparedness.hours-minutes", minutes / 60, minutes % 60);
    }

    /** A link that downloads what the service makes when it is clicked (the read is logged then). */
    static Anchor download(Component owner, String key, String id, Supplier<PlanDocumentService.Document> document) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            PlanDocumentService.Document d = document.get();
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
        }), owner.getTranslation(key));
        a.setId(id);
        a.addClassName("button-link");
        a.getElement().setAttribute("router-ignore", true);
        return a;
    }
}
