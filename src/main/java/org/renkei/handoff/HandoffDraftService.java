package org.renkei.handoff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.handoff.HandoffService.RecipientRequest;
import org.renkei.handoff.internal.Handoff;
import org.renkei.handoff.internal.Handoffs;
import org.renkei.handoff.internal.Recipient;
import org.renkei.handoff.internal.Recipients;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafting and addressing, by the sender's facility: the admission sheet to a hospital, the discharge information
 * to the home team; changing a draft and whom it goes to; addressing another facility instead of one that
 * declined. Every facility addressed must be active, covered by the patient's consent, and not an office.
 */
@Service
@Transactional
public class HandoffDraftService {

    private final HandoffService handoffs;
    private final Handoffs store;
    private final Recipients recipients;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final JsonMapper json;
    private final Clock clock;

    HandoffDraftService(HandoffService handoffs, Handoffs store, Recipients recipients, PatientAccess patients, DirectoryLookup directory,
            JsonMapper json, Clock clock) {
        this.handoffs = handoffs;
        this.store = store;
        this.recipients = recipients;
        this.patients = patients;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    /** 入院時情報提供書 to a hospital, as a draft. The sender must be able to change the patient. */
    public long draftAdmission(Actor actor, long patientId, long hospitalFacilityId, AdmissionSheet sheet) {
        PatientRef patient = patients.checkWrite(actor, patientId);
        FacilityRef hospital = directory.facility(hospitalFacilityId);
        if (hospital.type() != FacilityType.HOSPITAL) {
            throw new InvalidInputException("recipient", "handoff.recipient-not-hospital", hospital.name());
        }
        requireAdmissionSheet(sheet);
        long id = draft(actor, patient, HandoffKind.ADMISSION, sheet.admissionDate(), json.writeValueAsString(sheet),
                List.of(new RecipientRequest(hospitalFacilityId, TeamRole.HOSPITAL)));
        return id;
    }

    /** 退院時情報提供 to the home team, as a draft, from a hospital on the patient's team. */
    public long draftDischarge(Actor actor, long patientId, DischargeSheet sheet, List<RecipientRequest> to) {
        PatientRef patient = patients.checkWrite(actor, patientId);
        FacilityRef sender = directory.facility(Objects.requireNonNull(actor.facilityId()));
        if (sender.type() != FacilityType.HOSPITAL) {
            throw new AccessRefusedException("handoff.discharge-from-hospital");
        }
        requireDischargeSheet(sheet);
        if (to.isEmpty()) {
            throw new InvalidInputException("recipients", "handoff.no-recipient");
        }
        return draft(actor, patient, HandoffKind.DISCHARGE, sheet.plannedDischargeDate(), json.writeValueAsString(sheet), to);
    }

    private long draft(Actor actor, PatientRef patient, HandoffKind kind, LocalDate eventDate, String content,
            List<RecipientRequest> to) {
        Instant now = Instant.now(clock);
        Handoff h = store.save(Handoff.draft(kind, patient.id(), patient.associationId(),
                Objects.requireNonNull(actor.facilityId()), actor.memberId(), eventDate, content, now));
        Set<Long> seen = new HashSet<>();
        for (RecipientRequest r : to) {
            if (seen.add(r.facilityId())) {
                recipients.save(new Recipient(h.id(), checkedRecipient(patient, r.facilityId()).id(), r.role(), RecipientStatus.DRAFT));
            }
        }
        return store.save(h.created(actor)).id();
    }

    private FacilityRef checkedRecipient(PatientRef patient, long facilityId) {
        FacilityRef f = directory.facility(facilityId);
        if (f.status() != FacilityStatus.ACTIVE) {
            throw new InvalidInputException("recipients", "team.facility-inactive");
        }
        if (!f.type().joinsCareTeams()) {
            throw new InvalidInputException("recipients", "handoff.recipient-office", f.name());
        }
        if (!patients.covers(patient.id(), -1, facilityId)) {
            throw new ConflictException("team.not-covered-by-consent", f.name());
        }
        return f;
    }

    /** Changes a draft admission sheet and the hospital it goes to. */
    public void editAdmission(Actor actor, long id, long hospitalFacilityId, AdmissionSheet sheet, long version) {
        Handoff h = handoffs.asSender(actor, id, version);
        if (h.kind() != HandoffKind.ADMISSION) {
            throw new InvalidInputException("kind", "handoff.wrong-kind");
        }
        FacilityRef hospital = directory.facility(hospitalFacilityId);
        if (hospital.type() != FacilityType.HOSPITAL) {
            throw new InvalidInputException("recipient", "handoff.recipient-not-hospital", hospital.name());
        }
        requireAdmissionSheet(sheet);
        h.edit(actor, sheet.admissionDate(), json.writeValueAsString(sheet));
        readdress(h, List.of(new RecipientRequest(hospitalFacilityId, TeamRole.HOSPITAL)));
        store.save(h);
    }

    /** Changes a draft discharge sheet and whom it goes to. */
    public void editDischarge(Actor actor, long id, DischargeSheet sheet, List<RecipientRequest> to, long version) {
        Handoff h = handoffs.asSender(actor, id, version);
        if (h.kind() != HandoffKind.DISCHARGE) {
            throw new InvalidInputException("kind", "handoff.wrong-kind");
        }
        requireDischargeSheet(sheet);
        if (to.isEmpty()) {
            throw new InvalidInputException("recipients", "handoff.no-recipient");
        }
        h.edit(actor, sheet.plannedDischargeDate(), json.writeValueAsString(sheet));
        readdress(h, to);
        store.save(h);
    }

    /** A draft's recipients, replaced by these (in this order, each facility once). */
    private void readdress(Handoff h, List<RecipientRequest> to) {
        PatientRef patient = handoffs.patientRef(h);
        List<Recipient> before = recipients.findByHandoffIdOrderById(h.id());
        Map<Long, Recipient> kept = before.stream().collect(Collectors.toMap(Recipient::facilityId, r -> r, (a, b) -> a));
        Set<Long> wanted = new LinkedHashSet<>();
        for (RecipientRequest r : to) {
            if (!wanted.add(r.facilityId())) {
                continue;
            }
            Recipient existing = kept.get(r.facilityId());
            if (existing == null || existing.role() != r.role()) {
                if (existing != null) {
                    recipients.delete(existing);
                }
                recipients.save(new Recipient(h.id(), checkedRecipient(patient, r.facilityId()).id(), r.role(), RecipientStatus.DRAFT));
            }
        }
        before.stream().filter(r -> !wanted.contains(r.facilityId())).forEach(recipients::delete);
    }

    /** 交代: the sender addresses another facility instead of one that declined. */
    public void replace(Actor actor, long id, long recipientId, long facilityId) {
        Handoff h = handoffs.asSender(actor, id, null);
        Recipient declined = recipients.findById(recipientId).orElseThrow(() -> new NotFoundException("recipient", recipientId));
        h.requireReplaceable(actor, declined, recipients.findByHandoffIdOrderById(id), facilityId);
        PatientRef patient = patients.checkRead(actor, h.patientId());
        Recipient next = recipients.save(new Recipient(id, checkedRecipient(patient, facilityId).id(), declined.role(),
                RecipientStatus.SENT));
        h.replaced(actor, declined, next);
        store.save(h);
    }

    private static void requireAdmissionSheet(AdmissionSheet sheet) {
        if (sheet == null || sheet.admissionDate() == null) {
            throw new InvalidInputException("admissionDate", "validation.NotNull");
        }
    }

    private static void requireDischargeSheet(DischargeSheet sheet) {
        if (sheet == null || sheet.plannedDischargeDate() == null) {
            throw new InvalidInputException("plannedDischargeDate", "validation.NotNull");
        }
        sheet.requireWellFormed();
    }
}
