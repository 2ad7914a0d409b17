package org.renkei.beds.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BedRequests extends JpaRepository<BedRequest, Long> {

    default BedRequest require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("request", id));
    }

    /** Requests sent to these hospitals (not drafts), newest first. */
    @Query("select r from BedRequest r where r.hospitalId in ?1 and r.status not in ('DRAFT', 'AT_DESK') order by r.createdAt desc limit 200")
    List<BedRequest> findForHospitals(Collection<Long> hospitalIds);

    /** Requests for these patients, newest first. */
    @Query("select r from BedRequest r where r.patientId in ?1 order by r.createdAt desc limit 200")
    List<BedRequest> findForPatients(Collection<Long> patientIds);

    /** A programme's requests, newest first (the association's overview). */
    @Query("select r from BedRequest r where r.programmeId in ?1 order by r.createdAt desc limit 200")
    List<BedRequest> findForProgrammes(Collection<Long> programmeIds);

    /** Sent and not answered by the due time. */
    @Query("select r from BedRequest r where r.status = 'REQUESTED' and r.dueAt <= ?1")
    List<BedRequest> findOverdue(Instant now);

    /** Waiting at a desk since before the moment (for the portal to send them on). */
    @Query("select r from BedRequest r where r.status = 'AT_DESK' and r.atDeskSince <= ?1")
    List<BedRequest> findAtDeskSince(Instant before);

    /** The request that followed this one (after a refusal or no answer). */
    Optional<BedRequest> findFirstByPreviousId(long previousId);

    /** The patient's last stay that ended in this programme (for the gap before using it again). */
    @Query("select max(r.dischargedOn) from BedRequest r where r.patientId = ?1 and r.programmeId = ?2")
    Optional<java.time.LocalDate> lastDischarged(long patientId, long programmeId);

    /** Whether the patient has a request under way (drafted, sent, accepted or admitted) in the programme. */
    @Query("""
            select count(r) > 0 from BedRequest r where r.patientId = ?1 and r.programmeId = ?2
              and r.status in ('DRAFT', 'AT_DESK', 'REQUESTED', 'ACCEPTED', 'ADMITTED')""")
    boolean underWay(long patientId, long programmeId);
}
