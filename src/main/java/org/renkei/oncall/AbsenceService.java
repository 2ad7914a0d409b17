package org.renkei.oncall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.oncall.internal.CoverAbsence;
import org.renkei.oncall.internal.CoverAbsences;
import org.renkei.oncall.internal.CoverAgreement;
import org.renkei.oncall.internal.CoverAgreements;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 主治医's absences: declared for their own patients to a doctor of the pair's covering clinic, who accepts
 * (if free then) or declines; cancelled by the 主治医. Until accepted the period shows as a gap.
 */
@Service
@Transactional
public class AbsenceService {

    private final CoverAbsences absences;
    private final CoverAgreements agreements;
    private final DoctorAvailability duties;
    private final PrimaryPhysicians primaries;
    private final PatientAccess patients;
    private final DirectoryLookup directory;
    private final Clock clock;

    AbsenceService(CoverAbsences absences, CoverAgreements agreements, DoctorAvailability duties, PrimaryPhysicians primaries,
            PatientAccess patients, DirectoryLookup directory, Clock clock) {
        this.absences = absences;
        this.agreements = agreements;
        this.duties = duties;
        this.primaries = primaries;
        this.patients = patients;
        this.directory = directory;
        this.clock = clock;
    }

    /** An absence as the 主治医 declares it. */
    public record Declaration(long agreementId, long coveringMemberId, Instant startsAt, Instant endsAt, AbsenceReason reason,
            @Nullable String note, boolean allPatients, List<Long> patientIds) {}

    /**
     * Declares the member's absence. The covering doctor must be a physician of the agreement's covering clinic (active);
     * chosen patients must be the member's own (they are their 主治医); not more than the agreement's maximum.
     */
    public AbsenceInfo declare(Actor actor, Declaration d) {
        CoverAgreement agreement = agreements.require(d.agreementId());
        Instant now = Instant.now(clock);
        List<Long> own = primaries.patientsOfDoctor(actor.memberId());
        if (!d.allPatients()) {
            for (long id : d.patientIds()) {
                patients.checkRead(actor, id);
                if (!own.contains(id)) {
                    throw new InvalidInputException("patients", "oncall.not-your-patient");
                }
            }
        }
        int count = d.allPatients() ? own.size() : new LinkedHashSet<>(d.patientIds()).size();
        if (count > agreement.maxPatients()) {
            throw new InvalidInputException("patients", "oncall.too-many-patients", count, agreement.maxPatients());
        }
        if (!absences.findOfPrincipals(List.of(actor.memberId()), d.startsAt(), d.endsAt()).isEmpty()) {
            throw new ConflictException("oncall.absence-overlaps");
        }
        CoverAbsence a = CoverAbsence.declare(actor, agreement, d.coveringMemberId(), d.startsAt(), d.endsAt(), d.reason(),
                d.note(), d.allPatients(), d.patientIds(), now);
        if (agreement.coveringFacilityId() != null) {
            duties.requireDoctorOf(d.coveringMemberId(), agreement.coveringFacilityId(), "coveringMember");
        }
        a = absences.save(a);
        return info(actor, absences.save(a.declared(actor)));
    }

    /** 承諾 by the asked doctor, if they are not on another duty then (a slot or another absence). */
    public AbsenceInfo accept(Actor actor, long id) {
        CoverAbsence a = absences.require(id);
        if (a.allowedActions(actor, Instant.now(clock)).contains(OnCallAction.ACCEPT)) {
            CoverAgreement agreement = agreements.require(a.agreementId());
            if (!agreement.inForce()) {
                throw new ConflictException("oncall.agreement-no-absences");
            }
            duties.requireFree(actor.memberId(), a.startsAt(), a.endsAt(), null, a.id());
        }
        a.accept(actor, Instant.now(clock));
        return info(actor, absences.save(a));
    }

    public AbsenceInfo decline(Actor actor, long id) {
        CoverAbsence a = absences.require(id);
        a.decline(actor, Instant.now(clock));
        return info(actor, absences.save(a));
    }

    public AbsenceInfo cancel(Actor actor, long id) {
        CoverAbsence a = absences.require(id);
        a.cancel(actor, Instant.now(clock));
        return info(actor, absences.save(a));
    }

    /** The absences the member is party to or of their clinic, not yet over, by start. */
    @Transactional(readOnly = true)
    public List<AbsenceInfo> list(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        return infos(actor, absences.findInvolving(actor.memberId(), actor.facilityId(), Instant.now(clock)));
    }

    /** The physicians of the clinic that covers under this agreement (whom an absence may be declared to). */
    @Transactional(readOnly = true)
    public List<MemberSummary> coveringDoctors(Actor actor, long agreementId) {
        CoverAgreement a = agreements.require(agreementId);
        if (!actor.worksAt(a.principalFacilityId()) || a.coveringFacilityId() == null) {
            return List.of();
        }
        return duties.doctorsOf(List.of(a.coveringFacilityId()));
    }

    AbsenceInfo info(Actor actor, CoverAbsence a) {
        return infos(actor, List.of(a)).getFirst();
    }

    private List<AbsenceInfo> infos(Actor actor, Collection<CoverAbsence> list) {
        Set<Long> memberIds = new LinkedHashSet<>();
        Set<Long> patientIds = new LinkedHashSet<>();
        list.forEach(a -> {
            memberIds.add(a.principalMemberId());
            memberIds.add(a.coveringMemberId());
            patientIds.addAll(a.patients());
        });
        Map<Long, MemberSummary> m = directory.members(memberIds);
        Map<Long, String> names = patients.names(patientIds);
        Instant now = Instant.now(clock);
        // one look-up per 主治医 and per covering doctor, however many absences the list has
        Map<Long, List<Long>> patientsOf = new java.util.HashMap<>();
        Map<String, Set<Long>> inside = new java.util.HashMap<>();
        List<AbsenceInfo> out = new ArrayList<>();
        for (CoverAbsence a : list) {
            boolean principal = actor.worksAt(a.principalFacilityId());
            MemberSummary p = m.get(a.principalMemberId());
            MemberSummary c = m.get(a.coveringMemberId());
            List<String> chosen = principal ? a.patients().stream().map(id -> names.getOrDefault(id, "?")).toList() : List.of();
            List<String> outside = principal ? outsideConsent(a, c, patientsOf, inside) : List.of();
            out.add(new AbsenceInfo(a.id(), a.agreementId(), a.principalMemberId(), p == null ? "?" : p.name(),
                    p == null || p.facilityName() == null ? "" : p.facilityName(), a.coveringMemberId(), c == null ? "?" : c.name(),
                    c == null || c.facilityName() == null ? "" : c.facilityName(), a.startsAt(), a.endsAt(), a.reason(), a.note(),
                    a.status(), a.allPatients(), chosen, outside, a.allowedActions(actor, now)));
        }
        return out;
    }

    /** The absence's patients whose consent leaves the covering doctor's clinic out: the 主治医 must arrange them. */
    private List<String> outsideConsent(CoverAbsence a, @Nullable MemberSummary covering, Map<Long, List<Long>> patientsOf,
            Map<String, Set<Long>> insideFor) {
        if (covering == null) {
            return List.of();
        }
        List<Long> all = patientsOf.computeIfAbsent(a.principalMemberId(), primaries::patientsOfDoctor);
        Set<Long> inside = insideFor.computeIfAbsent(covering.id() + ":" + a.principalMemberId(),
                key -> patients.coveredAmong(all, covering.id(), covering.facilityId()));
        List<Long> ids = all.stream().filter(a::includes).toList();
        List<Long> outside = ids.stream().filter(id -> !inside.contains(id)).toList();
        Map<Long, String> names = patients.names(outside);
        return outside.stream().map(id -> names.getOrDefault(id, "?")).toList();
    }
}
