package org.renkei.oncall.internal;

import java.util.Collection;
import java.util.List;
import org.renkei.oncall.AgreementStatus;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoverAgreements extends JpaRepository<CoverAgreement, Long> {

    default CoverAgreement require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
    }

    /** The agreements a facility is party to (as principal or covering clinic), newest first. */
    @Query("""
            select a from CoverAgreement a where a.principalFacilityId = ?1 or a.coveringFacilityId = ?1
            order by a.proposedAt desc""")
    List<CoverAgreement> findByParty(long facilityId);

    /** Every agreement of an association (its clinics as principal, or its pools), newest first. */
    @Query("select a from CoverAgreement a where a.associationId = ?1 order by a.proposedAt desc")
    List<CoverAgreement> findByAssociation(long associationId);

    /** The agreements in force of these principal clinics. */
    @Query("select a from CoverAgreement a where a.principalFacilityId in ?1 and a.status = ?2")
    List<CoverAgreement> findByPrincipals(Collection<Long> facilityIds, AgreementStatus status);

    /** Pair agreements in force where this clinic covers. */
    @Query("select a from CoverAgreement a where a.coveringFacilityId = ?1 and a.status = 'ACTIVE'")
    List<CoverAgreement> findCoveredBy(long facilityId);

    /** Places in force in a pool. */
    @Query("select a from CoverAgreement a where a.poolId = ?1 and a.status = 'ACTIVE'")
    List<CoverAgreement> findInPool(long poolId);
}
