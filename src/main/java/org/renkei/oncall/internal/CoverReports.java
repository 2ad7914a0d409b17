package org.renkei.oncall.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.renkei.oncall.PeriodKind;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoverReports extends JpaRepository<CoverReport, Long> {

    default CoverReport require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("report", id));
    }

    @Query("""
            select r from CoverReport r where r.principalMemberId = ?1 and r.coveringMemberId = ?2 and r.periodKind = ?3
              and r.periodSourceId = ?4 and r.periodEnd = ?5""")
    Optional<CoverReport> findPeriod(long principal, long covering, PeriodKind kind, long sourceId, Instant end);

    /** Reports whose period has ended and that were not yet released. */
    @Query("select r from CoverReport r where r.releasedAt is null and r.periodEnd <= ?1")
    List<CoverReport> findToRelease(Instant now);

    /** Released reports not confirmed, last reminded before the moment. */
    @Query("select r from CoverReport r where r.releasedAt is not null and r.confirmedAt is null and r.remindedAt < ?1")
    List<CoverReport> findToRemind(Instant remindedBefore);

    /** A member's reports, as 主治医 or covering doctor, newest first. */
    @Query("""
            select r from CoverReport r where r.principalMemberId = ?1 or r.coveringMemberId = ?1
            order by r.periodEnd desc limit 50""")
    List<CoverReport> findInvolving(long memberId);
}
