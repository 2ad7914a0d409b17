package org.renkei.patient.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Transfers extends JpaRepository<Transfer, Long> {

    Optional<Transfer> findFirstByPatientIdAndStatus(long patientId, Transfer.Status status);

    List<Transfer> findByToFacilityIdAndStatusOrderByRequestedAtDesc(long facilityId, Transfer.Status status);
}
