package org.renkei.handoff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.MemberSummary;
import org.renkei.handoff.internal.Handoff;
import org.renkei.handoff.internal.Handoffs;
import org.renkei.handoff.internal.Recipient;
import org.renkei.handoff.internal.Recipients;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientRef;
import org.renkei.patient.PatientStatus;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
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

    // ---- the steps ----

    /** 送信: the recipients see it from now and are told. */
    public void send(Actor actor, long id) {
        Handoff h = asSender(actor, id, null);
        if (h.kind() == HandoffKind.DISCHARGE) {
            json.readValue(h.content(), DischargeSheet.class).requireSendable();
        }
        h.send(actor, recipients.findByHandoffIdOrderById(id), Instant.now(clock));
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
        complete(actor, id, firstVisit, null);
    }

    /** As above, with the day the patient actually left hospital ({@code null}: the planned day). */
    public void complete(Actor actor, long id, @Nullable LocalDate firstVisit, @Nullable LocalDate dischargedOn) {
        Handoff h = load(id);
        h.complete(actor, recipients.findByHandoffIdOrderById(id), firstVisit, dischargedOn, Instant.now(clock));
        handoffs.save(h);
    }

    /**
     * A handoff, for its sender's facility, its recipients' facilities and the patient's team. Opening it
     * as a recipient marks it received (開封). Logged.
     */
    public HandoffDetails view(Actor actor, long id) {
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
        return handoffs.require(id);
    }

    List<Recipient> recipientsOf(long id) {
        return recipients.findByHandoffIdOrderById(id);
    }

    void requireReader(Actor actor, Handoff h, List<Recipient> to) {
        // withdrawn consent freezes the handoffs with the record: then only whom the patient rule lets read the frozen
        // record (the managing facility) may read them, not the sender or the recipients as such
        boolean frozen = patients.ref(h.patientId()).status() == PatientStatus.FROZEN;
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

    private HandoffDetails view(Actor actor, Handoff h, List<Recipient> to, PatientRef patient, Instant now) {
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
        List<RecipientDetails> views = to.stream().map(r -> new RecipientDetails(r.id(), r.facilityId(),
                facilities.get(r.facilityId()).name(), facilities.get(r.facilityId()).type(), r.role(), r.status(), r.receivedAt(),
                r.answeredAt(), r.answeredBy() == null || !members.containsKey(r.answeredBy()) ? null : members.get(r.answeredBy()).name(),
                r.declineReason(), r.declineNote(), Lateness.recipientLate(h.status(), r.status(), h.dueAt(), now),
                h.mayReplace(actor, r))).toList();
        boolean late = Lateness.senderLate(h.kind(), h.status(), h.dueAt(), h.sentAt(), now) || views.stream().anyMatch(RecipientDetails::late);
        List<Long> mine = to.stream().filter(r -> r.awaitingAnswer() && actor.worksAt(r.facilityId()))
                .map(Recipient::id).toList();
        return new HandoffDetails(h.id(), h.kind(), h.patientId(), patient.name(), h.senderFacilityId(),
                facilities.get(h.senderFacilityId()).name(), members.containsKey(h.createdBy()) ? members.get(h.createdBy()).name() : "?",
                h.status(), h.eventDate(), h.dueAt(), h.sentAt(), h.completedAt(), h.firstVisitOn(), h.dischargedOn(), h.cancelReason(), views, late,
                actor.worksAt(h.senderFacilityId()), mine,
                h.kind() == HandoffKind.ADMISSION ? json.readValue(h.content(), AdmissionSheet.class) : null,
                h.kind() == HandoffKind.DISCHARGE ? json.readValue(h.content(), DischargeSheet.class) : null, h.carePlanName(),
                h.version(), h.allowedActions(actor, to));
    }
}
