package org.renkei.patient.internal;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamMemberships extends JpaRepository<TeamMembership, Long> {

    @Query("select t from TeamMembership t where t.patientId = ?1 and t.removedAt is null order by t.role, t.id")
    List<TeamMembership> findActive(long patientId);

    /** The member's places on the team: as themselves or through their facility. */
    @Query("""
            select t from TeamMembership t where t.patientId = :patient and t.removedAt is null
              and (t.memberId = :member or (:facility is not null and t.facilityId = :facility))""")
    List<TeamMembership> findPlaces(long patient, long member, @Nullable Long facility);

    /** Whether any of these members has a place on the patient's team. */
    @Query("select count(t) > 0 from TeamMembership t where t.patientId = ?1 and t.removedAt is null and t.memberId in ?2")
    boolean anyMemberPlace(long patient, Collection<Long> members);

    /** The places on these patients' teams now (one query). */
    @Query("select t from TeamMembership t where t.patientId in ?1 and t.removedAt is null")
    List<TeamMembership> findActiveOf(Collection<Long> patients);

    /** The patients whose team has this facility, or one of these members, on it now. */
    @Query("select distinct t.patientId from TeamMembership t where t.removedAt is null and (t.facilityId = ?1 or t.memberId in ?2)")
    List<Long> findPatientIdsOf(long facility, Collection<Long> members);
}
