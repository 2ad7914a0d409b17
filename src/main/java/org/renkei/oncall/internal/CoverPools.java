package org.renkei.oncall.internal;

import java.util.List;
import java.util.Optional;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoverPools extends JpaRepository<CoverPool, Long> {

    default CoverPool require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("pool", id));
    }

    Optional<CoverPool> findByDistrictId(long districtId);

    List<CoverPool> findByAssociationIdOrderByName(long associationId);
}
