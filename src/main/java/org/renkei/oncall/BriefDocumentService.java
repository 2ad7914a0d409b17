package org.renkei.oncall;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The covering doctor's briefs of tonight as a PDF to print or keep on the phone (each brief read logged as a cover read). */
@Service
@Transactional
public class BriefDocumentService {

    private final CoverService covers;
    private final Translations translations;
    private final Clock clock;

    BriefDocumentService(CoverService covers, Translations translations, Clock clock) {
        this.covers = covers;
        this.translations = translations;
        this.clock = clock;
    }

    /** A document with its name and type. */
    public record Document(String fileName, String contentType, byte[] content) {}

    public Document tonight(Actor actor, Locale locale) {
        Locale l = Translations.supported(locale);
        List<CoverSheet> sheets = covers.tonight(actor, l);
        Instant now = Instant.now(clock);
        byte[] pdf = BriefPdf.render(sheets, actor.name(), now, key -> translations.text(key, l));
        String day = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(now.atZone(TimeConfiguration.TOKYO));
        return new Document("on-call-briefs-" + day + ".pdf", "application/pdf", pdf);
    }

    /** One period's briefs as a PDF (for the API). */
    public Document period(Actor actor, PeriodKind kind, long sourceId, Locale locale) {
        Locale l = Translations.supported(locale);
        CoverSheet sheet = covers.sheet(actor, kind, sourceId, l);
        Instant now = Instant.now(clock);
        byte[] pdf = BriefPdf.render(List.of(sheet), actor.name(), now, key -> translations.text(key, l));
        return new Document("on-call-briefs-" + kind.name().toLowerCase(Locale.ROOT) + "-" + sourceId + ".pdf", "application/pdf", pdf);
    }
}
