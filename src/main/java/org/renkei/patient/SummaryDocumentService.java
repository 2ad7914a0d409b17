package org.renkei.patient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.patient.internal.Patient;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient summary as a document to hand to another system: the JP-CLINS patient summary (患者サマリー, FHIR R4
 * document Bundle, {@link PatientSummaryFhir}). Whoever may read the patient may have it; each export is logged.
 */
@Service
@Transactional
public class SummaryDocumentService {

    /** A file to hand over. */
    public record Document(String fileName, String contentType, byte[] content) {}

    /** The Bundle and, when it is a draft, why it does not conform (the message keys {@code fhir.pcs.gap.*}). */
    public record Export(Bundle bundle, List<String> gaps) {

        public boolean conforms() {
            return gaps.isEmpty();
        }
    }

    private final PatientAccess access;
    private final SummaryService summaries;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final Translations translations;
    private final Clock clock;

    SummaryDocumentService(PatientAccess access, SummaryService summaries, DirectoryLookup directory, AuditLog audit,
            Translations translations, Clock clock) {
        this.access = access;
        this.summaries = summaries;
        this.directory = directory;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /** The current summary as a FHIR R4 document Bundle (JSON), authored by the member exporting it. Logged. */
    public Document fhir(Actor actor, long patientId) {
        Export e = export(actor, patientId);
        return new Document("patient-summary-" + patientId + ".json", "application/fhir+json; charset=UTF-8",
                PatientSummaryFhir.json(e.bundle()).getBytes(StandardCharsets.UTF_8));
    }

    /** The current summary as a Bundle, with what keeps it from conforming. Logged. */
    public Export export(Actor actor, long patientId) {
        Patient patient = access.requireRead(actor, patientId);
        SummaryVersion current = summaries.version(patient, patient.summaryVersion());
        PatientSummaryFhir.Source source = new PatientSummaryFhir.Source(access.demographics(patientId), current,
                new PatientSummaryFhir.Author(actor.memberId(), actor.name(),
                        actor.facilityId() == null ? null : directory.details(actor.facilityId()), actor.facilityName()),
                Instant.now(clock), key -> translations.text(key, Translations.JAPANESE));
        Bundle bundle = PatientSummaryFhir.build(source);
        audit.record(actor, "patient.exported", PatientAccess.target(patient), "fhir v" + patient.summaryVersion());
        return new Export(bundle, PatientSummaryFhir.gaps(source));
    }
}
