package org.renkei.oncall;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.MemberSummary;
import org.renkei.directory.Profession;
import org.renkei.oncall.internal.CoverAbsence;
import org.renkei.oncall.internal.CoverAbsences;
import org.renkei.oncall.internal.CoverAgreement;
import org.renkei.oncall.internal.CoverAgreements;
import org.renkei.oncall.internal.RotaSlot;
import org.renkei.oncall.internal.RotaSlots;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out cover from the agreements, absences and rota: who answers a patient's call at a moment and next, which
 * periods a doctor covers and which patients each period covers, and whether a member covers a patient now (the
 * read access of {@link CoverReadGrants}). Loads what it needs in a few queries for any number of patients.
 */
@Component
@Transactional(readOnly = true)
public class CoverPlanner {

    /** How far ahead "next" looks for a change. */
    static final Duration LOOK_AHEAD = Duration.ofDays(2);

    private final CoverAgreements agreements;
    private final CoverAbsences absences;
    private final RotaSlots slots;
    private final PrimaryPhysicians primaries;
    private final DirectoryLookup directory;

    CoverPlanner(CoverAgreements agreements, CoverAbsences absences, RotaSlots slots, PrimaryPhysicians primaries,
            DirectoryLookup directory) {
        this.agreements = agreements;
        this.absences = absences;
        this.slots = slots;
        this.primaries = primaries;
        this.directory = directory;
    }

    /** Who answers these patients' calls now and next (patients unknown are left out). */
    public List<WhoCovers> whoCovers(Collection<CoveredPatient> patients, Instant at) {
        if (patients.isEmpty()) {
            return List.of();
        }
        Plan plan = load(patients, at, at.plus(LOOK_AHEAD));
        List<WhoCovers> out = new ArrayList<>();
        for (CoveredPatient p : patients) {
            List<WhoCovers.Gap> gaps = new ArrayList<>();
            List<Responder> now = plan.responders(p, at, gaps);
            Instant nextAt = plan.nextChange(p, at);
            List<Responder> next = plan.responders(p, nextAt, new ArrayList<>());
            out.add(new WhoCovers(p.id(), p.name(), at, now, nextAt, next, gaps));
        }
        return out;
    }

    /**
     * The period in which this member (a doctor, or a program for its clinic's doctors) answers for the patient at
     * the moment, or null. Used for read access and for recording calls.
     */
    public @Nullable Covering covering(Actor actor, long patientId, Instant at) {
        if (actor.facilityId() == null) {
            return null;
        }
        Set<Long> doctors = actingDoctors(actor);
        if (doctors.isEmpty()) {
            return null;
        }
        // cheap first: does the member (or a doctor of the program's clinic) cover anything at all now?
        List<CoverAbsence> asked = absences.findCoveredByAny(doctors, at, at.plusNanos(1000));
        List<RotaSlot> staffed = slots.findStaffedByAny(doctors, at, at.plusNanos(1000));
        List<CoverAgreement> pairs = (CoverHours.night(at) || CoverHours.holiday(at)) && isDoctorOrProgram(actor)
                ? agreements.findCoveredBy(actor.facilityId()) : List.of();
        if (asked.isEmpty() && staffed.isEmpty() && pairs.isEmpty()) {
            return null;
        }
        // who the patient's 主治医 is, without loading the summary: this runs on reads of patients off the member's teams
        PrimaryPhysicians.Primary p = primaries.primaryOf(patientId);
        if (p == null) {
            return null;
        }
        for (CoverAbsence a : asked) {
            if (Objects.equals(p.memberId(), a.principalMemberId()) && a.covers(patientId, at)) {
                return new Covering(a.coveringMemberId(), new CoverPeriod(PeriodKind.ABSENCE, a.id(), a.startsAt(), a.endsAt()),
                        a.principalMemberId());
            }
        }
        if (!staffed.isEmpty()) {
            Map<Long, List<CoverAgreement>> pools = new HashMap<>();
            for (CoverAgreement g : agreements.findByPrincipals(List.of(p.facilityId()), AgreementStatus.ACTIVE)) {
                if (g.kind() == AgreementKind.POOL && g.includes(patientId)) {
                    pools.computeIfAbsent(g.poolId(), k -> new ArrayList<>()).add(g);
                }
            }
            for (RotaSlot s : staffed) {
                if (pools.containsKey(s.poolId()) && s.during(at)) {
                    long doctor = doctors.contains(Objects.requireNonNullElse(s.coveringMemberId(), -1L))
                            ? Objects.requireNonNull(s.coveringMemberId()) : Objects.requireNonNull(s.backupMemberId());
                    return new Covering(doctor, new CoverPeriod(PeriodKind.ROTA, s.id(), s.startsAt(), s.endsAt()),
                            principalOf(p));
                }
            }
        }
        for (CoverAgreement g : pairs) {
            if (g.principalFacilityId() == p.facilityId() && g.includes(patientId) && pairApplies(g, at)) {
                Instant start = CoverHours.windowStart(at);
                return new Covering(actor.has(Role.API_CLIENT) ? -1 : actor.memberId(),
                        new CoverPeriod(PeriodKind.PAIR, g.id(), start, CoverHours.nextChange(at)), principalOf(p));
            }
        }
        return null;
    }

    /** A doctor's cover at a moment: as whom (the doctor; -1 for a program of a pair's clinic), which period, for whom. */
    public record Covering(long doctorId, CoverPeriod period, long principalMemberId) {}

    private static long principalOf(PrimaryPhysicians.Primary p) {
        return p.memberId() == null ? -1 : p.memberId();
    }

    /**
     * The periods this doctor covers that overlap [from, to): accepted absences, rota slots (as doctor or backup) and,
     * for a doctor of a pair's covering clinic, the nights and holidays of the pair.
     */
    public List<CoverPeriod> periods(Actor actor, Instant from, Instant to) {
        List<CoverPeriod> out = new ArrayList<>();
        Set<Long> doctors = actingDoctors(actor);
        if (!doctors.isEmpty()) {
            absences.findCoveredByAny(doctors, from, to).forEach(a ->
                    out.add(new CoverPeriod(PeriodKind.ABSENCE, a.id(), a.startsAt(), a.endsAt())));
            slots.findStaffedByAny(doctors, from, to).forEach(s ->
                    out.add(new CoverPeriod(PeriodKind.ROTA, s.id(), s.startsAt(), s.endsAt())));
        }
        if (actor.facilityId() != null && isDoctorOrProgram(actor)) {
            for (CoverAgreement g : agreements.findCoveredBy(actor.facilityId())) {
                for (Instant[] w : pairWindows(g, from, to)) {
                    out.add(new CoverPeriod(PeriodKind.PAIR, g.id(), w[0], w[1]));
                }
            }
        }
        out.sort(Comparator.comparing(CoverPeriod::start));
        return out.stream().distinct().toList();
    }

    /** The patients a period covers, by kana. */
    public List<Long> patientsOf(CoverPeriod period) {
        return switch (period.kind()) {
            case ABSENCE -> {
                CoverAbsence a = absences.require(period.sourceId());
                yield a.allPatients() ? primaries.patientsOfDoctor(a.principalMemberId())
                        : primaries.patientsOfDoctor(a.principalMemberId()).stream().filter(a::includes).toList();
            }
            case ROTA -> {
                RotaSlot s = slots.require(period.sourceId());
                Set<Long> ids = new LinkedHashSet<>();
                for (CoverAgreement g : agreements.findInPool(s.poolId())) {
                    primaries.patientsOf(g.principalFacilityId()).stream().filter(g::includes).forEach(ids::add);
                }
                yield List.copyOf(ids);
            }
            case PAIR -> {
                CoverAgreement g = agreements.require(period.sourceId());
                yield primaries.patientsOf(g.principalFacilityId()).stream().filter(g::includes).toList();
            }
        };
    }

    /** Whether the member is a doctor, or a program acting for a clinic. */
    private boolean isDoctorOrProgram(Actor actor) {
        if (actor.has(Role.API_CLIENT)) {
            return true;
        }
        MemberSummary m = directory.members(List.of(actor.memberId())).get(actor.memberId());
        return m != null && m.profession() == Profession.PHYSICIAN;
    }

    /** The doctors the member acts as: themselves, or (a program) every active member of its clinic. */
    private Set<Long> actingDoctors(Actor actor) {
        if (actor.has(Role.API_CLIENT)) {
            return actor.facilityId() == null ? Set.of() : new LinkedHashSet<>(directory.activeMemberIds(actor.facilityId()));
        }
        return Set.of(actor.memberId());
    }

    static boolean pairApplies(CoverAgreement g, Instant at) {
        return (g.nights() && CoverHours.night(at)) || (g.holidays() && CoverHours.holiday(at));
    }

    private static List<Instant[]> pairWindows(CoverAgreement g, Instant from, Instant to) {
        List<Instant[]> out = new ArrayList<>();
        Instant t = CoverHours.windowStart(from);
        while (t.isBefore(to)) {
            Instant end = CoverHours.nextChange(t);
            if (pairApplies(g, t)) {
                out.add(new Instant[] {t, end});
            }
            t = end;
        }
        return out;
    }

    private Plan load(Collection<CoveredPatient> patients, Instant from, Instant to) {
        Set<Long> facilities = patients.stream().map(CoveredPatient::primaryFacilityId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> principals = patients.stream().map(CoveredPatient::primaryMemberId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<CoverAgreement> inForce = facilities.isEmpty() ? List.of()
                : agreements.findByPrincipals(facilities, AgreementStatus.ACTIVE);
        List<CoverAbsence> away = principals.isEmpty() ? List.of() : absences.findOfPrincipals(principals, from, to);
        Set<Long> poolIds = inForce.stream().map(CoverAgreement::poolId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<RotaSlot> rota = poolIds.isEmpty() ? List.of() : slots.findOverlapping(poolIds, from, to);
        Set<Long> memberIds = new LinkedHashSet<>(principals);
        away.forEach(a -> memberIds.add(a.coveringMemberId()));
        rota.forEach(s -> {
            if (s.coveringMemberId() != null) {
                memberIds.add(s.coveringMemberId());
            }
            if (s.backupMemberId() != null) {
                memberIds.add(s.backupMemberId());
            }
        });
        Map<Long, MemberSummary> members = directory.members(memberIds);
        Set<Long> facilityIds = new LinkedHashSet<>(facilities);
        patients.forEach(p -> facilityIds.addAll(p.nurseStationIds()));
        inForce.forEach(g -> {
            if (g.coveringFacilityId() != null) {
                facilityIds.add(g.coveringFacilityId());
            }
        });
        members.values().forEach(m -> {
            if (m.facilityId() != null) {
                facilityIds.add(m.facilityId());
            }
        });
        return new Plan(inForce, away, rota, members, directory.contacts(facilityIds));
    }

    /** What one computation needs, loaded once. */
    private record Plan(List<CoverAgreement> agreements, List<CoverAbsence> absences, List<RotaSlot> slots,
            Map<Long, MemberSummary> members, Map<Long, FacilityContact> facilities) {

        List<Responder> responders(CoveredPatient p, Instant at, List<WhoCovers.Gap> gaps) {
            List<Responder> out = new ArrayList<>();
            CoverAbsence away = absences.stream().filter(a -> Objects.equals(a.principalMemberId(), p.primaryMemberId())
                    && a.during(at) && a.includes(p.id())).min(Comparator.comparing(a -> a.status() == AbsenceStatus.ACCEPTED ? 0 : 1))
                    .orElse(null);
            if (away != null && away.status() == AbsenceStatus.ACCEPTED) {
                out.add(doctor(1, ResponderKind.ABSENCE_COVER, away.coveringMemberId(), away.endsAt()));
            } else {
                if (away != null) {
                    gaps.add(WhoCovers.Gap.ABSENCE_NOT_ACCEPTED);
                }
                if (p.primaryMemberId() != null) {
                    out.add(doctor(1, ResponderKind.PRIMARY, p.primaryMemberId(), null));
                } else if (p.primaryFacilityId() != null) {
                    out.add(facility(1, ResponderKind.PRIMARY, p.primaryFacilityId(), null));
                }
            }
            p.nurseStationIds().forEach(f -> out.add(facility(1, ResponderKind.NURSE_STATION, f, null)));
            boolean offHours = CoverHours.night(at) || CoverHours.holiday(at);
            boolean second = false;
            for (CoverAgreement g : agreements) {
                if (!Objects.equals(g.principalFacilityId(), p.primaryFacilityId()) || !g.includes(p.id())) {
                    continue;
                }
                if (g.kind() == AgreementKind.PAIR && pairApplies(g, at) && g.coveringFacilityId() != null) {
                    out.add(facility(2, ResponderKind.PAIR, g.coveringFacilityId(), CoverHours.nextChange(at)));
                    second = true;
                } else if (g.kind() == AgreementKind.POOL) {
                    for (RotaSlot s : slots) {
                        if (Objects.equals(s.poolId(), g.poolId()) && s.during(at)) {
                            if (s.gap()) {
                                gaps.add(WhoCovers.Gap.ROTA_SLOT_EMPTY);
                            } else {
                                out.add(doctor(2, ResponderKind.ROTA, Objects.requireNonNull(s.coveringMemberId()), s.endsAt()));
                                second = true;
                                if (s.backupMemberId() != null) {
                                    out.add(doctor(3, ResponderKind.ROTA_BACKUP, s.backupMemberId(), s.endsAt()));
                                }
                            }
                        }
                    }
                }
            }
            if (offHours && !second && p.nurseStationIds().isEmpty() && (away == null || away.status() != AbsenceStatus.ACCEPTED)) {
                gaps.add(WhoCovers.Gap.NIGHT_UNCOVERED);
            }
            return out;
        }

        /** The first moment after {@code at} where the answer may change. */
        Instant nextChange(CoveredPatient p, Instant at) {
            Instant next = CoverHours.nextChange(at);
            for (CoverAbsence a : absences) {
                if (Objects.equals(a.principalMemberId(), p.primaryMemberId())) {
                    next = earliestAfter(next, at, a.startsAt(), a.endsAt());
                }
            }
            for (RotaSlot s : slots) {
                next = earliestAfter(next, at, s.startsAt(), s.endsAt());
            }
            return next;
        }

        private static Instant earliestAfter(Instant current, Instant at, Instant... candidates) {
            Instant best = current;
            for (Instant c : candidates) {
                if (c.isAfter(at) && c.isBefore(best)) {
                    best = c;
                }
            }
            return best;
        }

        private Responder doctor(int order, ResponderKind kind, long memberId, @Nullable Instant until) {
            MemberSummary m = members.get(memberId);
            FacilityContact f = m == null || m.facilityId() == null ? null : facilities.get(m.facilityId());
            return new Responder(order, kind, memberId, m == null ? "?" : m.name(), f == null ? null : f.id(),
                    f == null ? "" : f.name(), f == null ? null : f.phone(), until);
        }

        private Responder facility(int order, ResponderKind kind, long facilityId, @Nullable Instant until) {
            FacilityContact f = facilities.get(facilityId);
            return new Responder(order, kind, null, null, facilityId, f == null ? "?" : f.name(), f == null ? null : f.phone(), until);
        }
    }
}
