package org.renkei.preparedness.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DisasterPlans extends JpaRepository<DisasterPlan, Long> {

    default DisasterPlan require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    Optional<DisasterPlan> findByPatientId(long patientId);

    @Query("select p from DisasterPlan p where p.patientId in ?1")
    List<DisasterPlan> findByPatients(Collection<Long> patientIds);

    /** A desk's register. */
    @Query("select p from DisasterPlan p where p.deskFacilityId = ?1 order by p.id")
    List<DisasterPlan> findForDesk(long deskFacilityId);

    /** Every user in a district (the people a disaster event checks on). */
    @Query("select p from DisasterPlan p where p.districtId = ?1 order by p.id")
    List<DisasterPlan> findInDistrict(long districtId);

    /** Confirmed plans whose year is up. */
    @Query("select p from DisasterPlan p where p.state = org.renkei.preparedness.PlanState.CONFIRMED and p.reviewDue <= ?1")
    List<DisasterPlan> findDueForReview(LocalDate today);
}
