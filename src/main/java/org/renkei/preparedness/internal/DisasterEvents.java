package org.renkei.preparedness.internal;

import java.util.List;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DisasterEvents extends JpaRepository<DisasterEvent, Long> {

    default DisasterEvent require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("event", id));
    }

    /** An association's events, open first, newest first. */
    @Query("select e from DisasterEvent e where e.associationId = ?1 order by e.endedAt nulls first, e.startedAt desc limit 50")
    List<DisasterEvent> findForAssociation(long associationId);

    /** The events a district's desk runs, open first, newest first (by the association's index: few per association). */
    @Query("select e from DisasterEvent e where e.associationId = ?1 and e.deskFacilityId = ?2 order by e.endedAt nulls first, e.startedAt desc limit 50")
    List<DisasterEvent> findForDesk(long associationId, long deskFacilityId);

    /** Events that have a check assigned to this member, newest first. */
    @Query("select distinct e from DisasterEvent e join e.checks c where c.checkerMemberId = ?1 order by e.startedAt desc limit 50")
    List<DisasterEvent> findChecking(long memberId);

    @Query("select e from DisasterEvent e where e.endedAt is null")
    List<DisasterEvent> findOpen();
}
