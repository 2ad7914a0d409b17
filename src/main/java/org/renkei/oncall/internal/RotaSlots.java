package org.renkei.oncall.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RotaSlots extends JpaRepository<RotaSlot, Long> {

    default RotaSlot require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("slot", id));
    }

    /** A pool's slots overlapping the period, in time order. */
    @Query("select s from RotaSlot s where s.poolId in ?1 and s.startsAt < ?3 and s.endsAt > ?2 order by s.startsAt")
    List<RotaSlot> findOverlapping(Collection<Long> poolIds, Instant from, Instant to);

    /** The slots any of these doctors answers on (or backs up) overlapping the period (one query for a clinic's doctors). */
    @Query("""
            select s from RotaSlot s where (s.coveringMemberId in ?1 or s.backupMemberId in ?1)
              and s.startsAt < ?3 and s.endsAt > ?2 order by s.startsAt""")
    List<RotaSlot> findStaffedByAny(Collection<Long> memberIds, Instant from, Instant to);

    /** The slots a doctor answers on (or backs up) overlapping the period. */
    @Query("""
            select s from RotaSlot s where (s.coveringMemberId = ?1 or s.backupMemberId = ?1)
              and s.startsAt < ?3 and s.endsAt > ?2 order by s.startsAt""")
    List<RotaSlot> findStaffedBy(long memberId, Instant from, Instant to);
}
