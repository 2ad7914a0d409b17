package org.renkei.preparedness;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan as the family's A4 print, and the 区's register as CSV and as a printable list (it must survive a power cut). */
@Service
@Transactional
public class PlanDocumentService {

    private final PlanQueries queries;
    private final PrepAccess access;
    private final Translations translations;
    private final Clock clock;

    PlanDocumentService(PlanQueries queries, PrepAccess access, Translations translations, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.translations = translations;
        this.clock = clock;
    }

    /** A document with its name and type. */
    public record Document(String fileName, String contentType, byte[] content) {}

    /** The plan as an A4 PDF (the read is logged). */
    public Document planPdf(Actor actor, long planId, Locale locale) {
        PlanDetails p = queries.details(actor, planId);
        Locale l = Translations.supported(locale);
        return new Document("disaster-plan-" + p.patientId() + "-v" + p.planVersion() + ".pdf", "application/pdf",
                PlanPdf.plan(p, Instant.now(clock), key -> translations.text(key, l)));
    }

    /** The register as CSV (UTF-8 with BOM, formula-safe), for a 区's spreadsheets. */
    public Document registerCsv(Actor actor, Locale locale) {
        List<RegisterRow> rows = queries.register(actor);
        Locale l = Translations.supported(locale);
        byte[] csv = CsvFiles.write(RegisterColumns.KEYS.stream().map(k -> translations.text(k, l)).toList(),
                rows.stream().map(r -> RegisterColumns.cells(r, k -> translations.text(k, l))).toList(), CsvFiles.Encoding.UTF_8);
        return new Document("register.csv", "text/csv", csv);
    }

    /** The register as an A4 list to print. */
    public Document registerPdf(Actor actor, Locale locale) {
        List<RegisterRow> rows = queries.register(actor);
        PrepAccess.Desk desk = access.deskOf(actor);
        if (desk == null) {
            throw new AccessRefusedException("preparedness.not-a-desk");
        }
        Locale l = Translations.supported(locale);
        return new Document("register.pdf", "application/pdf", PlanPdf.register(desk.districtName(), rows, Instant.now(clock),
                key -> translations.text(key, l)));
    }
}
