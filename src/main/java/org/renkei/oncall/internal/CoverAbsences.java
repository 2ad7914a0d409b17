package org.renkei.oncall.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoverAbsences extends JpaRepository<CoverAbsence, Long> {

    default CoverAbsence require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("absence", id));
    }

    /** Absences (declared or accepted) of these 主治医 that overlap the period. */
    @Query("""
            select a from CoverAbsence a where a.principalMemberId in ?1 and a.status in ('DECLARED', 'ACCEPTED')
              and a.startsAt < ?3 and a.endsAt > ?2""")
    List<CoverAbsence> findOfPrincipals(Collection<Long> principals, Instant from, Instant to);

    /** Accepted absences this doctor covers that overlap the period. */
    @Query("""
            select a from CoverAbsence a where a.coveringMemberId = ?1 and a.status = 'ACCEPTED'
              and a.startsAt < ?3 and a.endsAt > ?2""")
    List<CoverAbsence> findCoveredBy(long memberId, Instant from, Instant to);

    /** Accepted absences any of these doctors covers that overlap the period (one query for a clinic's doctors). */
    @Query("""
            select a from CoverAbsence a where a.coveringMemberId in ?1 and a.status = 'ACCEPTED'
              and a.startsAt < ?3 and a.endsAt > ?2""")
    List<CoverAbsence> findCoveredByAny(Collection<Long> memberIds, Instant from, Instant to);

    /** Absences a member is party to (as 主治医 or asked doctor) or of their clinic, ending after the moment. */
    @Query("""
            select a from CoverAbsence a where (a.principalMemberId = ?1 or a.coveringMemberId = ?1 or a.principalFacilityId = ?2)
              and a.endsAt > ?3 order by a.startsAt""")
    List<CoverAbsence> findInvolving(long memberId, long facilityId, Instant after);

    /** Accepted absences starting before the moment whose briefs were not yet checked. */
    @Query("""
            select a from CoverAbsence a where a.status = 'ACCEPTED' and a.briefsCheckedAt is null
              and a.startsAt <= ?1 and a.endsAt > ?2""")
    List<CoverAbsence> findBriefsToCheck(Instant startsBefore, Instant now);
}
