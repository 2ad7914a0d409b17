package org.renkei.patient.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Consents extends JpaRepository<Consent, Long> {

    /** The consent in force, or the last one withdrawn (with the signed form, which can be large). */
    @Query("select c from Consent c where c.patientId = ?1 order by c.id desc limit 1")
    Optional<Consent> findCurrent(long patientId);

    /** Whom a consent names (個別同意) or excludes (一括同意). */
    @Query("select s from ConsentScope s where s.consentId = ?1")
    List<ConsentScope> findScopes(long consentId);

    @Query("""
            select new org.renkei.patient.internal.ConsentHead(c.id, c.model, c.status)
            from Consent c where c.patientId = ?1 order by c.id desc limit 1""")
    Optional<ConsentHead> findCurrentHead(long patientId);

    /** The latest consent of each of these patients (in force or withdrawn). */
    @Query("""
            select new org.renkei.patient.internal.ConsentHead$Of(c.patientId, c.id, c.model, c.status)
            from Consent c where c.patientId in ?1 and c.id = (select max(d.id) from Consent d where d.patientId = c.patientId)""")
    List<ConsentHead.Of> findCurrentHeads(java.util.Collection<Long> patientIds);

    @Query("select s from ConsentScope s where s.consentId in ?1")
    List<ConsentScope> findScopesOf(java.util.Collection<Long> consentIds);
}
