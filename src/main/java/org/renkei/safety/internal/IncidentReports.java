package org.renkei.safety.internal;

import java.time.Instant;
import java.util.List;
import org.renkei.platform.NotFoundException;
import org.renkei.safety.ReportStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IncidentReports extends JpaRepository<IncidentReport, Long> {

    default IncidentReport require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("report", id));
    }

    /** A member's own reports, newest first. */
    @Query("select r from IncidentReport r where r.reporterId = ?1 order by r.createdAt desc limit 200")
    List<IncidentReport> findByReporter(long memberId);

    /** A facility's submitted reports (drafts stay the reporter's), open first, newest first. */
    @Query("select r from IncidentReport r where r.facilityId = ?1 and r.status <> org.renkei.safety.ReportStatus.DRAFT"
            + " order by r.closedAt nulls first, r.createdAt desc limit 300")
    List<IncidentReport> findSubmitted(long facilityId);

    @Query("select count(r) from IncidentReport r where r.facilityId = ?1 and r.status = ?2")
    long countByStatus(long facilityId, ReportStatus status);

    /** An association's submitted reports in a period (for its counts). */
    @Query("select r from IncidentReport r where r.associationId = ?1 and r.submittedAt >= ?2 and r.submittedAt < ?3")
    List<IncidentReport> findSubmittedBetween(long associationId, Instant from, Instant to);
}
