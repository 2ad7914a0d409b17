package org.renkei.beds.internal;

import java.util.Collection;
import java.util.List;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BedRegistrations extends JpaRepository<BedRegistration, Long> {

    default BedRegistration require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("registration", id));
    }

    @Query("select r from BedRegistration r where r.patientId = ?1 and r.withdrawnAt is null order by r.registeredAt")
    List<BedRegistration> findActive(long patientId);

    @Query("select r from BedRegistration r where r.patientId in ?1 and r.withdrawnAt is null")
    List<BedRegistration> findActive(Collection<Long> patientIds);

    @Query("select r from BedRegistration r where r.hospitalId in ?1 and r.withdrawnAt is null order by r.registeredAt desc")
    List<BedRegistration> findAtHospitals(Collection<Long> hospitalIds);
}
