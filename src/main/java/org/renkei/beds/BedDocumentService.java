package org.renkei.beds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedRequests;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.handoff.HandoffDraftService;
import org.renkei.handoff.HandoffPrefillService;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request's documents: the 診療情報提供書 (for the team and the hospital it is addressed to, logged), and the
 * admission handoff (入院時情報提供書) that an admitted request opens, prefilled from the summary.
 */
@Service
@Transactional
public class BedDocumentService {

    private final BedRequests requests;
    private final BedRequestQueries queries;
    private final PrimaryPhysicians primaries;
    private final DirectoryLookup directory;
    private final HandoffPrefillService prefill;
    private final HandoffDraftService drafts;
    private final Support support;

    /** Texts and time. */
    @org.springframework.stereotype.Component
    static class Support {
        final Translations translations;
        final Clock clock;
        final org.renkei.beds.internal.BedHospitals hospitals;

        Support(Translations translations, Clock clock, org.renkei.beds.internal.BedHospitals hospitals) {
            this.translations = translations;
            this.clock = clock;
            this.hospitals = hospitals;
        }
    }

    BedDocumentService(BedRequests requests, BedRequestQueries queries, PrimaryPhysicians primaries, DirectoryLookup directory,
            HandoffPrefillService prefill, HandoffDraftService drafts, Support support) {
        this.requests = requests;
        this.queries = queries;
        this.primaries = primaries;
        this.directory = directory;
        this.prefill = prefill;
        this.drafts = drafts;
        this.support = support;
    }

    /** A document with its name and type. */
    public record Document(String fileName, String contentType, byte[] content) {}

    /** The request's 診療情報提供書 as an A4 PDF; the read is logged. */
    public Document referral(Actor actor, long requestId, Locale locale) {
        RequestInfo r = queries.details(actor, requestId);
        Locale l = Translations.supported(locale);
        CoveredPatient p = Objects.requireNonNull(primaries.find(r.patientId()));
        MemberSummary doctor = directory.members(List.of(r.doctorId())).get(r.doctorId());
        PatientSheet sheet = PatientSheet.of(p, r.doctorName(), LocalDate.now(support.clock.withZone(TimeConfiguration.TOKYO)), l,
                (key, loc) -> support.translations.text(key, loc));
        byte[] pdf = ReferralPdf.render(r, sheet, doctor == null || doctor.facilityName() == null ? "" : doctor.facilityName(),
                Instant.now(support.clock), key -> support.translations.text(key, l));
        return new Document("referral-" + r.id() + ".pdf", "application/pdf", pdf);
    }

    /**
     * Opens the admission handoff (入院時情報提供書) of an admitted request, prefilled from the summary, addressed to the
     * hospital: for the team (the handoff module decides who may draft it, as always). Returns the handoff's id.
     */
    public long openAdmissionHandoff(Actor actor, long requestId) {
        BedRequest r = requests.require(requestId);
        long facility = support.hospitals.require(r.hospitalId()).facilityId();
        if (!r.allowedActions(actor, facility, Instant.now(support.clock)).contains(BedAction.OPEN_ADMISSION_HANDOFF)) {
            throw new AccessRefusedException("beds.not-your-request");
        }
        LocalDate admitted = Objects.requireNonNull(r.admittedOn());
        return drafts.draftAdmission(actor, r.patientId(), facility, prefill.admissionFromSummary(actor, r.patientId(), admitted));
    }
}
