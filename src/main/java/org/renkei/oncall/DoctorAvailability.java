package org.renkei.oncall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.MemberSummary;
import org.renkei.directory.Profession;
import org.renkei.oncall.internal.CoverAbsence;
import org.renkei.oncall.internal.CoverAbsences;
import org.renkei.oncall.internal.RotaSlot;
import org.renkei.oncall.internal.RotaSlots;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Who may cover and when they are taken: a covering doctor is an active physician of an active clinic, and one doctor
 * is never on two duties at once (a rota slot as doctor or backup, or an accepted absence).
 */
@Component
class DoctorAvailability {

    private final RotaSlots slots;
    private final CoverAbsences absences;
    private final DirectoryLookup directory;

    DoctorAvailability(RotaSlots slots, CoverAbsences absences, DirectoryLookup directory) {
        this.slots = slots;
        this.absences = absences;
        this.directory = directory;
    }

    /** The member is an active physician of this (active) clinic; otherwise the field is refused. */
    void requireDoctorOf(long memberId, long facilityId, String field) {
        MemberSummary m = directory.members(List.of(memberId)).get(memberId);
        if (m == null || m.profession() != Profession.PHYSICIAN || m.status() != MemberStatus.ACTIVE
                || m.facilityId() == null || m.facilityId() != facilityId) {
            throw new InvalidInputException(field, "oncall.not-a-physician");
        }
        requireActiveFacility(facilityId, field);
    }

    /** The member is an active physician of one of these clinics, and the clinic is active. */
    void requireDoctorOfAny(long memberId, Collection<Long> facilityIds, String field) {
        MemberSummary m = directory.members(List.of(memberId)).get(memberId);
        if (m == null || m.profession() != Profession.PHYSICIAN || m.status() != MemberStatus.ACTIVE
                || m.facilityId() == null || !facilityIds.contains(m.facilityId())) {
            throw new InvalidInputException(field, "oncall.not-a-physician");
        }
        requireActiveFacility(m.facilityId(), field);
    }

    private void requireActiveFacility(long facilityId, String field) {
        FacilityContact f = directory.contacts(List.of(facilityId)).get(facilityId);
        if (f == null || f.status() != FacilityStatus.ACTIVE) {
            throw new InvalidInputException(field, "oncall.covering-not-active");
        }
    }

    /** Refuses when the doctor has another duty overlapping the period (leaving out the slot or absence being changed). */
    void requireFree(long memberId, Instant from, Instant to, @Nullable Long exceptSlot, @Nullable Long exceptAbsence) {
        for (RotaSlot s : slots.findStaffedBy(memberId, from, to)) {
            if (exceptSlot == null || s.id() != exceptSlot) {
                throw new ConflictException("oncall.doctor-busy", Times.period(s.startsAt(), s.endsAt()));
            }
        }
        for (CoverAbsence a : absences.findCoveredBy(memberId, from, to)) {
            if (exceptAbsence == null || a.id() != exceptAbsence) {
                throw new ConflictException("oncall.doctor-busy", Times.period(a.startsAt(), a.endsAt()));
            }
        }
    }

    /** The active physicians of these clinics, by kana. */
    List<MemberSummary> doctorsOf(Collection<Long> facilityIds) {
        List<Long> ids = new ArrayList<>();
        facilityIds.forEach(f -> ids.addAll(directory.activeMemberIds(f)));
        Map<Long, MemberSummary> m = directory.members(ids);
        return m.values().stream().filter(s -> s.profession() == Profession.PHYSICIAN)
                .sorted(Comparator.comparing(MemberSummary::nameKana)).toList();
    }
}
