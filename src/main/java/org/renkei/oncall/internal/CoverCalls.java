package org.renkei.oncall.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoverCalls extends JpaRepository<CoverCall, Long> {

    @Query("select c from CoverCall c where c.reportId in ?1 order by c.calledAt")
    List<CoverCall> findByReports(Collection<Long> reportIds);
}
