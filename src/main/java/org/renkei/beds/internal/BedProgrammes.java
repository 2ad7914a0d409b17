package org.renkei.beds.internal;

import java.util.List;
import java.util.Optional;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BedProgrammes extends JpaRepository<BedProgramme, Long> {

    default BedProgramme require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    Optional<BedProgramme> findByDistrictId(long districtId);

    List<BedProgramme> findByAssociationIdOrderByName(long associationId);
}
