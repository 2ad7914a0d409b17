package org.renkei.safety.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PairVisits extends JpaRepository<PairVisit, Long> {

    /** A facility's two-person visits in a period, in the order of the visits. */
    @Query("select v from PairVisit v where v.facilityId = ?1 and v.visitedOn >= ?2 and v.visitedOn < ?3 order by v.visitedOn, v.startTime, v.id")
    List<PairVisit> findBetween(long facilityId, LocalDate from, LocalDate to);
}
