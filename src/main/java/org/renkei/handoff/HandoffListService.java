package org.renkei.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.handoff.internal.Handoff;
import org.renkei.handoff.internal.Handoffs;
import org.renkei.handoff.internal.Recipient;
import org.renkei.handoff.internal.Recipients;
import org.renkei.patient.PatientAccess;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists of handoffs a member works from: 回答待ち, 送信済み, 期限超過, and a patient's. One query per list, whatever its length. */
@Service
@Transactional(readOnly = true)
public class HandoffListService {

    private final Handoffs handoffs;
    private final Recipients recipients;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final Clock clock;

    HandoffListService(Handoffs handoffs, Recipients recipients, PatientAccess patients, DirectoryLookup directory, Clock clock) {
        this.handoffs = handoffs;
        this.recipients = recipients;
        this.patients = patients;
        this.directory = directory;
        this.clock = clock;
    }

    /** 回答待ち: what the member's facility must answer, the most urgent first. */
    public List<HandoffCard> toAnswer(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        return cards(actor, handoffs.findAddressedTo(actor.facilityId(), List.of(RecipientStatus.SENT, RecipientStatus.RECEIVED)));
    }

    /** 送信済み: what the member's facility sent and still waits for (and drafts). */
    public List<HandoffCard> sentByUs(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        return cards(actor, handoffs.findSent(actor.facilityId(), List.of(HandoffStatus.DRAFT, HandoffStatus.SENT)));
    }

    /** 期限超過: of both lists, what is late at {@code now}. */
    public List<HandoffCard> late(Actor actor, Instant now) {
        Map<Long, HandoffCard> all = new LinkedHashMap<>();
        for (HandoffCard c : cards(actor, handoffsFor(actor), now)) {
            if (c.late()) {
                all.put(c.id(), c);
            }
        }
        return new ArrayList<>(all.values());
    }

    public List<HandoffCard> late(Actor actor) {
        return late(actor, Instant.now(clock));
    }

    private List<Handoff> handoffsFor(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        List<Handoff> list = new ArrayList<>(handoffs.findSent(actor.facilityId(), List.of(HandoffStatus.DRAFT, HandoffStatus.SENT)));
        list.addAll(handoffs.findAddressedTo(actor.facilityId(), List.of(RecipientStatus.SENT, RecipientStatus.RECEIVED)));
        return list;
    }

    /** The handoffs of a patient, for those who may read the patient. */
    public List<HandoffCard> forPatient(Actor actor, long patientId) {
        patients.checkRead(actor, patientId);
        return cards(actor, handoffs.findByPatientIdOrderByCreatedAtDesc(patientId));
    }


    private List<HandoffCard> cards(Actor actor, List<Handoff> list) {
        return cards(actor, list, Instant.now(clock));
    }

    private List<HandoffCard> cards(Actor actor, List<Handoff> list, Instant now) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Recipient>> to = recipients.findByHandoffIdIn(list.stream().map(Handoff::id).toList()).stream()
                .collect(Collectors.groupingBy(Recipient::handoffId));
        Set<Long> facilityIds = new HashSet<>();
        list.forEach(h -> facilityIds.add(h.senderFacilityId()));
        to.values().forEach(rs -> rs.forEach(r -> facilityIds.add(r.facilityId())));
        Map<Long, FacilityRef> facilities = directory.facilities(facilityIds);
        Map<Long, String> names = patients.names(list.stream().map(Handoff::patientId).distinct().toList());
        List<HandoffCard> cards = new ArrayList<>();
        for (Handoff h : list) {
            List<Recipient> rs = to.getOrDefault(h.id(), List.of());
            boolean late = Lateness.senderLate(h.kind(), h.status(), h.dueAt(), h.sentAt(), now)
                    || rs.stream().anyMatch(r -> Lateness.recipientLate(h.status(), r.status(), h.dueAt(), now));
            String summary = rs.stream().filter(r -> r.status() != RecipientStatus.REPLACED)
                    .map(r -> mark(r.status()) + facilities.get(r.facilityId()).name()).collect(Collectors.joining("、"));
            cards.add(new HandoffCard(h.id(), h.kind(), h.patientId(), names.getOrDefault(h.patientId(), "?"),
                    facilities.get(h.senderFacilityId()).name(), summary, h.status(), h.eventDate(), h.dueAt(), late));
        }
        return cards;
    }

    /** A recipient's state as a sign that reads the same in any language. */
    private static String mark(RecipientStatus status) {
        return switch (status) {
            case ACCEPTED -> "✓ ";
            case DECLINED -> "✗ ";
            case SENT, RECEIVED -> "… ";
            case DRAFT, REPLACED -> "";
        };
    }
}
