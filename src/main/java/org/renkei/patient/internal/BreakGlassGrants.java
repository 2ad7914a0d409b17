package org.renkei.patient.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BreakGlassGrants extends JpaRepository<BreakGlassGrant, Long> {

    @Query("select count(g) > 0 from BreakGlassGrant g where g.memberId = ?1 and g.patientId = ?2 and g.expiresAt > ?3")
    boolean isOpen(long memberId, long patientId, Instant now);

    @Query("select max(g.expiresAt) from BreakGlassGrant g where g.memberId = ?1 and g.patientId = ?2 and g.expiresAt > ?3")
    Optional<Instant> openUntil(long memberId, long patientId, Instant now);

    @Query("select g from BreakGlassGrant g where g.patientId = ?1 order by g.createdAt desc")
    List<BreakGlassGrant> findByPatient(long patientId);
}
