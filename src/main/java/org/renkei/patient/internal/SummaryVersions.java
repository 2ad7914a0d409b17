package org.renkei.patient.internal;

import java.util.List;
import java.util.Optional;
import org.renkei.patient.VersionInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SummaryVersions extends JpaRepository<SummaryVersionRow, Long> {

    Optional<SummaryVersionRow> findByPatientIdAndVersion(long patientId, int version);

    /** Every version of a patient, newest first, without their content. */
    @Query("""
            select new org.renkei.patient.VersionInfo(v.version, v.authorId, v.authorName, v.createdAt, v.note)
            from SummaryVersionRow v where v.patientId = ?1 order by v.version desc""")
    List<VersionInfo> findInfos(long patientId);
}
