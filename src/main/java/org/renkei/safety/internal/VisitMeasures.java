package org.renkei.safety.internal;

import java.util.Collection;
import java.util.List;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VisitMeasures extends JpaRepository<VisitMeasure, Long> {

    default VisitMeasure require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("measure", id));
    }

    @Query("select m from VisitMeasure m where m.patientId = ?1 and m.removedAt is null order by m.id")
    List<VisitMeasure> findActive(long patientId);

    /** The measures in force on these patients (one query, their confirmations a hundred measures at a time). */
    @Query("select m from VisitMeasure m where m.patientId in ?1 and m.removedAt is null order by m.patientId, m.id")
    List<VisitMeasure> findActive(Collection<Long> patientIds);
}
