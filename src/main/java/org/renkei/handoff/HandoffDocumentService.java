package org.renkei.handoff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.handoff.internal.Handoff;
import org.renkei.patient.PatientAccess;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handoff's documents: the printable A4 PDF of either sheet and, for discharge information, the FHIR R4
 * document Bundle. Whoever may open the handoff may have them; each export is logged.
 */
@Service
@Transactional
public class HandoffDocumentService {

    /** A file to hand over. */
    public record Document(String fileName, String contentType, byte[] content) {}

    private final HandoffService handoffs;
    private final ConferenceService conferences;
    private final PatientAccess patients;
    private final AuditLog audit;
    private final Translations translations;
    private final DirectoryLookup directory;
    private final Clock clock;

    HandoffDocumentService(HandoffService handoffs, ConferenceService conferences, PatientAccess patients,
            AuditLog audit, Translations translations, DirectoryLookup directory, Clock clock) {
        this.directory = directory;
        this.handoffs = handoffs;
        this.conferences = conferences;
        this.patients = patients;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /** The sheet as an A4 PDF, in Japanese (the form's language) whatever the reader's. */
    public Document pdf(Actor actor, long id) {
        HandoffDetails h = handoffs.view(actor, id);
        byte[] pdf = SheetPdf.render(h, patients.demographics(h.patientId()), conferences.of(actor, id), Instant.now(clock),
                key -> translations.text(key, Locale.JAPANESE));
        logged(actor, id, "pdf");
        return new Document(fileName(h, "pdf"), "application/pdf", pdf);
    }

    /**
     * The discharge information as a FHIR R4 document Bundle (JSON): a JP-CLINS 退院時サマリー once the discharge is
     * completed and the data it needs are there, a draft that says what is missing before.
     */
    public Document fhir(Actor actor, long id) {
        HandoffDetails h = handoffs.view(actor, id);
        Bundle bundle = bundle(h);
        logged(actor, id, "fhir");
        return new Document(fileName(h, "json"), "application/fhir+json; charset=UTF-8",
                DischargeSummaryFhir.json(bundle).getBytes(StandardCharsets.UTF_8));
    }

    /** The Bundle itself, for the API and for tests. */
    public Bundle bundle(Actor actor, long id) {
        return bundle(handoffs.view(actor, id));
    }

    private Bundle bundle(HandoffDetails h) {
        if (h.discharge() == null) {
            throw new InvalidInputException("kind", "handoff.fhir-discharge-only");
        }
        return DischargeSummaryFhir.build(new DischargeSummaryFhir.Source(h, h.discharge(), patients.demographics(h.patientId()),
                h.createdByName(), directory.institutionCode(h.senderFacilityId()), key -> translations.text(key, Locale.JAPANESE)));
    }

    private void logged(Actor actor, long id, String format) {
        Handoff h = handoffs.load(id);
        audit.record(actor, "handoff.exported", HandoffService.target(h, handoffs.patientRef(h)), format);
    }

    private static String fileName(HandoffDetails h, String extension) {
        return (h.kind() == HandoffKind.ADMISSION ? "admission-" : "discharge-") + h.id() + "-" + h.eventDate() + "." + extension;
    }
}
