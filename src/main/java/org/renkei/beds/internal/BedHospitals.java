package org.renkei.beds.internal;

import java.util.Collection;
import java.util.List;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BedHospitals extends JpaRepository<BedHospital, Long> {

    default BedHospital require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("hospital", id));
    }

    @Query("select h from BedHospital h where h.programmeId in ?1 order by h.programmeId, h.id")
    List<BedHospital> findByProgrammes(Collection<Long> programmeIds);

    List<BedHospital> findByFacilityId(long facilityId);
}
