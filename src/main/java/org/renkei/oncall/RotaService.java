package org.renkei.oncall;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.oncall.internal.CoverAgreement;
import org.renkei.oncall.internal.CoverAgreements;
import org.renkei.oncall.internal.CoverPool;
import org.renkei.oncall.internal.CoverPools;
import org.renkei.oncall.internal.RotaSlot;
import org.renkei.oncall.internal.RotaSlots;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pool's monthly rota (輪番表): the association plans a month's slots (every night 18:00–09:00, and the daytime of
 * weekends and national holidays 09:00–18:00), puts a doctor and a backup of the pool's clinics on each, and sees the gaps. The pool's clinics see
 * the rota; a doctor sees their own slots.
 */
@Service
@Transactional
public class RotaService {

    private final RotaSlots slots;
    private final CoverPools pools;
    private final CoverAgreements agreements;
    private final DoctorAvailability duties;
    private final DirectoryLookup directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RotaService(RotaSlots slots, CoverPools pools, CoverAgreements agreements, DoctorAvailability duties, DirectoryLookup directory,
            ApplicationEventPublisher events, Clock clock) {
        this.slots = slots;
        this.pools = pools;
        this.agreements = agreements;
        this.duties = duties;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Adds the month's slots that are not there yet (nights, and weekend days); the association's administrators only. */
    public int planMonth(Actor actor, long poolId, YearMonth month) {
        CoverPool pool = pools.require(poolId);
        if (!actor.administers(pool.associationId())) {
            throw new AccessRefusedException("oncall.not-coordinator");
        }
        Instant from = month.atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atTime(CoverHours.DAY_STARTS).atZone(TimeConfiguration.TOKYO).toInstant();
        Set<Instant> existing = new LinkedHashSet<>();
        slots.findOverlapping(List.of(poolId), from, to).forEach(s -> existing.add(s.startsAt()));
        List<RotaSlot> added = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (CoverHours.dayOff(d)) {
                Instant[] day = CoverHours.dayOf(d);
                if (!existing.contains(day[0])) {
                    added.add(new RotaSlot(poolId, day[0], day[1]));
                }
            }
            Instant[] night = CoverHours.nightOf(d);
            if (!existing.contains(night[0])) {
                added.add(new RotaSlot(poolId, night[0], night[1]));
            }
        }
        slots.saveAll(added);
        if (!added.isEmpty()) {
            events.publishEvent(new CoverEvent.RotaPlanned(poolId, from, to, added.size(), actor));
        }
        return added.size();
    }

    /**
     * Puts a doctor (and a backup) on a slot, or clears it. Both must be active physicians of the pool's clinics and
     * free then; the association's administrators only; not a slot that has ended.
     */
    public SlotInfo assign(Actor actor, long slotId, @Nullable Long coveringMemberId, @Nullable Long backupMemberId) {
        RotaSlot slot = slots.require(slotId);
        CoverPool pool = pools.require(slot.poolId());
        if (actor.administers(pool.associationId())) {
            List<Long> clinics = clinicsOf(pool.id());
            for (Long doctor : new Long[] {coveringMemberId, backupMemberId}) {
                if (doctor != null) {
                    String field = doctor.equals(coveringMemberId) ? "covering" : "backup";
                    duties.requireDoctorOfAny(doctor, clinics, field);
                    duties.requireFree(doctor, slot.startsAt(), slot.endsAt(), slot.id(), null);
                }
            }
        }
        slot.assign(actor, pool.associationId(), coveringMemberId, backupMemberId, Instant.now(clock));
        return infos(actor, List.of(slots.save(slot))).getFirst();
    }

    /** A pool's rota for a month, in time order (the pool's association and its clinics). */
    @Transactional(readOnly = true)
    public List<SlotInfo> month(Actor actor, long poolId, YearMonth month) {
        CoverPool pool = pools.require(poolId);
        List<Long> clinics = clinicsOf(poolId);
        if (!actor.administers(pool.associationId()) && (actor.facilityId() == null || !clinics.contains(actor.facilityId()))) {
            throw new AccessRefusedException("oncall.not-in-pool");
        }
        Instant from = month.atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        return infos(actor, slots.findOverlapping(List.of(poolId), from, to));
    }

    /** The member's own slots (as doctor or backup) in a month. */
    @Transactional(readOnly = true)
    public List<SlotInfo> mine(Actor actor, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        return infos(actor, slots.findStaffedBy(actor.memberId(), from, to));
    }

    /** The doctors who may be put on the pool's slots: active physicians of its clinics. */
    @Transactional(readOnly = true)
    public List<MemberSummary> doctors(Actor actor, long poolId) {
        CoverPool pool = pools.require(poolId);
        if (!actor.administers(pool.associationId())) {
            throw new AccessRefusedException("oncall.not-coordinator");
        }
        return duties.doctorsOf(clinicsOf(poolId));
    }

    /** The clinics with a place in force in the pool. */
    List<Long> clinicsOf(long poolId) {
        return agreements.findInPool(poolId).stream().map(CoverAgreement::principalFacilityId).distinct().toList();
    }

    private List<SlotInfo> infos(Actor actor, List<RotaSlot> list) {
        Set<Long> members = new LinkedHashSet<>();
        Set<Long> poolIds = new LinkedHashSet<>();
        list.forEach(s -> {
            poolIds.add(s.poolId());
            if (s.coveringMemberId() != null) {
                members.add(s.coveringMemberId());
            }
            if (s.backupMemberId() != null) {
                members.add(s.backupMemberId());
            }
        });
        Map<Long, MemberSummary> m = directory.members(members);
        Map<Long, CoverPool> p = new java.util.HashMap<>();
        pools.findAllById(poolIds).forEach(x -> p.put(x.id(), x));
        Instant now = Instant.now(clock);
        return list.stream().map(s -> {
            MemberSummary c = s.coveringMemberId() == null ? null : m.get(s.coveringMemberId());
            MemberSummary b = s.backupMemberId() == null ? null : m.get(s.backupMemberId());
            CoverPool pool = p.get(s.poolId());
            return new SlotInfo(s.id(), s.poolId(), pool == null ? "" : pool.name(), s.startsAt(), s.endsAt(),
                    s.coveringMemberId(), c == null ? null : c.name(), c == null ? null : c.facilityName(), s.backupMemberId(),
                    b == null ? null : b.name(), pool != null && actor.administers(pool.associationId()) && s.endsAt().isAfter(now));
        }).toList();
    }
}
