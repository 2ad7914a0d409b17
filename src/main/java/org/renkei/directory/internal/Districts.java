package org.renkei.directory.internal;

import java.util.List;
import org.renkei.directory.DistrictInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Districts extends JpaRepository<District, Long> {

    String INFO = "select new org.renkei.directory.DistrictInfo(d.id, d.name, a.id, a.name) from District d, Association a"
            + " where a.id = d.associationId";

    @Query(INFO + " order by a.nameKana, d.name")
    List<DistrictInfo> findAllInfo();

    @Query(INFO + " and a.id = ?1 order by d.name")
    List<DistrictInfo> findInfoByAssociation(long associationId);
}
