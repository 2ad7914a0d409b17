package org.renkei.coordination.internal;

import java.time.Instant;
import java.util.List;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoordinationRequests extends JpaRepository<CoordinationRequest, Long> {

    default CoordinationRequest require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("request", id));
    }

    /** The desk's queue: open first, newest first. */
    @Query("select r from CoordinationRequest r where r.deskFacilityId = ?1 order by r.closedAt nulls first, r.receivedAt desc limit 300")
    List<CoordinationRequest> findForDesk(long deskFacilityId);

    /** What a facility asked for, newest first. */
    @Query("select r from CoordinationRequest r where r.requesterFacilityId = ?1 order by r.receivedAt desc limit 200")
    List<CoordinationRequest> findForRequester(long facilityId);

    /** Requests with an inquiry to this facility, newest first. */
    @Query("select distinct r from CoordinationRequest r join r.inquiries i where i.facilityId = ?1 order by r.receivedAt desc limit 200")
    List<CoordinationRequest> findInquiring(long facilityId);

    /** An association's requests received in a period (for supply and demand). */
    @Query("select r from CoordinationRequest r where r.associationId = ?1 and r.receivedAt >= ?2 and r.receivedAt < ?3")
    List<CoordinationRequest> findReceived(long associationId, Instant from, Instant to);
}
