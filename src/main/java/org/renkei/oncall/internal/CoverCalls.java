package org.renkei.oncall.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoverCalls extends JpaRepository<CoverCall, Long> {

    @Query("select c from CoverCall c where c.reportId in ?1 order by c.calledAt")
    List<CoverCall> findByReports(Collection<Long> reportIds);

    @Query("select c from CoverCall c where c.patientId = ?1 order by c.calledAt desc limit 20")
    List<CoverCall> findRecent(long patientId);

    @Query("select c from CoverCall c where c.calledAt >= ?1 and c.calledAt < ?2 order by c.calledAt")
    List<CoverCall> findBetween(Instant from, Instant to);
}
