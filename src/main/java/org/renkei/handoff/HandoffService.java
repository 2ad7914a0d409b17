package org.renkei.handoff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberSummary;
import org.renkei.handoff.internal.Handoff;
import org.renkei.handoff.internal.Handoffs;
import org.renkei.handoff.internal.Recipient;
import org.renkei.handoff.internal.Recipients;
import org.renkei.messaging.Messages;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handoffs through their life. The sender's facility drafts, edits, sends, replaces a declined recipient,
 * cancels; each recipient's facility opens, accepts or declines (with a coded reason); the sender or an
 * accepting facility records the completion (the first visit at home). A step that the current state does
 * not allow is refused, naming the state. Every step is kept as the timeline, logged, announced in the
 * patient's room and told to whom it concerns.
 */
@Service
@Transactional
public class HandoffService {

    /** A facility to address, in the role it would take on the patient's team. */
    public record RecipientRequest(long facilityId, TeamRole role) {}

    private final Handoffs handoffs;
    private final Recipients recipients;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    HandoffService(Handoffs handoffs, Recipients recipients, PatientAccess patients, DirectoryLookup directory, AuditLog audit,
            JsonMapper json, Clock clock) {
        this.handoffs = handoffs;
        this.recipients = recipients;
        this.patients = patients;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    // ---- drafting and sending (the sender's facility) ----

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
        Handoff h = handoffs.save(Handoff.draft(kind, patient.id(), patient.associationId(),
                Objects.requireNonNull(actor.facilityId()), actor.memberId(), eventDate, content, now));
        Set<Long> seen = new HashSet<>();
        for (RecipientRequest r : to) {
            if (seen.add(r.facilityId())) {
                recipients.save(new Recipient(h.id(), checkedRecipient(patient, r.facilityId()).id(), r.role(), RecipientStatus.DRAFT));
            }
        }
        return handoffs.save(h.created(actor)).id();
    }

    private FacilityRef checkedRecipient(PatientRef patient, long facilityId) {
        FacilityRef f = directory.facility(facilityId);
        if (f.status() != FacilityStatus.ACTIVE) {
            throw new InvalidInputException("recipients", "team.facility-inactive");
        }
        // an association office keeps the register; it never joins a care team (accepting would put it on one)
        if (f.type() == FacilityType.ASSOCIATION_OFFICE) {
            throw new InvalidInputException("recipients", "handoff.recipient-office", f.name());
        }
        if (!patients.covers(patient.id(), -1, facilityId)) {
            throw new ConflictException("team.not-covered-by-consent", f.name());
        }
        return f;
    }

    /** Changes a draft admission sheet and the hospital it goes to. */
    public void editAdmission(Actor actor, long id, long hospitalFacilityId, AdmissionSheet sheet, long version) {
        Handoff h = asSender(actor, id, version);
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
        handoffs.save(h);
    }

    /** Changes a draft discharge sheet and whom it goes to. */
    public void editDischarge(Actor actor, long id, DischargeSheet sheet, List<RecipientRequest> to, long version) {
        Handoff h = asSender(actor, id, version);
        if (h.kind() != HandoffKind.DISCHARGE) {
            throw new InvalidInputException("kind", "handoff.wrong-kind");
        }
        requireDischargeSheet(sheet);
        if (to.isEmpty()) {
            throw new InvalidInputException("recipients", "handoff.no-recipient");
        }
        h.edit(actor, sheet.plannedDischargeDate(), json.writeValueAsString(sheet));
        readdress(h, to);
        handoffs.save(h);
    }

    /** A draft's recipients, replaced by these (in this order, each facility once). */
    private void readdress(Handoff h, List<RecipientRequest> to) {
        PatientRef patient = patientOf(h);
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

    /** 送信: the recipients see it from now and are told. */
    public void send(Actor actor, long id) {
        Handoff h = asSender(actor, id, null);
        h.send(actor, recipients.findByHandoffIdOrderById(id), Instant.now(clock));
        handoffs.save(h);
    }

    /** 交代: the sender addresses another facility instead of one that declined. */
    public void replace(Actor actor, long id, long recipientId, long facilityId) {
        Handoff h = asSender(actor, id, null);
        Recipient declined = recipient(recipientId);
        h.requireReplaceable(actor, declined, recipients.findByHandoffIdOrderById(id), facilityId);
        PatientRef patient = patients.checkRead(actor, h.patientId());
        Recipient next = recipients.save(new Recipient(id, checkedRecipient(patient, facilityId).id(), declined.role(),
                RecipientStatus.SENT));
        h.replaced(actor, declined, next);
        handoffs.save(h);
    }

    /** 取消, by the sender's facility only, with a reason. */
    public void cancel(Actor actor, long id, String reason) {
        Handoff h = load(id);
        h.cancel(actor, reason, recipients.findByHandoffIdOrderById(id), Instant.now(clock));
        patients.checkRead(actor, h.patientId());
        handoffs.save(h);
    }

    // ---- answering (each recipient's facility) ----

    /** 受諾: the facility takes the patient on, and joins the patient's team in the handoff's role. */
    public void accept(Actor actor, long id, long recipientId) {
        Handoff h = load(id);
        h.accept(actor, recipient(recipientId), Instant.now(clock));
        handoffs.save(h);
    }

    /** 辞退, with a coded reason (and a note, required for "other"). */
    public void decline(Actor actor, long id, long recipientId, DeclineReason reason, @Nullable String note) {
        Handoff h = load(id);
        h.decline(actor, recipient(recipientId), reason, note, Instant.now(clock));
        handoffs.save(h);
    }

    /**
     * 完了: the patient is at home and the first visit was made (discharge), or the hospital took the
     * patient in (admission). By the sender's facility or a facility that accepted.
     */
    public void complete(Actor actor, long id, @Nullable LocalDate firstVisit) {
        Handoff h = load(id);
        h.complete(actor, recipients.findByHandoffIdOrderById(id), firstVisit, Instant.now(clock));
        handoffs.save(h);
    }

    /**
     * A handoff, for its sender's facility, its recipients' facilities and the patient's team. Opening it
     * as a recipient marks it received (開封). Logged.
     */
    public HandoffView view(Actor actor, long id) {
        Handoff h = load(id);
        List<Recipient> to = recipients.findByHandoffIdOrderById(id);
        requireReader(actor, h, to);
        Instant now = Instant.now(clock);
        h.open(actor, to, now);
        handoffs.save(h);
        PatientRef patient = patientOf(h);
        audit.record(actor, "handoff.viewed", target(h, patient), null);
        return view(actor, h, to, patient, now);
    }


    // ---- helpers ----

    /** The sheet of a handoff, for the PDF and FHIR builders in this module. */
    Handoff load(long id) {
        return handoffs.findById(id).orElseThrow(() -> new NotFoundException("handoff", id));
    }

    List<Recipient> recipientsOf(long id) {
        return recipients.findByHandoffIdOrderById(id);
    }

    void requireReader(Actor actor, Handoff h, List<Recipient> to) {
        // withdrawn consent freezes the handoffs with the record: then only whom the patient rule lets read the frozen
        // record (the managing facility) may read them, not the sender or the recipients as such
        boolean frozen = patients.ref(h.patientId()).status() == org.renkei.patient.PatientStatus.FROZEN;
        boolean involved = !frozen && (actor.worksAt(h.senderFacilityId())
                || to.stream().anyMatch(r -> r.status() != RecipientStatus.DRAFT && actor.worksAt(r.facilityId())));
        if (!involved && !patients.mayRead(actor, h.patientId())) {
            audit.recordAlone(actor.memberId(), actor.name(), actor.associationId(), "handoff.access-refused",
                    new AuditTarget("handoff", h.id(), "handoff #" + h.id(), h.associationId(), h.patientId()), null);
            throw new AccessRefusedException("handoff.not-yours");
        }
    }

    Handoff asSender(Actor actor, long id, @Nullable Long version) {
        Handoff h = load(id);
        h.requireSender(actor);
        patients.checkWrite(actor, h.patientId());
        if (version != null && h.version() != version) {
            throw new ConflictException("edit.stale");
        }
        return h;
    }

    private Recipient recipient(long recipientId) {
        return recipients.findById(recipientId).orElseThrow(() -> new NotFoundException("recipient", recipientId));
    }

    private PatientRef patientOf(Handoff h) {
        return patients.ref(h.patientId());
    }

    PatientRef patientRef(Handoff h) {
        return patientOf(h);
    }

    static AuditTarget target(Handoff h, PatientRef p) {
        return new AuditTarget("handoff", h.id(), (h.kind() == HandoffKind.ADMISSION ? "入院時情報提供 " : "退院時情報提供 ")
                + p.name(), p.associationId(), p.id());
    }

    private HandoffView view(Actor actor, Handoff h, List<Recipient> to, PatientRef patient, Instant now) {
        Set<Long> facilityIds = new HashSet<>();
        facilityIds.add(h.senderFacilityId());
        to.forEach(r -> facilityIds.add(r.facilityId()));
        Map<Long, FacilityRef> facilities = directory.facilities(facilityIds);
        Set<Long> memberIds = new HashSet<>();
        memberIds.add(h.createdBy());
        to.forEach(r -> {
            if (r.answeredBy() != null) {
                memberIds.add(r.answeredBy());
            }
        });
        Map<Long, MemberSummary> members = directory.members(memberIds);
        List<RecipientView> views = to.stream().map(r -> new RecipientView(r.id(), r.facilityId(),
                facilities.get(r.facilityId()).name(), facilities.get(r.facilityId()).type(), r.role(), r.status(), r.receivedAt(),
                r.answeredAt(), r.answeredBy() == null || !members.containsKey(r.answeredBy()) ? null : members.get(r.answeredBy()).name(),
                r.declineReason(), r.declineNote(), Lateness.recipientLate(h.status(), r.status(), h.dueAt(), now))).toList();
        boolean late = Lateness.senderLate(h.kind(), h.status(), h.dueAt(), h.sentAt(), now) || views.stream().anyMatch(RecipientView::late);
        List<Long> mine = to.stream().filter(r -> r.awaitingAnswer() && actor.worksAt(r.facilityId()))
                .map(Recipient::id).toList();
        return new HandoffView(h.id(), h.kind(), h.patientId(), patient.name(), h.senderFacilityId(),
                facilities.get(h.senderFacilityId()).name(), members.containsKey(h.createdBy()) ? members.get(h.createdBy()).name() : "?",
                h.status(), h.eventDate(), h.dueAt(), h.sentAt(), h.completedAt(), h.firstVisitOn(), h.cancelReason(), views, late,
                actor.worksAt(h.senderFacilityId()), mine,
                h.kind() == HandoffKind.ADMISSION ? json.readValue(h.content(), AdmissionSheet.class) : null,
                h.kind() == HandoffKind.DISCHARGE ? json.readValue(h.content(), DischargeSheet.class) : null, h.carePlanName(),
                h.version(), h.allowedActions(actor, to));
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
    }
}
